import { GraphQLJSON } from 'graphql-scalars';
import { Ctx, Field, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Public } from '../guard';
import type { CallContext } from '../../domain/context';
import { Team } from '../../domain/teams/team.entity';

export enum IdentityKind {
  ANONYMOUS = 'anonymous',
  USER = 'user',
  SERVICE = 'service',
}
registerEnumType(IdentityKind, {
  name: 'IdentityKind',
  description: 'How the caller identified itself.',
  valuesConfig: {
    ANONYMOUS: { description: 'It sent no credentials.' },
    USER: { description: 'A person, by a bearer token (JWT).' },
    SERVICE: { description: 'A client service, by an API key.' },
  },
});

@ObjectType({ description: 'The caller, as the gateway sees it.' })
export class Me {
  @Field({
    description:
      "The token's subject for a person, api-key:<prefix> for an API key, anonymous without credentials: what the audit trail and createdBy fields record.",
  })
  subject!: string;
  @Field(() => IdentityKind, { description: 'How the caller identified itself.' }) kind!: IdentityKind;
  @Field(() => [String], {
    description:
      "The caller's roles of policies/roles.yaml: the token's for a person, service for an API key, anonymous without credentials.",
  })
  roles!: string[];
  @Field(() => [Team], { description: 'The teams the caller belongs to (those that exist), by name.' }) teams!: Team[];
  @Field(() => GraphQLJSON, {
    description:
      "The caller's CASL rules, packed (`unpackRules` from @casl/ability/extra reads them), to show or hide actions.",
  })
  permissions!: unknown;
}

@Resolver()
export class MeResolver {
  @Public()
  @Query(() => Me, {
    description: 'Who the caller is, its teams and what it may do. Open to every caller, even without credentials.',
  })
  async me(@Ctx() ctx: CallContext): Promise<Me> {
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
