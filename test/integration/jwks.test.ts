import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { MeDocument, TeamsDocument } from '../../src/client/generated/graphql';
import { GraphQLClient } from '../support/client';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** A stand-in identity provider on loopback publishing its public keys. */
async function startJwks(keys: JWK[]): Promise<{ url: string; close(): void }> {
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
    close: () => server.close(),
  };
}

describe('tokens from an identity provider (JWKS)', () => {
  let gw: TestGateway;
  let jwks: { url: string; close(): void };
  let rsa: KeyLike;
  let ec: KeyLike;
  before(async () => {
    const rsaPair = await generateKeyPair('RS256');
    const ecPair = await generateKeyPair('ES256');
    rsa = rsaPair.privateKey;
    ec = ecPair.privateKey;
    jwks = await startJwks([
      { ...(await exportJWK(rsaPair.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ecPair.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ]);
    gw = await startTestGateway({
      MODELGATE_JWKS_URL: jwks.url,
      MODELGATE_JWT_ISSUER: 'https://idp.example',
      MODELGATE_JWT_AUDIENCE: 'modelgate-api',
    });
  });
  after(async () => {
    await gw.stop();
    jwks.close();
  });

  const sign = (key: KeyLike, alg: string, kid: string, issuer = 'https://idp.example') =>
    new SignJWT({ roles: ['viewer'], teams: [] })
      .setProtectedHeader({ alg, kid })
      .setSubject('ida')
      .setIssuer(issuer)
      .setAudience('modelgate-api')
      .setExpirationTime('5m')
      .sign(key);

  it('accepts RS256 and ES256 tokens signed with the published keys', async () => {
    for (const token of [await sign(rsa, 'RS256', 'rsa-1'), await sign(ec, 'ES256', 'ec-1')]) {
      const { me } = await new GraphQLClient(gw.gateway.url, { authorization: `Bearer ${token}` }).data(MeDocument, {});
      assert.deepEqual([me.subject, me.roles], ['ida', ['viewer']]);
    }
  });

  it('refuses a key the provider does not publish and a wrong issuer', async () => {
    const stranger = (await generateKeyPair('RS256')).privateKey;
    const cases: [string, RegExp][] = [
      [await sign(stranger, 'RS256', 'rsa-1'), /signature does not verify/],
      [await sign(rsa, 'RS256', 'rsa-1', 'https://evil.example'), /iss claim/],
    ];
    for (const [token, message] of cases) {
      const response = await new GraphQLClient(gw.gateway.url, { authorization: `Bearer ${token}` }).request(
        TeamsDocument,
        {},
      );
      assert.equal(response.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.match(response.errors![0]!.message, message);
    }
  });
});
