import { LockMode, UniqueConstraintViolationException, type EntityClass, type EntityManager, type EntityName } from '@mikro-orm/postgresql';
import { conflict, notFound } from '../errors';
import type { RequestContext } from './context';
import { idOf } from './relay/global-id';

/**
 * Runs a mutation in one transaction: either all of it is written or none of it is.
 * A unique-key race that slipped past the service's own check still answers CONFLICT.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional(work);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('That name or version was taken by a concurrent request; retry with another.');
    }
    throw error;
  }
}

/** CONFLICT when `name` is already used by another `entity` row. */
export async function checkNameFree<T extends object>(em: EntityManager, entity: EntityName<T>, what: string, name: string): Promise<void> {
  if ((await em.count(entity, { name } as never)) > 0) {
    throw conflict(`A ${what} named "${name}" already exists; choose another name.`, 'name');
  }
}

/** Resolves a global id argument to its entity, or NOT_FOUND. */
export async function findNode<T extends { id: string }>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  field: string,
  globalId: string,
): Promise<T> {
  const node = await ctx.loaders.byId(entity).load(idOf(field, globalId, entity.name));
  if (!node) throw notFound(humanName(entity.name), globalId);
  return node;
}

/** "DatasetVersion" → "dataset version", for messages. */
export function humanName(typeName: string): string {
  return typeName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Loads the parent row of a new version under a row lock, so that concurrent registrations
 * number their versions one after another instead of colliding.
 */
export async function lockNode<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, field: string, globalId: string): Promise<T> {
  const node = await em.findOne(entity, { id: idOf(field, globalId, entity.name) } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!node) throw notFound(humanName(entity.name), globalId);
  return node as T;
}

/** The next version number under `parent` (1 for the first); call with the parent locked. */
export async function nextVersion<T extends { version: number }>(em: EntityManager, entity: EntityClass<T>, parentKey: string, parent: object): Promise<number> {
  const latest = await em.findOne(entity, { [parentKey]: parent } as never, { orderBy: { version: 'desc' } as never, fields: ['version'] as never });
  return ((latest as T | null)?.version ?? 0) + 1;
}

/** Loads every row of `ids`, or NOT_FOUND naming the first global id with no row. */
export async function findAll<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: string[],
  globalIds: string[],
  what: string,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await em.find(entity, { id: { $in: ids } } as never);
  const byId = new Map(rows.map((row) => [(row as T).id, row as T]));
  return ids.map((id, index) => {
    const row = byId.get(id);
    if (!row) throw notFound(what, globalIds[index]!);
    return row;
  });
}
