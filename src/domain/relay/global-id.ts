import { badInput } from '../../errors';

/** Relay global ids: base64url("Type:uuid"), opaque to clients, unique across the graph. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global id; returns null when it is not one of ours. */
export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 1) return null;
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  return uuidPattern.test(id) ? { type, id: id.toLowerCase() } : null;
}

/** The database id behind a global id of the expected type, or BAD_USER_INPUT naming the argument. */
export function idOf(field: string, globalId: string, expectedType: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== expectedType) {
    throw badInput(field, `"${globalId}" is not a ${expectedType} id.`);
  }
  return parsed.id;
}
