import { hashSecret } from '../secrets';
import type { IncomingHttpHeaders } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { isDatabaseUnreachable } from '../db/unreachable';
import { unauthenticated } from '../errors';
import { ApiKey } from '../domain/api-keys/api-key.entity';
import { Team } from '../domain/teams/team.entity';
import { anonymous, type Identity } from '../authz/identity';
import { InvalidToken, type TokenVerifier } from '../authz/jwt';

export type Authenticate = (headers: IncomingHttpHeaders) => Promise<Identity>;

export interface Authenticator {
  authenticate: Authenticate;
  /** Drops every cached API key: one was revoked, by this gateway or another. */
  forgetApiKeys(): void;
}

/** Verified credentials kept, so that a request costs no signature check and no SQL. */
const CACHED_CREDENTIALS = 10_000;
/** An API key is checked against the database again after this long, should a revocation's notice be missed. */
const API_KEY_TTL_MS = 30_000;

function refuse(message: string): GraphQLError {
  return unauthenticated(message, { http: { status: 401 } });
}

/**
 * Turns a request's credentials into an identity: `Authorization: Bearer <JWT>` for people,
 * `Authorization: ApiKey <key>` or `x-api-key: <key>` for services, nothing for anonymous.
 * Credentials that are present but wrong are refused, never downgraded to anonymous.
 */
export function createAuthenticator(orm: MikroORM, verifyToken: TokenVerifier): Authenticator {
  // Team names never change, so a name → id seen once is good for the life of the process.
  const teamIds = new Map<string, string>();

  async function resolveTeams(names: string[]): Promise<string[]> {
    const unknown = names.filter((name) => !teamIds.has(name));
    if (unknown.length > 0) {
      const teams = await orm.em.fork().find(Team, { name: { $in: unknown } }, { fields: ['id', 'name'] });
      for (const team of teams) teamIds.set(team.name, team.id);
    }
    return names.flatMap((name) => teamIds.get(name) ?? []);
  }

  /** The identity of a verified token, and how long it may be cached: until `exp`, and not at all while it names a team not created yet. */
  async function fromToken(token: string): Promise<{ identity: Identity; cacheForMs: number }> {
    let claims;
    try {
      claims = await verifyToken(token);
    } catch (error) {
      if (error instanceof InvalidToken) throw refuse(error.message);
      throw error;
    }
    const identity: Identity = {
      subject: claims.subject,
      kind: 'user',
      roles: claims.roles,
      teamIds: await resolveTeams(claims.teams),
      deploymentNames: [],
      ...(claims.expiresAt !== undefined && { expiresAt: claims.expiresAt * 1000 }),
    };
    const allTeamsKnown = identity.teamIds.length === new Set(claims.teams).size;
    return {
      identity,
      cacheForMs: claims.expiresAt === undefined || !allTeamsKnown ? 0 : claims.expiresAt * 1000 - Date.now(),
    };
  }

  async function fromApiKey(secret: string): Promise<Identity> {
    const key = await orm.em.fork().findOne(ApiKey, { secretHash: hashSecret(secret) });
    if (!key) throw refuse('The API key is not known.');
    if (key.revokedAt) throw refuse('The API key was revoked.');
    return {
      subject: `api-key:${key.prefix}`,
      kind: 'service',
      roles: ['service'],
      teamIds: [key.team.id],
      deploymentNames: key.deploymentNames,
    };
  }

  // Keyed by a digest of the credential, never the credential itself; refusals are not kept.
  const cache = new LRUCache<string, { identity: Identity; apiKey: boolean; checkAfter: number }>({
    max: CACHED_CREDENTIALS,
  });

  async function cached(kind: 'token' | 'apiKey', credential: string): Promise<Identity> {
    const key = hashSecret(`${kind}:${credential}`);
    const hit = cache.get(key);
    if (hit && Date.now() < hit.checkAfter) return hit.identity;
    if (kind === 'token') {
      const { identity, cacheForMs } = await fromToken(credential);
      // A token is never kept past its own expiry (the cache's ttl drops it then).
      if (cacheForMs > 0) cache.set(key, { identity, apiKey: false, checkAfter: Infinity }, { ttl: cacheForMs });
      return identity;
    }
    try {
      const identity = await fromApiKey(credential);
      cache.set(key, { identity, apiKey: true, checkAfter: Date.now() + API_KEY_TTL_MS });
      return identity;
    } catch (error) {
      // A key verified before the database went away keeps working until it is back: revocations
      // reach this cache by notice, and every key is checked again when the notices resume.
      if (hit && isDatabaseUnreachable(error)) return hit.identity;
      cache.delete(key);
      throw error;
    }
  }

  const authenticate: Authenticate = async (headers) => {
    const apiKeyHeader = headers['x-api-key'];
    if (typeof apiKeyHeader === 'string') return cached('apiKey', apiKeyHeader.trim());
    const authorization = headers.authorization;
    if (!authorization) return anonymous;
    const [scheme, credentials] = authorization.trim().split(/\s+/, 2);
    if (!credentials)
      throw refuse('The Authorization header needs a scheme and credentials: "Bearer <token>" or "ApiKey <key>".');
    if (/^bearer$/i.test(scheme!)) return cached('token', credentials);
    if (/^apikey$/i.test(scheme!)) return cached('apiKey', credentials);
    throw refuse(`The Authorization scheme "${scheme}" is not supported; use "Bearer <token>" or "ApiKey <key>".`);
  };

  return {
    authenticate,
    forgetApiKeys: () => {
      for (const [key, entry] of cache.entries()) if (entry.apiKey) cache.delete(key);
    },
  };
}
