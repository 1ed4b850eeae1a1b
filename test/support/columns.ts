import assert from 'node:assert/strict';
import type { Column } from '../../src/domain/quality/evaluation-set';

/** A number column's values; fails unless it is one. */
export const numbers = (column: Column | undefined) => {
  assert.equal(column?.kind, 'number');
  return [...column.values];
};

/** A category column's values, each as its category; fails unless it is one. */
export const categories = (column: Column | undefined) => {
  assert.equal(column?.kind, 'category');
  return [...column.codes].map((code) => column.categories[code]);
};
