/** How long a change may take to show: generous, and well under the 30 s an API key stays cached. */
export const BOUND_MS = 10_000;

/**
 * Asks `probe` until `done` holds of its answer or `boundMs` has passed; returns the last answer,
 * for the caller to assert on. Not a timing assertion: the bound only stops a test that would hang.
 */
export async function eventually<T>(
  probe: () => Promise<T> | T,
  done: (value: T) => boolean,
  boundMs = BOUND_MS,
): Promise<T> {
  const until = Date.now() + boundMs;
  let value = await probe();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}
