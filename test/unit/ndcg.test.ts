import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ndcg } from '../../src/domain/outcomes/ndcg';

const map = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('nDCG of a feature ranking', () => {
  it('is 1 for the reference order, whatever the live magnitudes', () => {
    assert.equal(ndcg(map({ a: 9, b: 2, c: 1 }), map({ a: 3, b: 2, c: 1 })), 1);
  });

  it('discounts each reference gain by log2 of its live rank + 1', () => {
    // Live order c, b, a: gains 1, 2, 3 at ranks 1, 2, 3; ideal 3, 2, 1.
    const live = 1 / 1 + 2 / Math.log2(3) + 3 / 2;
    const ideal = 3 / 1 + 2 / Math.log2(3) + 1 / 2;
    assert.ok(Math.abs(ndcg(map({ a: 1, b: 2, c: 3 }), map({ a: 3, b: 2, c: 1 }))! - live / ideal) < 1e-15);
  });

  it('gives features the reference lacks nothing, and is null for a reference of zeros', () => {
    // New feature d first: a, b, c each fall one rank.
    const expected = (3 / Math.log2(3) + 2 / 2 + 1 / Math.log2(5)) / (3 + 2 / Math.log2(3) + 1 / 2);
    assert.ok(Math.abs(ndcg(map({ d: 10, a: 3, b: 2, c: 1 }), map({ a: 3, b: 2, c: 1 }))! - expected) < 1e-15);
    assert.equal(ndcg(map({ a: 1 }), map({ a: 0 })), null);
  });
});
