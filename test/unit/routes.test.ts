import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { GraphQLError } from 'graphql';
import { LifecycleState } from '../../src/domain/models/model.entity';
import { pickRoute, routesTakingTraffic } from '../../src/domain/serving/routes';
import type { ServedDeployment, ServedVersion } from '../../src/domain/serving/routing-table';

type Route = ServedDeployment['routes'][number];

/** Routes of these weights, each named by its index so a failure says which was picked. */
const routesOf = (...weights: number[]) => weights.map((weight, index) => ({ weight, index }));

/**
 * The route a routing key must land on, by the rule written out: the first four bytes of the key's
 * SHA-256 as a big-endian unsigned number, modulo the total weight, fall in the route whose
 * cumulative weight first exceeds them (all weights 0: one equal share each).
 */
function expectedIndex(weights: number[], key: string): number {
  const shares = weights.some((weight) => weight > 0)
    ? weights.map((weight) => Math.max(0, weight))
    : weights.map(() => 1);
  const total = shares.reduce((a, b) => a + b, 0);
  const point = createHash('sha256').update(key).digest().readUInt32BE(0) % total;
  let cumulative = 0;
  for (let index = 0; index < shares.length; index += 1) {
    cumulative += shares[index]!;
    if (point < cumulative) return index;
  }
  throw new Error('unreachable: the point is below the total');
}

const keys = Array.from({ length: 5000 }, (_, i) => `customer-${i}`);

/** How many of `picks` went to each of `n` routes. */
const tally = (picks: number[], n: number) => {
  const counts = new Array(n).fill(0);
  for (const pick of picks) counts[pick] += 1;
  return counts;
};

describe('pickRoute', () => {
  it('sends a routing key where its hash falls among the cumulative weights (checked by hand for four keys)', () => {
    const routes = routesOf(10, 30, 60);
    // First four bytes of SHA-256 (sha256sum), mod 100 — cumulative weights 10 | 40 | 100:
    //   alice 2bd806c9 = 735577801,  mod 100 =  1 → route 0 (1 < 10)
    //   bob   81b637d8 = 2176202712, mod 100 = 12 → route 1 (10 ≤ 12 < 40)
    //   carol 4c26d907 = 1277614343, mod 100 = 43 → route 2 (40 ≤ 43)
    //   dave  61ea0803 = 1642727427, mod 100 = 27 → route 1
    assert.equal(pickRoute(routes, 'alice').index, 0);
    assert.equal(pickRoute(routes, 'bob').index, 1);
    assert.equal(pickRoute(routes, 'carol').index, 2);
    assert.equal(pickRoute(routes, 'dave').index, 1);
  });

  it('agrees with the rule for many keys, and the keys share the routes by weight', () => {
    for (const weights of [[10, 30, 60], [1, 1], [95, 5], [3, 0, 7, 0, 5], [1]]) {
      const routes = routesOf(...weights);
      const picks = keys.map((key) => {
        const picked = pickRoute(routes, key).index;
        assert.equal(picked, expectedIndex(weights, key), `weights ${weights}, key ${key}`);
        return picked;
      });
      // 5000 keys spread by a hash: each route's share within 3 points of its weight's.
      const total = weights.reduce((a, b) => a + b, 0);
      tally(picks, weights.length).forEach((count, index) =>
        assert.ok(
          Math.abs(count / keys.length - weights[index]! / total) < 0.03,
          `weights ${weights}: route ${index} took ${count} of ${keys.length}`,
        ),
      );
    }
  });

  it('is sticky: a key goes to the same route every time', () => {
    const routes = routesOf(50, 25, 25);
    for (const key of keys.slice(0, 200)) {
      const first = pickRoute(routes, key);
      for (let i = 0; i < 5; i += 1) assert.equal(pickRoute(routes, key), first, key);
    }
  });

  it('without a key, shares by weight through Math.random', (t) => {
    // Math.random returning 0, 0.01, …, 0.99: a point every 1 of the total 100 — exactly the weights' counts.
    let next = 0;
    t.mock.method(Math, 'random', () => (next++ % 100) / 100);
    const routes = routesOf(10, 30, 60);
    const picks = Array.from({ length: 100 }, () => pickRoute(routes, undefined).index);
    assert.deepEqual(tally(picks, 3), [10, 30, 60]);
    // In order: points 0–9 to route 0, 10–39 to route 1, 40–99 to route 2.
    assert.deepEqual(
      picks,
      Array.from({ length: 100 }, (_, i) => (i < 10 ? 0 : i < 40 ? 1 : 2)),
    );
  });

  it('never picks a weight-0 route while another has weight', (t) => {
    const routes = routesOf(0, 5, 0, 5, 0);
    for (const key of keys) assert.ok([1, 3].includes(pickRoute(routes, key).index), key);
    // The edges of Math.random's range included: 0 and just below 1.
    const draws = [0, 0.5 - 1e-12, 0.5, 0.999999999, ...Array.from({ length: 1000 }, (_, i) => i / 1000)];
    let next = 0;
    t.mock.method(Math, 'random', () => draws[next++]!);
    const picks = draws.map(() => pickRoute(routes, undefined).index);
    assert.deepEqual(picks.slice(0, 4), [1, 1, 3, 3]);
    assert.ok(
      picks.every((pick) => pick === 1 || pick === 3),
      String(picks),
    );
    // A negative weight counts as none.
    for (const key of keys.slice(0, 500)) assert.equal(pickRoute(routesOf(-4, 2), key).index, 1);
  });

  it('shares equally among routes that all have weight 0 (a version asked for by number), without NaN', (t) => {
    const routes = routesOf(0, 0);
    // Total 2 (one share each): alice 735577801 is odd → route 1; bob 2176202712 is even → route 0.
    assert.equal(pickRoute(routes, 'alice').index, 1);
    assert.equal(pickRoute(routes, 'bob').index, 0);
    const picks = keys.map((key) => {
      const picked = pickRoute(routes, key);
      assert.ok(picked, key);
      assert.equal(picked.index, expectedIndex([0, 0], key), key);
      return picked.index;
    });
    const [first, second] = tally(picks, 2);
    assert.ok(Math.abs(first! - second!) < keys.length * 0.05, `${first} and ${second}`);

    // One route of weight 0 answers every key and every draw.
    const alone = routesOf(0);
    for (const key of keys.slice(0, 100)) assert.equal(pickRoute(alone, key), alone[0]);
    const draws: number[] = [];
    t.mock.method(Math, 'random', () => draws.shift()!);
    draws.push(0, 0.25, 0.999999999);
    while (draws.length > 0) assert.equal(pickRoute(alone, undefined), alone[0]);
    // Two without a key: 0 → the first, 0.75 · 2 = 1.5 → the second.
    draws.push(0, 0.75);
    assert.deepEqual([pickRoute(routes, undefined).index, pickRoute(routes, undefined).index], [0, 1]);
  });
});

describe('routesTakingTraffic', () => {
  const version = (number: number, state: LifecycleState): ServedVersion => ({
    id: `00000000-0000-4000-8000-00000000000${number}`,
    version: number,
    state,
    signature: { inputs: [], outputs: [], classLabels: [] },
    artifact: { sha256: String(number).repeat(64) },
    personal: false,
    sensitiveFeatures: new Set(),
  });
  const route = (weight: number, number: number, state = LifecycleState.APPROVED): Route => ({
    weight,
    version: version(number, state),
  });
  const deployment = (...routes: Route[]) => ({ name: 'churn', routes });
  const approved = [LifecycleState.APPROVED];

  /** Asserts `work` throws a GraphQL error with this code and message. */
  function assertRefused(work: () => unknown, code: string, message: string): void {
    assert.throws(work, (error: unknown) => {
      assert.ok(error instanceof GraphQLError, String(error));
      assert.equal(error.extensions.code, code);
      assert.equal(error.message, message);
      return true;
    });
  }

  it('without a version: the weighted routes to versions in the states, weight-0 routes left out', () => {
    const v1 = route(90, 1);
    const v2 = route(10, 2);
    const v3 = route(0, 3);
    assert.deepEqual(routesTakingTraffic(deployment(v1, v2, v3), approved), [v1, v2]);
    // A weighted route to a version outside the states is left out too.
    const inReview = route(10, 2, LifecycleState.IN_REVIEW);
    assert.deepEqual(routesTakingTraffic(deployment(v1, inReview, v3), approved), [v1]);
    assert.deepEqual(
      routesTakingTraffic(deployment(v1, inReview, v3), [LifecycleState.APPROVED, LifecycleState.IN_REVIEW]),
      [v1, inReview],
    );
  });

  it('with a version asked for: its route alone, whatever its weight', () => {
    const v1 = route(100, 1);
    const v3 = route(0, 3);
    assert.deepEqual(routesTakingTraffic(deployment(v1, v3), approved, 3), [v3]);
    assert.deepEqual(routesTakingTraffic(deployment(v1, v3), approved, 1), [v1]);
  });

  it('refuses an unknown version with NOT_FOUND', () => {
    assertRefused(
      () => routesTakingTraffic(deployment(route(100, 1)), approved, 7),
      'NOT_FOUND',
      'No version of deployment "churn" with number "7".',
    );
    assertRefused(
      () => routesTakingTraffic(deployment(), approved, 1),
      'NOT_FOUND',
      'No version of deployment "churn" with number "1".',
    );
  });

  it("answers UNAVAILABLE when no route's version is in the states", () => {
    const message = 'Deployment "churn" has no route with traffic to a version its environment takes.';
    // Every weighted route to a version the environment does not take.
    assertRefused(
      () =>
        routesTakingTraffic(
          deployment(route(50, 1, LifecycleState.IN_REVIEW), route(50, 2, LifecycleState.DRAFT)),
          approved,
        ),
      'UNAVAILABLE',
      message,
    );
    // An available weight-0 route takes no share even then.
    assertRefused(
      () => routesTakingTraffic(deployment(route(100, 1, LifecycleState.DEPRECATED), route(0, 2)), approved),
      'UNAVAILABLE',
      message,
    );
    // The version asked for exists but is not in the states.
    assertRefused(
      () => routesTakingTraffic(deployment(route(100, 1), route(0, 2, LifecycleState.DRAFT)), approved, 2),
      'UNAVAILABLE',
      message,
    );
    // No routes at all, nothing asked for.
    assertRefused(() => routesTakingTraffic(deployment(), approved), 'UNAVAILABLE', message);
  });
});
