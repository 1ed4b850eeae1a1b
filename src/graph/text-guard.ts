import type { MiddlewareFn } from 'type-graphql';
import { badInput } from '../errors';

/**
 * PostgreSQL stores neither NUL characters nor broken UTF-16 surrogates (jsonb refuses the
 * latter), so an argument carrying one would fail deep in a write. Refuse it up front, naming
 * the argument, for every field of the schema.
 */
export const rejectUnstorableText: MiddlewareFn = ({ args }, next) => {
  check(args, '');
  return next();
};

function check(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000') || !value.isWellFormed()) {
      throw badInput(path, 'contains a NUL character or a broken Unicode surrogate; send valid UTF-8 text.');
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => check(item, `${path}[${index}]`));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) check(item, path ? `${path}.${key}` : key);
  }
}
