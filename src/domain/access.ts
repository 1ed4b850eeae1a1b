import { createMongoAbility, subject as asSubject, type MongoAbility } from '@casl/ability';
import { packRules } from '@casl/ability/extra';
import type { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../errors';
import type { Identity } from '../authz/identity';
import type { Policy, PolicyRule } from './policies';
import type { Action, SubjectType } from '../authz/subjects';
import { accessibleBy } from '../authz/to-query';

/**
 * What one request may do: the caller's identity and the CASL ability its roles give it.
 * Services ask it before they act, and put its conditions on every query they send.
 */
export class Access {
  private readonly filters = new Map<string, Record<string, unknown> | null>();

  constructor(
    readonly identity: Identity,
    readonly ability: MongoAbility,
    /** The policies in force when the request arrived: a reload mid-request does not split it. */
    readonly policy: Policy,
  ) {}

  /** May the caller `action` some `subjectType` (or some `field` of one)? Conditions not considered. */
  can(action: Action, subjectType: SubjectType, field?: string): boolean {
    return this.ability.can(action, subjectType, field);
  }

  /**
   * May the caller `action` this very object (conditions tested on it)? An entity names its own
   * type (CASL reads the class name); a plain object describes a node about to be created.
   */
  canOn(action: Action, subjectType: SubjectType, object: object, field?: string): boolean {
    const target = object.constructor === Object ? asSubject(subjectType, { ...object }) : object;
    return this.ability.can(action, target as never, field);
  }

  /** An admin: its roles may do anything to everything (manage on all), whatever the conditions of other rules. */
  managesAll(): boolean {
    return this.ability.can('manage', 'all');
  }

  /** The SQL condition of the rows the caller may `action`; null when it may touch none. */
  filter(action: Action, subjectType: SubjectType): Record<string, unknown> | null {
    const key = `${action}:${subjectType}`;
    if (!this.filters.has(key)) this.filters.set(key, accessibleBy(this.ability, action, subjectType));
    return this.filters.get(key)!;
  }

  /** UNAUTHENTICATED for a caller without credentials, FORBIDDEN for one whose roles do not allow it. */
  denied(action: Action, what: string): GraphQLError {
    if (this.identity.kind === 'anonymous') {
      return unauthenticated(`Sign in to ${action} ${what}: send a bearer token or an API key.`);
    }
    return forbidden(`Your roles (${this.identity.roles.join(', ') || 'none'}) do not allow you to ${action} ${what}.`);
  }

  /** The caller's rules, packed, for a frontend to show or hide actions (CASL's unpackRules reads them). */
  packedRules(): unknown {
    return packRules(this.ability.rules as PolicyRule[]);
  }
}

/**
 * An identity's ability under a policy, built once: cached identities (see http/authenticate.ts) come
 * back as the same object, so a request with known credentials builds no ability. A new policy
 * builds anew. The Access around it is per request (its query filters are handed to the ORM).
 */
const abilities = new WeakMap<Identity, { policy: Policy; ability: MongoAbility }>();

/** The request's Access: the rules of every role the identity holds, placeholders filled. */
export function accessFor(identity: Identity, policy: Policy): Access {
  let cached = abilities.get(identity);
  if (cached?.policy !== policy) abilities.set(identity, (cached = { policy, ability: abilityFor(identity, policy) }));
  return new Access(identity, cached.ability, policy);
}

function abilityFor(identity: Identity, policy: Policy): MongoAbility {
  const templates = identity.roles.flatMap((role) => policy.roles.get(role) ?? []);
  const values: Record<string, unknown> = {
    '${identity.teams}': identity.teamIds,
    '${identity.subject}': identity.subject,
    '${identity.deployments}': identity.deploymentNames,
  };
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string' && value in values) return values[value];
    if (Array.isArray(value)) return value.map(fill);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  };
  const rules = templates.map((rule) =>
    rule.conditions ? { ...rule, conditions: fill(rule.conditions) } : rule,
  ) as PolicyRule[];
  return createMongoAbility(rules);
}
