import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { secretFile } from '../secrets';

/** What modelgate reads from a token. */
export interface TokenClaims {
  subject: string;
  roles: string[];
  /** Team names. */
  teams: string[];
  /** When the token expires, in seconds since the epoch (`exp`); tokens without one are not cached. */
  expiresAt?: number;
}

/**
 * The HS256 secret: the configured one, else one generated once under the data folder (so
 * `modelgate token` and the server agree), else none when only a JWKS URL is configured.
 */
export function hmacSecret(config: Config): string | undefined {
  if (config.jwt.secret) return config.jwt.secret;
  if (config.jwt.jwksUrl) return undefined;
  return secretFile(config.dataDir, 'jwt-secret');
}

/** Thrown for a token that must be refused; its message is safe to show the caller. */
export class InvalidToken extends Error {}

export type TokenVerifier = (token: string) => Promise<TokenClaims>;

/**
 * Verifies bearer tokens: HS256 against the secret, RS256/ES256 against the JWKS; no other
 * algorithm (in particular not `none`). exp and nbf are checked, and the issuer and audience.
 */
export function createTokenVerifier(config: Config): TokenVerifier {
  const secret = hmacSecret(config);
  const jwks = config.jwt.jwksUrl ? createRemoteJWKSet(new URL(config.jwt.jwksUrl)) : undefined;
  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ['RS256', 'ES256'] : [])];
  const hmacKey = secret ? new TextEncoder().encode(secret) : undefined;
  const key: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && hmacKey) return hmacKey;
    if (jwks && header.alg !== 'HS256') return jwks(header, token);
    throw new errors.JOSEAlgNotAllowed(`"${header.alg}" is not an accepted algorithm`);
  };
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms,
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
      });
      if (typeof payload.sub !== 'string' || payload.sub.length === 0)
        throw new InvalidToken('The token has no subject (sub).');
      // The subject is recorded as author, actor and reviewer, in columns of 255 characters.
      if (payload.sub.length > 255 || payload.sub.includes('\u0000') || !payload.sub.isWellFormed()) {
        throw new InvalidToken('The token subject (sub) must be valid text of at most 255 characters.');
      }
      return {
        subject: payload.sub,
        roles: stringList(payload.roles, 'roles'),
        teams: stringList(payload.teams, 'teams'),
        expiresAt: payload.exp,
      };
    } catch (error) {
      throw error instanceof InvalidToken ? error : new InvalidToken(describe(error));
    }
  };
}

function stringList(value: unknown, claim: string): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  throw new InvalidToken(`The token's ${claim} claim must be a list of strings.`);
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token's ${error.claim} claim is not accepted (${error.reason}).`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'The token is signed with an algorithm this gateway does not accept.';
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'The token was signed by a key the identity provider does not publish.';
  return 'The token is not a valid JWT.';
}

/** Signs a token for the configured secret: what `modelgate token` prints. */
export async function signToken(config: Config, claims: TokenClaims, expiresIn = '8h'): Promise<string> {
  const secret = hmacSecret(config);
  if (!secret) throw new Error('No HS256 secret: set MODELGATE_JWT_SECRET, or get tokens from your identity provider.');
  return new SignJWT({ roles: claims.roles, teams: claims.teams })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(config.jwt.issuer)
    .setAudience(config.jwt.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
