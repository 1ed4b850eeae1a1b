import { GraphQLJSON } from 'graphql-scalars';
import { Ctx, Field, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Public } from '../../authz/guard';
import type { RequestContext } from '../context';
import { Team } from '../teams/team.entity';

export enum IdentityKind {
  ANONYMOUS = 'anonymous',
  USER = 'user',
  SERVICE = 'service',
}
registerEnumType(IdentityKind, { name: 'IdentityKind' });

@ObjectType({ description: 'The caller, as the gateway sees it.' })
export class Me {
  @Field({ description: 'The subject of the token, or the API key prefix.' }) subject!: string;
  @Field(() => IdentityKind) kind!: IdentityKind;
  @Field(() => [String]) roles!: string[];
  @Field(() => [Team]) teams!: Team[];
  @Field(() => GraphQLJSON, {
    description:
      "The caller's CASL rules, packed (`unpackRules` from @casl/ability/extra reads them), to show or hide actions.",
  })
  permissions!: unknown;
}

@Resolver()
export class MeResolver {
  @Public()
  @Query(() => Me)
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    const { identity } = ctx;
    const teams = identity.teamIds.length
      ? await ctx.em.find(Team, { id: { $in: identity.teamIds } }, { orderBy: { name: 'asc' } })
      : [];
    return {
      subject: identity.subject,
      kind: identity.kind as IdentityKind,
      roles: identity.roles,
      teams,
      permissions: ctx.access.packedRules(),
    };
  }
}
