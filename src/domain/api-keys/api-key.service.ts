import { randomBytes } from 'node:crypto';
import { hashSecret } from '../../secrets';
import { conflict, limitExceeded } from '../../errors';
import type { CallContext } from '../context';
import { Deployment } from '../deployments/deployment.entity';
import { authorize, findNode, inTransaction, lockById } from '../persistence';
import { Team } from '../teams/team.entity';
import { check, checkName, checkUnique } from '../validation';
import { ApiKey } from './api-key.entity';
import type { ApiKeyFilter, CreateApiKeyInput } from './api-key.inputs';
import type { NamedOrder } from '../filters';
import { paginateChildren } from '../relay/child-pages';
import type { ConnectionArgs } from '../relay/connection';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { injectable } from 'tsyringe';
import { AuditTrail, snapshot } from '../audit/audit.service';
import { EventRelay } from '../../events/events';

const MAX_DEPLOYMENTS = 100;

/** API keys of client services: created with their secret shown once, revoked at once in every gateway. */
@injectable()
export class ApiKeyService {
  constructor(
    private readonly audit: AuditTrail,
    private readonly events: EventRelay,
  ) {}

  /** Creates a key; the secret is returned here once and only its hash is kept. */
  async createApiKey(ctx: CallContext, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const name = checkName('input.name', input.name);
    check(
      input.deploymentNames.length > 0,
      'input.deploymentNames',
      'must name at least one deployment the key may call.',
    );
    check(
      input.deploymentNames.length <= MAX_DEPLOYMENTS,
      'input.deploymentNames',
      `may name at most ${MAX_DEPLOYMENTS} deployments.`,
    );
    checkUnique('input.deploymentNames', input.deploymentNames, (deployment) => deployment);
    const team = await findNode(ctx, Team, 'input.teamId', input.teamId);
    authorize(ctx, 'create', 'ApiKey', { team }, `API keys of team "${team.name}"`);
    const deployments = await ctx.em.find(
      Deployment,
      { team, name: { $in: input.deploymentNames } },
      { fields: ['name'] },
    );
    const known = new Set(deployments.map((deployment) => deployment.name));
    input.deploymentNames.forEach((deployment, index) =>
      check(
        known.has(deployment),
        `input.deploymentNames[${index}]`,
        `team "${team.name}" has no deployment named "${deployment}".`,
      ),
    );
    const secret = `mgk_${randomBytes(32).toString('base64url')}`;
    return inTransaction(ctx, async (em) => {
      // Each key has a rate of its own: a team may hold only so many (policies/limits.yaml apiKeysPerTeam).
      // A lock per team makes two concurrent creations count one another.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`api-keys:${team.id}`]);
      const cap = ctx.access.policy.limits.apiKeysPerTeam;
      const active = await em.count(ApiKey, { team, revokedAt: null });
      if (active >= cap)
        throw limitExceeded(
          `Team "${team.name}" holds ${active} active API keys, the most policies allow (${cap}); revoke one it no longer uses first.`,
          { active, cap },
        );
      const apiKey = em.create(ApiKey, {
        team,
        name,
        deploymentNames: input.deploymentNames,
        prefix: secret.slice(0, 12),
        secretHash: hashSecret(secret),
        createdBy: ctx.identity.subject,
      });
      await this.audit.record(ctx, em, 'createApiKey', apiKey);
      return { apiKey, secret };
    });
  }

  /**
   * A page of a team's keys, revoked ones too, as far as the caller may read keys (who may manage
   * them); batched over the teams of a list. The secret was never stored, and its hash is no field.
   */
  listApiKeys(ctx: CallContext, team: Team, args: ConnectionArgs, filter: ApiKeyFilter | undefined, order: NamedOrder) {
    const where: FilterQuery<ApiKey> = {};
    if (filter?.revoked != null) where.revokedAt = filter.revoked ? { $ne: null } : null;
    return paginateChildren(ctx, ApiKey, { team: team.id }, where, order, args, filter);
  }

  /** Revokes a key at once: the next request that sends it is refused, by every gateway sharing the database. */
  async revokeApiKey(ctx: CallContext, id: string): Promise<ApiKey> {
    const revoked = await inTransaction(ctx, async (em) => {
      const apiKey = await lockById(ctx, em, ApiKey, 'id', id, 'delete');
      const before = snapshot(apiKey);
      if (apiKey.revokedAt)
        throw conflict(`The API key ${apiKey.prefix}… was already revoked on ${apiKey.revokedAt.toISOString()}.`);
      apiKey.revokedAt = new Date();
      await this.audit.record(ctx, em, 'revokeApiKey', apiKey, before);
      // Gateways cache verified keys: the notice makes each of them forget.
      await this.events.notify(em, {
        kind: 'apiKey',
        action: 'revokeApiKey',
        actor: ctx.identity.subject,
        at: new Date().toISOString(),
      });
      return apiKey;
    });
    await this.events.changed('apiKey');
    return revoked;
  }
}
