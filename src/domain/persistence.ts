import {
  LockMode,
  UniqueConstraintViolationException,
  type EntityClass,
  type EntityManager,
  type EntityName,
  type FilterQuery,
} from '@mikro-orm/postgresql';
import type { Action, SubjectType } from '../authz/subjects';
import { conflict, notFound } from '../errors';
import type { CallContext } from './context';
import { idOf } from './relay/global-id';

/**
 * Runs a mutation in one transaction: either all of it is written or none of it is.
 * A unique-key race that slipped past the service's own check still answers CONFLICT.
 */
export async function inTransaction<T>(ctx: CallContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional(work);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('That name or version was taken by a concurrent request; retry with another.');
    }
    throw error;
  }
}

/** CONFLICT when `name` is already used by another `entity` row (readable by the caller or not). */
export async function checkNameFree<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  what: string,
  name: string,
): Promise<void> {
  if ((await em.count(entity, { name } as never)) > 0) {
    throw conflict(`A ${what} named "${name}" already exists; choose another name.`, 'name');
  }
}

/** Resolves a global id argument to an entity the caller may read, or NOT_FOUND. */
export async function findNode<T extends { id: string }>(
  ctx: CallContext,
  entity: EntityClass<T>,
  field: string,
  globalId: string,
): Promise<T> {
  const node = await ctx.loaders.byId(entity).load(idOf(field, globalId, entity.name));
  if (!node) throw notFound(humanName(entity.name), globalId);
  return node;
}

/** The entity matching `where` that the caller may read, or NOT_FOUND naming `key`. */
export async function findReadable<T extends object>(
  ctx: CallContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  key: string,
  by: string,
): Promise<T> {
  const readable = ctx.loaders.readable(entity, where);
  const node = readable && (await ctx.em.findOne(entity, readable));
  if (!node) throw notFound(humanName(entity.name), key, by);
  return node;
}

/**
 * Loads a node to change under a row lock, so that concurrent writers queue. NOT_FOUND when the
 * caller may not even read it (its existence stays secret), FORBIDDEN when it may read but not `action` it.
 */
export async function lockNode<T extends { id: string }>(
  ctx: CallContext,
  em: EntityManager,
  entity: EntityClass<T>,
  where: { id: string } | { name: string },
  action: Action,
  key: string,
  by = 'id',
): Promise<T> {
  const subject = entity.name as SubjectType;
  const matching = (condition: Record<string, unknown> | null) =>
    condition ? em.count(entity, { $and: [where, condition] } as unknown as FilterQuery<T>) : Promise.resolve(0);
  if ((await matching(ctx.access.filter('read', subject))) === 0) throw notFound(humanName(entity.name), key, by);
  if (action !== 'read' && (await matching(ctx.access.filter(action, subject))) === 0)
    throw ctx.access.denied(action, `this ${humanName(entity.name)}`);
  const node = await em.findOne(entity, where as FilterQuery<T>, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!node) throw notFound(humanName(entity.name), key, by);
  return node;
}

/** lockNode for a global id argument. */
export function lockById<T extends { id: string }>(
  ctx: CallContext,
  em: EntityManager,
  entity: EntityClass<T>,
  field: string,
  globalId: string,
  action: Action,
): Promise<T> {
  return lockNode(ctx, em, entity, { id: idOf(field, globalId, entity.name) }, action, globalId);
}

/** FORBIDDEN (or UNAUTHENTICATED) unless the caller may `action` the node described by `object`. */
export function authorize(ctx: CallContext, action: Action, subject: SubjectType, object: object, what: string): void {
  if (!ctx.access.canOn(action, subject, object)) throw ctx.access.denied(action, what);
}

/** The next version number under `parent` (1 for the first); call with the parent locked. */
export async function nextVersion<T extends { version: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  parentKey: string,
  parent: object,
): Promise<number> {
  const latest = await em.findOne(entity, { [parentKey]: parent } as never, {
    orderBy: { version: 'desc' } as never,
    fields: ['version'] as never,
  });
  return ((latest as T | null)?.version ?? 0) + 1;
}

/**
 * Loads every row of `ids` the caller may read, or NOT_FOUND naming the first global id without
 * one. With `share`, the rows are read fresh and locked FOR SHARE until the transaction ends, so a
 * concurrent writer of those rows (say, a lifecycle step) waits for it, or it for them.
 */
export async function findAll<T extends { id: string }>(
  ctx: CallContext,
  em: EntityManager,
  entity: EntityClass<T>,
  ids: string[],
  globalIds: string[],
  share = false,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const where = ctx.loaders.readable(entity, { id: { $in: ids } } as unknown as FilterQuery<T>);
  const lock = share ? { lockMode: LockMode.PESSIMISTIC_READ as const, lockTableAliases: ['m0'], refresh: true } : {};
  const rows = where ? await em.find(entity, where, lock) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id, index) => {
    const row = byId.get(id);
    if (!row) throw notFound(humanName(entity.name), globalIds[index]!);
    return row;
  });
}

/** "DatasetVersion" → "dataset version", for messages. */
export function humanName(typeName: string): string {
  return typeName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
