import DataLoader from 'dataloader';
import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Access } from './access';
import type { SubjectType } from '../authz/subjects';

/**
 * Per-request batching for nested fields: every `load` issued while one level of a query
 * resolves becomes a single `WHERE … IN (…)` statement, so the SQL count of a query does not
 * grow with the rows it returns. Every statement carries the caller's read conditions: a row
 * the caller may not read loads as missing.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly em: EntityManager,
    private readonly access: Access,
  ) {}

  /** `where` narrowed to the rows of `entity` the caller may read; null when it may read none. */
  readable<T extends object>(entity: EntityClass<T>, where: FilterQuery<T>): FilterQuery<T> | null {
    const condition = this.access.filter('read', entity.name as SubjectType);
    return condition && ({ $and: [where, condition] } as unknown as FilterQuery<T>);
  }

  /** Loads entities by primary key; a missing or unreadable row resolves to null. */
  byId<T extends { id: string }>(entity: EntityClass<T>): DataLoader<string, T | null> {
    return this.memo(`byId:${entity.name}`, async (ids) => {
      const where = this.readable(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
      const rows = where ? await this.em.find(entity, where) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Loads the row a foreign key points at; FORBIDDEN when the caller may not read it. */
  async referenced<T extends { id: string }>(entity: EntityClass<T>, id: string): Promise<T> {
    const row = await this.byId(entity).load(id);
    if (!row) throw this.access.denied('read', `this ${entity.name}`);
    return row;
  }

  /**
   * Loads the readable rows whose `foreignKey` points at each parent id, in `orderBy` order.
   * `keyOf` reads the parent id back from a loaded row. One loader per order: two fields asking for
   * the same children in different orders each get theirs.
   */
  childrenOf<T extends object>(
    entity: EntityClass<T>,
    foreignKey: string,
    keyOf: (row: T) => string,
    orderBy: Record<string, 'asc' | 'desc'> = { createdAt: 'asc', id: 'asc' },
  ): DataLoader<string, T[]> {
    return this.memo(`childrenOf:${entity.name}.${foreignKey}:${JSON.stringify(orderBy)}`, async (parentIds) => {
      const where = this.readable(entity, { [foreignKey]: { $in: [...parentIds] } } as unknown as FilterQuery<T>);
      const rows = where ? await this.em.find(entity, where, { orderBy: orderBy as never }) : [];
      return groupBy(parentIds, rows, keyOf);
    });
  }

  /** A loader of arbitrary shape, cached for the request under `key`. */
  custom<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return this.memo(key, batch);
  }

  private memo<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

/** Groups `rows` under the parent ids, keeping each group's order and an empty list for none. */
export function groupBy<T>(parentIds: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return parentIds.map((id) => groups.get(id)!);
}
