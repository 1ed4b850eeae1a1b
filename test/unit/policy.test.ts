import 'reflect-metadata';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { accessFor } from '../../src/domain/access';
import { loadPolicy, PolicyStore } from '../../src/domain/policies';
import { createLogger } from '../../src/telemetry/logger';
import { policyFolder, shippedPolicies } from '../support/policies';

const shipped = shippedPolicies;

/** The folders policyDir made, removed when the file's tests end. */
const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A policies folder with these roles and the shipped gates. */
function policyDir(rolesYaml: string): string {
  const dir = policyFolder({ 'roles.yaml': rolesYaml });
  made.push(dir);
  return dir;
}

describe('policies', () => {
  it('loads the shipped roles, with inherited rules first', () => {
    const policy = loadPolicy(shipped);
    for (const role of ['anonymous', 'viewer', 'data-scientist', 'reviewer', 'deployer', 'service', 'admin'])
      assert.ok(policy.roles.has(role), role);
    const viewerRules = policy.roles.get('viewer')!.length;
    assert.deepEqual(policy.roles.get('data-scientist')!.slice(0, viewerRules), policy.roles.get('viewer'));
  });

  it('fills placeholders with the identity', () => {
    const access = accessFor(
      {
        subject: 'dana',
        kind: 'user',
        roles: ['data-scientist'],
        teamIds: ['5f0c2a52-6f7e-4c44-9a55-2b1c3d4e5f60'],
        deploymentNames: [],
      },
      loadPolicy(shipped),
    );
    assert.ok(access.canOn('create', 'Model', { team: { id: '5f0c2a52-6f7e-4c44-9a55-2b1c3d4e5f60' } }));
    assert.ok(!access.canOn('create', 'Model', { team: { id: '00000000-0000-4000-8000-000000000000' } }));
  });

  const refused: [string, string, RegExp][] = [
    ['YAML that does not parse', 'roles: [', /Flow sequence|Unexpected|missing/i],
    [
      'an unknown subject',
      'roles:\n  anonymous: { rules: [{ action: read, subject: Dragon }] }',
      /roles\.anonymous\.rules\.0\.subject/,
    ],
    [
      'an unknown action',
      'roles:\n  anonymous: { rules: [{ action: fly, subject: Team }] }',
      /roles\.anonymous\.rules\.0\.action/,
    ],
    [
      'an unknown condition path',
      'roles:\n  anonymous: { rules: [{ action: read, subject: Run, conditions: { team.id: x } }] }',
      /Run has no condition path "team\.id"/,
    ],
    [
      'an unknown placeholder',
      'roles:\n  anonymous: { rules: [{ action: read, subject: Team, conditions: { id: { $in: "${identity.groups}" } } }] }',
      /unknown placeholder/,
    ],
    [
      'an unsupported operator',
      'roles:\n  anonymous: { rules: [{ action: read, subject: Team, conditions: { name: { $regex: x } } }] }',
      /operator \$regex is not supported/,
    ],
    ['circular inheritance', 'roles:\n  anonymous: {}\n  a: { inherits: [b] }\n  b: { inherits: [a] }', /circle/],
    ['an unknown parent role', 'roles:\n  anonymous: {}\n  a: { inherits: [ghost] }', /unknown role "ghost"/],
    ['no anonymous role', 'roles:\n  viewer: {}', /roles\.anonymous is missing/],
  ];
  for (const [what, yaml, message] of refused) {
    it(`refuses ${what}, saying where`, () => {
      assert.throws(() => loadPolicy(policyDir(yaml)), message);
    });
  }

  const refusedGates: [string, string, RegExp][] = [
    ['a metric gate without bounds', '{ check: metric, metric: auc }', /a metric gate needs min or max/],
    ['an unknown check', '{ check: vibes }', /gates\.CLASSIFICATION\.submit\.0\.check/],
    ['an unknown model card field', '{ check: modelCard, require: [mood] }', /require\.0/],
  ];
  for (const [what, gate, message] of refusedGates) {
    it(`refuses gates.yaml with ${what}`, () => {
      const dir = policyDir(fs.readFileSync(path.join(shipped, 'roles.yaml'), 'utf8'));
      fs.writeFileSync(
        path.join(dir, 'gates.yaml'),
        `approval: { quorum: 2 }\ndeployments: { stagingStates: [APPROVED] }\ngates:\n  CLASSIFICATION:\n    submit:\n      - ${gate}\n`,
      );
      assert.throws(() => loadPolicy(dir), message);
    });
  }

  it('refuses a quorum of zero', () => {
    const dir = policyDir(fs.readFileSync(path.join(shipped, 'roles.yaml'), 'utf8'));
    fs.writeFileSync(
      path.join(dir, 'gates.yaml'),
      'approval: { quorum: 0 }\ndeployments: { stagingStates: [APPROVED] }\ngates: {}\n',
    );
    assert.throws(() => loadPolicy(dir), /approval\.quorum/);
  });

  it('keeps the last good policy when a reload fails', () => {
    const dir = policyDir('roles:\n  anonymous: { rules: [{ action: read, subject: Team }] }');
    const store = new PolicyStore(dir, createLogger('silent'));
    fs.writeFileSync(path.join(dir, 'roles.yaml'), 'roles: [');
    assert.equal(store.reload(), false);
    assert.equal(store.current.roles.get('anonymous')!.length, 1);
    fs.writeFileSync(path.join(dir, 'roles.yaml'), 'roles:\n  anonymous: {}');
    assert.equal(store.reload(), true);
    assert.equal(store.current.roles.get('anonymous')!.length, 0);
  });
});
