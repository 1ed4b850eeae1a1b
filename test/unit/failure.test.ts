import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeFailure } from '../../src/cli/failure';

describe('what a failed command prints', () => {
  it('says that nothing was thrown, never "undefined"', () => {
    assert.match(describeFailure(undefined), /^failed without saying why \(undefined was thrown\)/);
    assert.match(describeFailure(null), /null was thrown/);
  });

  it('names an error without a message by its code, and an AggregateError by its errors', () => {
    const refused = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    assert.equal(
      describeFailure(new AggregateError([refused('::1:5432'), refused('127.0.0.1:5432')])),
      'connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432',
    );
    assert.equal(describeFailure(Object.assign(new Error(''), { code: 'EACCES' })), 'Error EACCES');
  });

  it('follows causes, and shows values that are not errors as they are', () => {
    assert.equal(
      describeFailure(new Error('the database did not start', { cause: new Error('port in use') })),
      'the database did not start: port in use',
    );
    assert.equal(describeFailure('plain words'), 'plain words');
    assert.equal(describeFailure({ code: 42 }), '{"code":42}');
  });
});
