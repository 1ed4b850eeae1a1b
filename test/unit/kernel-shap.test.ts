import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planCoalitions, solveShapley } from '../../src/inference/explainers/kernel-shap';

/** KernelSHAP of `f` at x against baseline b, with the model replaced by a plain function. */
function shap(f: (v: number[]) => number, x: number[], b: number[], samples = 256, seed = 42): number[] {
  const plan = planCoalitions(x.length, samples, seed);
  const outputs = plan.coalitions.map((z) => f(z.map((zi, i) => (zi ? x[i]! : b[i]!))));
  return solveShapley(plan, outputs, f(x), f(b));
}

const close = (actual: number[], expected: number[], tolerance = 1e-3) => {
  assert.equal(actual.length, expected.length, 'one attribution per feature');
  actual.forEach((value, i) =>
    assert.ok(Math.abs(value - expected[i]!) < tolerance, `attribution ${i}: ${value} vs ${expected[i]}`),
  );
};

describe('KernelSHAP', () => {
  it('gives w_i·(x_i − b_i) on a linear model', () => {
    const w = [1, -2, 0.5, 3];
    const x = [2, 1, -1, 0.5];
    const b = [0.5, 0.5, 0.5, 0.5];
    close(
      shap((v) => v.reduce((sum, vi, i) => sum + w[i]! * vi, 0.7), x, b),
      w.map((wi, i) => wi * (x[i]! - b[i]!)),
    );
  });

  it('gives two identical features the same attribution (symmetry), with interactions', () => {
    const f = (v: number[]) => Math.tanh(v[0]! + v[1]!) * (1 + v[2]!);
    const phi = shap(f, [1.5, 1.5, 0.3], [0, 0, 0]);
    assert.ok(Math.abs(phi[0]! - phi[1]!) < 1e-6, `${phi[0]} vs ${phi[1]}`);
    assert.ok(Math.abs(phi.reduce((a, c) => a + c, 0) - (f([1.5, 1.5, 0.3]) - f([0, 0, 0]))) < 1e-9, 'efficiency');
  });

  it('gives about nothing to a feature the model ignores (dummy), also when sampling', () => {
    const f = (v: number[]) => Math.exp(0.1 * v[0]!) * v[1]! + v.slice(3).reduce((a, c) => a + c, 0);
    const x = Array.from({ length: 20 }, (_, i) => (i % 3) - 1 + 0.5);
    const b = new Array<number>(20).fill(0);
    const phi = shap(f, x, b, 2048, 7);
    const largest = Math.max(...phi.map(Math.abs));
    assert.ok(Math.abs(phi[2]!) < 0.01 * largest, `the ignored feature got ${phi[2]}, the largest ${largest}`);
    const exact = shap((v) => Math.exp(0.1 * v[0]!) * v[1]!, [1, 2, 3, 4], [0, 0, 0, 0]);
    assert.ok(Math.abs(exact[2]!) < 1e-9 && Math.abs(exact[3]!) < 1e-9, 'exactly 0 when every coalition is scored');
    assert.ok(Math.abs(phi.reduce((a, c) => a + c, 0) - (f(x) - f(b))) < 1e-9, 'efficiency holds exactly');
  });

  it('is reproducible for a seed, and samples differently for another', () => {
    const f = (v: number[]) => Math.sin(v[0]!) * v[1]! + v[2]! * v[3]! - v.slice(4).reduce((a, c) => a + c * c, 0);
    const x = Array.from({ length: 18 }, (_, i) => i / 10);
    const b = new Array<number>(18).fill(0.2);
    assert.deepEqual(shap(f, x, b, 300, 1), shap(f, x, b, 300, 1));
    assert.notDeepEqual(shap(f, x, b, 300, 1), shap(f, x, b, 300, 2));
  });
});
