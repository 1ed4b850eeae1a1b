import 'reflect-metadata';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphQLError } from 'graphql';
import { evaluate, inputsOf, planEvaluation } from '../../src/domain/quality/evaluate';
import type { Column, EvaluationSet } from '../../src/domain/quality/evaluation-set';
import type { InputBatch } from '../../src/inference/instances';
import { TensorDtype, type ModelSignature } from '../../src/inference/signature';

const numbers = (...values: number[]): Column => ({ kind: 'number', values: Float64Array.from(values) });
const categories = (categories: string[], ...codes: number[]): Column => ({
  kind: 'category',
  categories,
  codes: Int32Array.from(codes),
});
const setOf = (columns: Record<string, Column>, rows: number): EvaluationSet => ({
  rows,
  sha256: 'f'.repeat(64),
  columns: new Map(Object.entries(columns)),
});
const scalar = (name: string) => ({ name, dtype: TensorDtype.FLOAT32, shape: [] as number[] });

describe('evaluation plans', () => {
  const threeClasses: ModelSignature = {
    inputs: [scalar('x'), { name: 'v', dtype: TensorDtype.FLOAT32, shape: [2] }],
    outputs: [{ name: 'scores', dtype: TensorDtype.FLOAT32, shape: [3] }],
    classLabels: ['low', 'mid', 'high'],
  };
  const rows = setOf(
    {
      x: numbers(1, 2, 3),
      'v.0': numbers(10, 20, 30),
      'v.1': numbers(11, 21, 31),
      label: categories(['high', 'low', 'mid'], 1, 2, 0),
      group: categories(['a', 'b'], 0, 1, 1),
    },
    3,
  );

  it('feeds a scalar from its column and a vector from name.0, name.1, and maps labels to classes by name', () => {
    const plan = planEvaluation(threeClasses, rows, 'label', ['group'], null);
    assert.deepEqual([...plan.truth], [0, 1, 2], 'low, mid, high');
    assert.equal(plan.positive, undefined, 'no positive class for three classes unless asked');
    const [x, v] = inputsOf(plan, 1, 2);
    assert.deepEqual({ shape: x!.shape, values: [...x!.values] }, { shape: [2], values: [2, 3] });
    assert.deepEqual({ shape: v!.shape, values: [...v!.values] }, { shape: [2, 2], values: [20, 21, 30, 31] });
  });

  it('measures fairness for more classes only for the positive class asked for', async () => {
    const plan = planEvaluation(threeClasses, rows, 'label', ['group'], 'high');
    assert.deepEqual(plan.positive, { index: 2, label: 'high' });
    // Scores that pick low, high, high against low, mid, high: two right of three.
    const scores = [
      [0.8, 0.1, 0.1],
      [0.1, 0.2, 0.7],
      [0.2, 0.2, 0.6],
    ];
    const run = async (inputs: InputBatch[]) => {
      const from = inputs[0]!.values[0]! - 1;
      const count = inputs[0]!.shape[0]!;
      return [
        { name: 'scores', shape: [count, 3], values: Float32Array.from(scores.slice(from, from + count).flat()) },
      ];
    };
    const measures = await evaluate(plan, run, { batchSize: 2 });
    assert.equal(measures.classification!.accuracy, 2 / 3);
    const [fairness] = measures.fairness;
    assert.deepEqual(
      fairness!.groups.map((g) => [g.group, g.rows, g.selectionRate]),
      [
        ['a', 1, 0],
        ['b', 2, 1],
      ],
    );
  });

  it('feeds an image from a tensor column of as many elements', () => {
    const image: ModelSignature = {
      inputs: [{ name: 'pixels', dtype: TensorDtype.FLOAT32, shape: [2, 2, 1] }],
      outputs: [{ name: 'scores', dtype: TensorDtype.FLOAT32, shape: [2] }],
      classLabels: ['no', 'yes'],
    };
    const set = setOf(
      {
        pixels: { kind: 'tensor', elements: 4, values: Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]) },
        label: numbers(1, 0),
      },
      2,
    );
    const plan = planEvaluation(image, set, 'label', []);
    assert.deepEqual([...plan.truth], [1, 0], 'a number names the class at its index');
    assert.deepEqual(plan.positive, { index: 1, label: 'yes' });
    const [pixels] = inputsOf(plan, 1, 1);
    assert.deepEqual(
      { shape: pixels!.shape, values: [...pixels!.values] },
      { shape: [1, 2, 2, 1], values: [5, 6, 7, 8] },
    );
  });

  it('refuses a set that leaves an input unfed, a label of no class, or a positive class the model lacks', () => {
    const refusal = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return (error as GraphQLError).message;
      }
      assert.fail('no refusal');
    };
    assert.match(
      refusal(() =>
        planEvaluation(threeClasses, setOf({ x: numbers(1), label: categories(['low'], 0) }, 1), 'label', []),
      ),
      /no column for input "v" \(2 value\(s\) a row\): a column of that name, or number columns v\.0 to v\.1/,
    );
    assert.match(
      refusal(() =>
        planEvaluation(
          threeClasses,
          setOf({ x: numbers(1), 'v.0': numbers(1), 'v.1': numbers(1), label: categories(['unknown'], 0) }, 1),
          'label',
          [],
        ),
      ),
      /row 1: label "unknown" is none of the model's classes \(low, mid, high\)/,
    );
    assert.match(
      refusal(() => planEvaluation(threeClasses, rows, 'label', [], 'none')),
      /positiveLabel: is none of the model's classes/,
    );
  });
});
