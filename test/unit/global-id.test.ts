import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idOf, parseGlobalId, toGlobalId } from '../../src/domain/relay/global-id';

describe('global ids', () => {
  const uuid = '5f0c2a52-6f7e-4c44-9a55-2b1c3d4e5f60';

  it('round-trips a type and uuid', () => {
    assert.deepEqual(parseGlobalId(toGlobalId('ModelVersion', uuid)), { type: 'ModelVersion', id: uuid });
  });

  it('rejects strings that are not ours', () => {
    for (const bad of ['', 'abc', toGlobalId('Team', 'not-a-uuid'), Buffer.from(`:${uuid}`).toString('base64url')]) {
      assert.equal(parseGlobalId(bad), null, bad);
    }
  });

  it('names the argument when the id is of another type', () => {
    assert.throws(
      () => idOf('input.teamId', toGlobalId('Model', uuid), 'Team'),
      (error: Error & { extensions?: { code?: string } }) => {
        assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
        assert.match(error.message, /^input\.teamId: ".*" is not a Team id\.$/);
        return true;
      },
    );
  });
});
