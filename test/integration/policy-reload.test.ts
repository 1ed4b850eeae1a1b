import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { TeamsDocument } from '../../src/client/generated/graphql';
import type { GraphQLClient } from '../support/client';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { policyFolder, shippedPolicy } from '../support/policies';

const shipped = shippedPolicy('roles.yaml');

describe('policies reload without a restart', () => {
  const dir = policyFolder();
  const roles = path.join(dir, 'roles.yaml');
  let gw: TestGateway;
  let viewer: GraphQLClient;
  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: dir });
    viewer = await gw.as({ user: 'vera', roles: ['viewer'] });
  });
  after(async () => {
    await gw.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Waits (up to 5 s) until the viewer's teams query is allowed or not, as wanted. */
  async function until(allowed: boolean): Promise<boolean> {
    for (let i = 0; i < 50; i += 1) {
      const response = await viewer.request(TeamsDocument, {});
      if ((response.errors === undefined) === allowed) return true;
      await sleep(100);
    }
    return false;
  }

  it('applies an edited file, ignores a malformed one, and applies the next good one', async () => {
    assert.ok(await until(true), 'viewers read teams under the shipped policy');
    // Malformed while the last good policy allows: were it applied (or the policy emptied), the viewer would be refused.
    fs.writeFileSync(roles, 'roles: [ this is not YAML');
    await sleep(500);
    const stillAllowed = await viewer.request(TeamsDocument, {});
    assert.equal(stillAllowed.errors, undefined, 'the last good policy stays in force');

    fs.writeFileSync(roles, shipped.replace('      - { action: read, subject: Team }\n', ''));
    assert.ok(await until(false), 'the edit took effect without a restart');
    fs.writeFileSync(roles, shipped);
    assert.ok(await until(true), 'a good file is applied again');
  });
});
