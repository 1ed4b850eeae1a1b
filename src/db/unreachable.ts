/** Codes and messages of a database that cannot be reached or went away (pg, knex's pool, MikroORM). */
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);
const unreachableMessages =
  /Connection terminated|Timeout acquiring a connection|connection timeout|Client has encountered a connection error|terminating connection/i;

/**
 * Did `error` come from a database that is down or unreachable (rather than from a statement it
 * refused)? Follows the causes an error wraps (`cause`, and GraphQL's `originalError`).
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  type Wrapped = { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };
  const queue: unknown[] = [error];
  for (let depth = 0; depth < 8 && queue.length > 0; depth += 1) {
    const cause = queue.shift() as Wrapped | null | undefined;
    if (!cause || typeof cause !== 'object') continue;
    if (typeof cause.code === 'string' && unreachableCodes.has(cause.code)) return true;
    if (typeof cause.message === 'string' && unreachableMessages.test(cause.message)) return true;
    queue.push(cause.cause, cause.originalError);
  }
  return false;
}
