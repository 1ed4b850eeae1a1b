import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { TeamsDocument } from '../../src/client/generated/graphql';
import type { GraphQLClient } from '../support/client';
import { eventually } from '../support/eventually';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { policyFolder, shippedPolicy } from '../support/policies';

const shipped = shippedPolicy('roles.yaml');

describe('policies reload without a restart', () => {
  const dir = policyFolder();
  const roles = path.join(dir, 'roles.yaml');
  let gw: TestGateway;
  let viewer: GraphQLClient;
  /** The messages the gateway logged at error. */
  const errors: string[] = [];
  const logger = pino(
    { level: 'error' },
    { write: (line: string) => void errors.push((JSON.parse(line) as { msg: string }).msg) },
  );
  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: dir }, logger);
    viewer = await gw.as({ user: 'vera', roles: ['viewer'] });
  });
  after(async () => {
    await gw.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Whether the viewer's teams query is allowed, once it is as wanted (or the wait is over). */
  async function until(allowed: boolean): Promise<boolean> {
    const response = await eventually(
      () => viewer.request(TeamsDocument, {}),
      (answer) => (answer.errors === undefined) === allowed,
    );
    return (response.errors === undefined) === allowed;
  }

  it('applies an edited file, ignores a malformed one, and applies the next good one', async () => {
    assert.ok(await until(true), 'viewers read teams under the shipped policy');
    // Malformed while the last good policy allows: were it applied (or the policy emptied), the viewer would be refused.
    fs.writeFileSync(roles, 'roles: [ this is not YAML');
    const refused = 'policy refused; the last good policy stays in force';
    await eventually(
      () => errors,
      (messages) => messages.includes(refused),
    );
    assert.ok(errors.includes(refused), 'the malformed file was read, and refused');
    const stillAllowed = await viewer.request(TeamsDocument, {});
    assert.equal(stillAllowed.errors, undefined, 'the last good policy stays in force');

    fs.writeFileSync(roles, shipped.replace('      - { action: read, subject: Team }\n', ''));
    assert.ok(await until(false), 'the edit took effect without a restart');
    fs.writeFileSync(roles, shipped);
    assert.ok(await until(true), 'a good file is applied again');
  });
});
