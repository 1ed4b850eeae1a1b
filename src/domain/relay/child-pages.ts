import { Cursor, raw, type EntityClass, type FilterQuery } from '@mikro-orm/postgresql';
import type { CallContext } from '../context';
import {
  connectionOf,
  emptyConnection,
  pageRequest,
  SortDirection,
  withCursors,
  type Connection,
  type ConnectionArgs,
  type PageRequest,
} from './connection';

/**
 * One page of the `entity` rows under one parent, as paginate gives it, for a connection field of
 * a node type (ModelVersion.predictions, Team.apiKeys). `parent` names the foreign key and the
 * parent's id, e.g. `{ modelVersion: id }`; `where` holds the field's other conditions.
 *
 * Batched: the pages that one level of a query asks for with equal `asked` (what, besides the
 * parent, `where` was built from: the field's filter argument), order and page arguments load
 * together, in three statements whatever the number of parents: the totals, each parent's page of
 * ids (a window over the parent, keyset conditions applied), and the rows. The first of them
 * builds `where` for all (a default time range computed a millisecond later is the same request).
 */
export function paginateChildren<T extends { id: string }>(
  ctx: CallContext,
  entity: EntityClass<T>,
  parent: Record<string, string>,
  where: FilterQuery<T>,
  order: { field: string; direction: SortDirection },
  args: ConnectionArgs,
  asked: unknown,
): Promise<Connection<T>> {
  const [[parentKey, parentId], ...others] = Object.entries(parent);
  if (!parentKey || others.length > 0) throw new TypeError('paginateChildren takes one parent key');
  const page = pageRequest(order, args);
  const conditions = Object.fromEntries(Object.entries(where).filter(([key]) => key !== parentKey)) as FilterQuery<T>;
  const key = `pages:${entity.name}.${parentKey}:${JSON.stringify([asked, page])}`;
  return ctx.loaders
    .custom<Connection<T>>(key, (parentIds) => pagesOf(ctx, entity, parentKey, parentIds, conditions, page))
    .load(parentId!);
}

/** Each parent's page: totals grouped by parent, ids ranked within each parent, then the rows. */
async function pagesOf<T extends { id: string }>(
  ctx: CallContext,
  entity: EntityClass<T>,
  parentKey: string,
  parentIds: readonly string[],
  where: FilterQuery<T>,
  page: PageRequest,
): Promise<Connection<T>[]> {
  const readable = ctx.loaders.readable(entity, {
    $and: [where, { [parentKey]: { $in: [...parentIds] } }],
  } as unknown as FilterQuery<T>);
  if (!readable) return parentIds.map(() => emptyConnection<T>());
  const meta = ctx.em.getMetadata().get<T>(entity.name);
  const properties = meta.properties as Record<string, { fieldNames: string[] }>;
  const column = (property: string) => `e.${properties[property]!.fieldNames[0]}`;
  const parentColumn = column(parentKey);

  const totals = new Map<string, number>();
  const counted: { parent: string; total: string }[] = await ctx.em
    .createQueryBuilder(entity, 'e')
    .select([raw(`${parentColumn} as parent`), raw('count(*) as total')])
    .where(readable)
    .groupBy(raw(parentColumn) as never)
    .execute('all', false);
  for (const { parent, total } of counted) totals.set(parent, Number(total));

  const { first, last, after, before, orderBy } = page;
  const backward = first === undefined;
  // Backward pages are ranked from the end, and turned around below.
  const ranking = Object.entries(orderBy)
    .map(([field, direction]) => `${column(field)} ${(direction === SortDirection.DESC) !== backward ? 'desc' : 'asc'}`)
    .join(', ');
  const keyset = [
    ...(after ? [cursorCondition<T>(orderBy, after, false)] : []),
    ...(before ? [cursorCondition<T>(orderBy, before, true)] : []),
  ];
  const ranked = ctx.em
    .createQueryBuilder(entity, 'e')
    .select([raw(`e.id as id`), raw(`row_number() over (partition by ${parentColumn} order by ${ranking}) as rank`)])
    .where(keyset.length > 0 ? ({ $and: [readable, ...keyset] } as FilterQuery<T>) : readable);
  // One more than the page: whether more follow.
  const limit = (first ?? last)! + 1;
  const knex = ctx.em.getKnex();
  const ids: { id: string }[] = await withCursors(
    page,
    ctx.em.execute(knex.select('id').from(ranked.getKnexQuery().as('ranked')).where('rank', '<=', limit)),
  );
  const rows =
    ids.length > 0
      ? await ctx.em.find(entity, { id: { $in: ids.map((row) => row.id) } } as unknown as FilterQuery<T>, {
          orderBy: orderBy as never,
        })
      : [];
  const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(parentIdOf(row, parentKey))?.push(row);
  return parentIds.map((id) => {
    // The rows come in the page's order; Cursor takes them so, and drops the one too many.
    const items = byParent.get(id)!;
    const cursor = new Cursor<T>(
      items as never,
      totals.get(id) ?? 0,
      { first, last, after, before, orderBy: orderBy as never, overfetch: true },
      meta,
    );
    return connectionOf(cursor);
  });
}

/** The parent id a loaded row points at. */
function parentIdOf<T>(row: T, parentKey: string): string {
  const reference = (row as Record<string, unknown>)[parentKey] as { id: string } | string;
  return typeof reference === 'string' ? reference : reference.id;
}

/**
 * The rows after (or, `before`, before) a cursor in `orderBy`: the keyset condition MikroORM's
 * findByCursor builds, on the first sort value and then each tie-breaker in turn.
 */
function cursorCondition<T extends object>(
  orderBy: Record<string, SortDirection>,
  cursor: string,
  before: boolean,
): FilterQuery<T> {
  const definition = Object.entries(orderBy);
  const values = Cursor.decode(cursor) as unknown[];
  const condition = (index: number): Record<string, unknown> => {
    const [field, direction] = definition[index]!;
    const operator = (direction === SortDirection.DESC) !== before ? '$lt' : '$gt';
    const value = values[index];
    if (index === definition.length - 1) return { [field]: { [operator]: value } };
    return { [field]: { [`${operator}e`]: value }, $or: [{ [field]: { [operator]: value } }, condition(index + 1)] };
  };
  return condition(0) as FilterQuery<T>;
}
