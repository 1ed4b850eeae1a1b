import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMongoAbility, type RawRuleOf, type MongoAbility } from '@casl/ability';
import { accessibleBy, expandPaths } from '../../src/authz/to-query';

const ability = (rules: RawRuleOf<MongoAbility>[]) => createMongoAbility(rules);

describe('CASL rules to MikroORM conditions', () => {
  it('expands dotted paths into the nested objects MikroORM joins on', () => {
    assert.deepEqual(
      expandPaths({ 'dataset.team.id': { $in: ['t'] }, 'dataset.sensitivity': { $ne: 'RESTRICTED' }, name: 'x' }),
      {
        dataset: { team: { id: { $in: ['t'] } }, sensitivity: { $ne: 'RESTRICTED' } },
        name: 'x',
      },
    );
  });

  it('returns null when no rule allows the action: the caller must not query at all', () => {
    assert.equal(accessibleBy(ability([{ action: 'read', subject: 'Model' }]), 'read', 'Dataset'), null);
    assert.equal(accessibleBy(ability([]), 'read', 'Dataset'), null);
  });

  it('returns no condition for an unconditional rule', () => {
    assert.deepEqual(accessibleBy(ability([{ action: 'manage', subject: 'all' }]), 'read', 'Dataset'), {});
  });

  it('ORs allowing rules', () => {
    const query = accessibleBy(
      ability([
        { action: 'read', subject: 'Dataset', conditions: { 'team.id': { $in: ['a'] } } },
        { action: 'read', subject: 'Dataset', conditions: { sensitivity: { $in: ['PUBLIC'] } } },
      ]),
      'read',
      'Dataset',
    );
    assert.deepEqual(query, { $or: [{ sensitivity: { $in: ['PUBLIC'] } }, { team: { id: { $in: ['a'] } } }] });
  });

  it('wraps a cannot rule in $not and ANDs it onto the rules it overrides', () => {
    const query = accessibleBy(
      ability([
        { action: 'read', subject: 'Dataset', conditions: { 'team.id': { $in: ['a'] } } },
        { action: 'read', subject: 'Dataset', conditions: { sensitivity: 'RESTRICTED' }, inverted: true },
      ]),
      'read',
      'Dataset',
    );
    assert.deepEqual(query, {
      $or: [{ $and: [{ team: { id: { $in: ['a'] } } }, { $not: { sensitivity: 'RESTRICTED' } }] }],
    });
  });

  it('ignores field-level cannot rules when listing whole rows', () => {
    const query = accessibleBy(
      ability([
        { action: 'read', subject: 'Run' },
        { action: 'read', subject: 'Run', fields: ['params'], inverted: true },
      ]),
      'read',
      'Run',
    );
    assert.deepEqual(query, {});
  });
});
