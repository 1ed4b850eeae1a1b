/**
 * What a command that failed prints: the message of whatever was thrown, whatever it was. An error
 * with an empty message is named by its code or class; an AggregateError (a connection tried on
 * several addresses) by its errors; causes follow after a colon; a value that is not an error is
 * shown as it is, and nothing at all says so, never "undefined".
 */
export function describeFailure(thrown: unknown, depth = 0): string {
  if (thrown === undefined || thrown === null)
    return `failed without saying why (${String(thrown)} was thrown); run with LOG_LEVEL=debug for more`;
  if (!(thrown instanceof Error)) {
    if (typeof thrown === 'string') return thrown;
    try {
      return JSON.stringify(thrown) ?? String(thrown);
    } catch {
      return String(thrown);
    }
  }
  const code = (thrown as NodeJS.ErrnoException).code;
  let message = thrown.message.trim();
  if (thrown instanceof AggregateError && thrown.errors.length > 0) {
    const each = [...new Set(thrown.errors.map((error: unknown) => describeFailure(error, depth + 1)))].join('; ');
    message = message ? `${message} (${each})` : each;
  }
  if (!message) message = code ? `${thrown.name} ${code}` : thrown.name;
  const cause = thrown.cause;
  if (cause !== undefined && depth < 4) {
    const said = describeFailure(cause, depth + 1);
    if (!message.includes(said)) message = `${message}: ${said}`;
  }
  return message;
}
