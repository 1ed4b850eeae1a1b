import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { MeDocument, RevokeApiKeyDocument, TeamsDocument } from '../../src/client/generated/graphql';
import { GraphQLClient } from '../support/client';
import { BOUND_MS, eventually } from '../support/eventually';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { buildWorld, type World } from '../support/world';

describe('identities', () => {
  let gw: TestGateway;
  let world: World;
  before(async () => {
    gw = await startTestGateway();
    world = await buildWorld(gw);
  });
  after(() => gw?.stop());

  const claims = { roles: ['admin'], teams: [] };
  const sign = (build: (jwt: SignJWT) => SignJWT, secret = gw.config.jwt.secret!) =>
    build(
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('mallory')
        .setIssuer('modelgate')
        .setAudience('modelgate'),
    ).sign(new TextEncoder().encode(secret));

  async function refusal(headers: Record<string, string>): Promise<string> {
    const response = await new GraphQLClient(gw.gateway.url, headers).request(TeamsDocument, {});
    assert.equal(response.status, 401);
    assert.equal(response.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal(response.data, undefined, 'no data with a refused credential');
    return response.errors![0]!.message;
  }

  it('accepts a valid token', async () => {
    const token = await sign((jwt) => jwt.setExpirationTime('5m'));
    const { teams } = await new GraphQLClient(gw.gateway.url, { authorization: `Bearer ${token}` }).data(
      TeamsDocument,
      {},
    );
    assert.ok(teams.totalCount >= 3);
  });

  it('refuses a token with a wrong signature', async () => {
    const token = await sign((jwt) => jwt.setExpirationTime('5m'), 'another-secret-of-at-least-thirty-two-characters');
    assert.match(await refusal({ authorization: `Bearer ${token}` }), /signature does not verify/);
  });

  it('refuses alg none', async () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 300;
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'mallory', ...claims, iss: 'modelgate', aud: 'modelgate', exp })}.`;
    assert.match(await refusal({ authorization: `Bearer ${token}` }), /algorithm this gateway does not accept/);
  });

  it('refuses an expired token and one not valid yet', async () => {
    const expired = await sign((jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 60));
    assert.match(await refusal({ authorization: `Bearer ${expired}` }), /has expired/);
    const early = await sign((jwt) => jwt.setExpirationTime('10m').setNotBefore('5m'));
    assert.match(await refusal({ authorization: `Bearer ${early}` }), /nbf claim/);
  });

  it('refuses a token once its exp passes, though it was accepted before', async () => {
    // Accepted once (and so remembered by the gateway), then asked again until its exp has passed.
    const token = await sign((jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) + 3));
    const client = new GraphQLClient(gw.gateway.url, { authorization: `Bearer ${token}` });
    const accepted = await client.request(TeamsDocument, {});
    assert.equal(accepted.errors, undefined, `a token valid for 2-3 s is accepted: ${JSON.stringify(accepted.errors)}`);
    // The one wait on time: the token's own expiry, bounded.
    const later = await eventually(
      () => client.request(TeamsDocument, {}),
      (response) => response.status === 401,
      3_000 + BOUND_MS,
    );
    assert.equal(later.status, 401, 'still accepted after its exp');
    assert.equal(later.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.match(later.errors![0]!.message, /has expired/);
    assert.equal(later.data, undefined, 'no data with an expired token');
  });

  it('refuses a wrong audience or issuer', async () => {
    const audience = await sign((jwt) => jwt.setAudience('someone-else').setExpirationTime('5m'));
    assert.match(await refusal({ authorization: `Bearer ${audience}` }), /aud claim/);
    const issuer = await sign((jwt) => jwt.setIssuer('evil').setExpirationTime('5m'));
    assert.match(await refusal({ authorization: `Bearer ${issuer}` }), /iss claim/);
  });

  it('refuses garbage, unknown schemes and unknown API keys', async () => {
    assert.match(await refusal({ authorization: 'Bearer not.a.jwt' }), /not a valid JWT/);
    assert.match(await refusal({ authorization: 'Basic dXNlcjpwYXNz' }), /scheme "Basic" is not supported/);
    assert.match(await refusal({ 'x-api-key': 'mgk_nope' }), /API key is not known/);
  });

  it('accepts an API key in either header and refuses it once revoked', async () => {
    const secret = world.apiKey.secret;
    const headerForms: Record<string, string>[] = [{ 'x-api-key': secret }, { authorization: `ApiKey ${secret}` }];
    for (const headers of headerForms) {
      const { me } = await new GraphQLClient(gw.gateway.url, headers).data(MeDocument, {});
      assert.equal(me.kind, 'SERVICE');
      assert.deepEqual(me.roles, ['service']);
    }
    await gw.client.data(RevokeApiKeyDocument, { id: world.apiKey.apiKey.id });
    assert.match(await refusal({ 'x-api-key': secret }), /was revoked/);
    const again = await gw.client.error(RevokeApiKeyDocument, { id: world.apiKey.apiKey.id });
    assert.equal(again.extensions?.code, 'CONFLICT');
  });

  it('lets an anonymous caller see only who it is', async () => {
    const { me } = await gw.anonymous.data(MeDocument, {});
    assert.deepEqual(me, { subject: 'anonymous', kind: 'ANONYMOUS', roles: ['anonymous'], teams: [], permissions: [] });
    const error = await gw.anonymous.error(TeamsDocument, {});
    assert.equal(error.extensions?.code, 'UNAUTHENTICATED');
    assert.match(error.message, /^Sign in to read/);
  });

  it('tells a person its roles, teams and packed permissions', async () => {
    const { me } = await world.people['data-scientist'].data(MeDocument, {});
    assert.equal(me.subject, 'dana');
    assert.equal(me.kind, 'USER');
    assert.deepEqual(
      me.teams.map((team) => team.name),
      ['team-alpha'],
    );
    const packed = me.permissions as unknown[][];
    // Packed CASL rules: [action, subject, conditions?, inverted?, fields?]; conditions carry the team id.
    const createsModels = packed.find(
      (rule) => String(rule[0]).includes('create') && String(rule[1]).includes('Model'),
    );
    assert.ok(createsModels, JSON.stringify(packed));
    const alphaUuid = Buffer.from(world.alpha.team.id, 'base64url').toString().split(':')[1]!;
    assert.ok(JSON.stringify(createsModels).includes(alphaUuid), 'the rule is limited to her own team');
  });
});
