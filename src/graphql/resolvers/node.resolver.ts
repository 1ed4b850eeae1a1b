import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { badInput, notFound } from '../../errors';
import { Public } from '../guard';
import type { CallContext } from '../../domain/context';
import { nodeTypes } from '../../domain/entities';
import { parseGlobalId } from '../../domain/relay/global-id';
import { Node } from '../../domain/relay/node';

@Resolver()
export class NodeResolver {
  @Public()
  @Query(() => Node, {
    description:
      'Any node of the graph by its global id. NOT_FOUND when it does not exist or you may not read it; UNAUTHENTICATED (FORBIDDEN when signed in) when your roles read no node of its type; BAD_USER_INPUT for a string that is no global id.',
  })
  async node(
    @Arg('id', () => ID, { description: 'A global id, as the id field of a node gives it.' }) id: string,
    @Ctx() ctx: CallContext,
  ): Promise<Node> {
    const parsed = parseGlobalId(id);
    const entity =
      parsed && Object.hasOwn(nodeTypes, parsed.type) ? nodeTypes[parsed.type as keyof typeof nodeTypes] : undefined;
    if (!parsed || !entity) throw badInput('id', `"${id}" is not a node id.`);
    // As every other query: a caller with no read rule for the type is refused as such (UNAUTHENTICATED without credentials).
    if (!ctx.access.can('read', parsed.type as keyof typeof nodeTypes))
      throw ctx.access.denied('read', `${parsed.type} nodes`);
    const node = await ctx.loaders.byId<{ id: string }>(entity).load(parsed.id);
    if (!node) throw notFound('node', id);
    return node as Node;
  }
}
