import { Cursor, DriverException, type EntityClass, type FilterQuery } from '@mikro-orm/postgresql';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../../errors';
import type { CallContext } from '../context';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({
    description:
      'Paging forward (first): more nodes follow; ask for them with after: endCursor. Paging backward (last): true when before was given.',
  })
  hasNextPage!: boolean;
  @Field({
    description:
      'Paging backward (last): more nodes precede; ask for them with before: startCursor. Paging forward (first): true when after was given.',
  })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first node of the page; null when it is empty.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last node of the page; null when it is empty.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>): ClassType<Connection<T>> {
  const name = nodeType.name;

  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field(() => nodeType, { description: `The ${name}.` }) node!: T;
    @Field({ description: 'Opaque cursor of this edge, for after/before.' }) cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} nodes.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: `The ${name} nodes of this page, in order, each with its cursor.` })
    edges!: EdgeType[];
    @Field(() => [nodeType], { description: 'The nodes of edges, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo, {
      description: 'Whether more pages follow or precede, and the cursors at the ends of this one.',
    })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of nodes matching the filter, over all pages.' }) totalCount!: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;
/** invalid_text_representation, invalid_datetime_format, datetime_field_overflow, numeric_value_out_of_range. */
const cursorCastErrors = new Set(['22P02', '22007', '22008', '22003']);
const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Forward page size, 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given. Not with last.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The nodes after this cursor: an endCursor or edge cursor of the same query in the same order.',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Backward page size, 0 to ${MAX_PAGE_SIZE}: the last nodes (before \`before\`, when given). Not with first.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The nodes before this cursor: a startCursor or edge cursor of the same query in the same order.',
  })
  before?: string | null;
}

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'The order of a sorted list.',
  valuesConfig: {
    ASC: { description: 'Ascending: oldest, lowest or first in the alphabet first.' },
    DESC: { description: 'Descending: newest, highest or last in the alphabet first.' },
  },
});

/** Builds an `XOrder` input type: `{ field, direction }` over the enum of sortable fields. */
export function OrderInputType<F extends string>(name: string, fields: Record<string, F>, defaultField: F) {
  @InputType(name, { description: 'How to sort a list: by which field, in which direction.' })
  class OrderInput {
    @Field(() => fields, {
      defaultValue: defaultField,
      description: 'The field to sort by; ties are broken by id, so cursors stay stable.',
    })
    field!: F;
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
    direction!: SortDirection;
  }
  return OrderInput;
}

function checkPageSize(field: string, value: number | null | undefined): number | undefined {
  if (value == null) return undefined;
  if (value < 0 || value > MAX_PAGE_SIZE)
    throw badInput(field, `must be between 0 and ${MAX_PAGE_SIZE}, got ${value}.`);
  return value;
}

function checkCursor(field: string, value: string | null | undefined, keys: number): string | undefined {
  if (value == null) return undefined;
  let decoded: unknown;
  try {
    decoded = Cursor.decode(value);
  } catch {
    decoded = undefined;
  }
  const primitive = (item: unknown) =>
    item === null || item instanceof Date || ['string', 'number', 'boolean'].includes(typeof item);
  if (!Array.isArray(decoded) || decoded.length !== keys || !decoded.every(primitive)) throw foreignCursor(field);
  return value;
}

function foreignCursor(field: string) {
  return badInput(field, 'is not a cursor of this list in this order; use a cursor returned by the same query.');
}

/** What a page asks for, checked: one direction, a size in range, cursors of this order; and the order, ending on id. */
export interface PageRequest {
  orderBy: Record<string, SortDirection>;
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** Checks a page's arguments against `order` (BAD_USER_INPUT naming the argument); forward by 20 when no size is given. */
export function pageRequest(order: { field: string; direction: SortDirection }, args: ConnectionArgs): PageRequest {
  const orderBy = { [order.field]: order.direction, id: order.direction };
  const keys = Object.keys(orderBy).length;
  let first = checkPageSize('first', args.first);
  const last = checkPageSize('last', args.last);
  if (first !== undefined && last !== undefined)
    throw badInput('last', 'cannot be combined with first; page one way at a time.');
  if (first === undefined && last === undefined) first = DEFAULT_PAGE_SIZE;
  const after = checkCursor('after', args.after, keys);
  const before = checkCursor('before', args.before, keys);
  return { orderBy, first, last, after, before };
}

/** Runs a query that takes the page's cursors: a cursor of another order (a name where a time belongs) fails in PostgreSQL's casts, and is the caller's error. */
export function withCursors<T>(page: PageRequest, query: Promise<T>): Promise<T> {
  return query.catch((error: unknown) => {
    if (error instanceof DriverException && cursorCastErrors.has(String(error.code)))
      throw foreignCursor(page.after ? 'after' : 'before');
    throw error;
  });
}

/** A MikroORM cursor's page as a Relay connection. */
export function connectionOf<T extends object>(cursor: Cursor<T>): Connection<T> {
  const nodes = cursor.items as T[];
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: cursor.from(node as never) })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount,
  };
}

/**
 * One page of the `entity` rows matching `where` that the caller may read, as a Relay
 * connection: the access conditions are ANDed onto the client's filter, so pages and totalCount
 * count only permitted rows. Ordering always ends on the primary key, so cursors stay stable
 * when sort values tie.
 */
export async function paginate<T extends { id: string }>(
  ctx: CallContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  order: { field: string; direction: SortDirection },
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const page = pageRequest(order, args);
  const readable = ctx.loaders.readable(entity, where);
  if (!readable) return emptyConnection();
  const { orderBy, first, last, after, before } = page;
  return connectionOf(
    await withCursors(
      page,
      ctx.em.findByCursor(entity, readable, {
        first,
        last,
        after,
        before,
        orderBy: orderBy as never,
        includeCount: true,
      }),
    ),
  );
}

export function emptyConnection<T>(): Connection<T> {
  return {
    nodes: [],
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}
