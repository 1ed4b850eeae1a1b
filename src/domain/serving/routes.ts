import { createHash } from 'node:crypto';
import { notFound, unavailable } from '../../errors';
import type { ServedDeployment } from './routing-table';

type Route = ServedDeployment['routes'][number];

/**
 * The routes that may answer: those to versions in `states` (statesTakingTraffic). Without a
 * version asked for, only routes with weight: a weight-0 route takes no share of traffic, even when
 * every weighted route is unavailable. With one (the v2 protocol's /versions/{v}), its route alone,
 * whatever its weight: a candidate can be tried by name before it gets a share.
 */
export function routesTakingTraffic(
  deployment: Pick<ServedDeployment, 'name' | 'routes'>,
  states: readonly string[],
  version?: number,
): Route[] {
  const routed =
    version === undefined
      ? deployment.routes.filter((route) => route.weight > 0)
      : deployment.routes.filter((route) => route.version.version === version);
  if (version !== undefined && routed.length === 0)
    throw notFound(`version of deployment "${deployment.name}"`, String(version), 'number');
  const routes = routed.filter((route) => states.includes(route.version.state));
  if (routes.length === 0)
    throw unavailable(`Deployment "${deployment.name}" has no route with traffic to a version its environment takes.`);
  return routes;
}

/**
 * Canary routing: a route's share of requests follows its weight. With a routing key the choice
 * is sticky (the key's hash picks the bucket), else random. Routes of no weight at all (one version
 * asked for by number) share equally.
 */
export function pickRoute<T extends { weight: number }>(routes: T[], routingKey: string | undefined): T {
  const weights = routes.map((route) => Math.max(0, route.weight));
  const weighted = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weighted > 0 ? weights : weights.map(() => 1);
  const total = weighted > 0 ? weighted : routes.length;
  const point =
    routingKey === undefined
      ? Math.random() * total
      : createHash('sha256').update(routingKey).digest().readUInt32BE(0) % total;
  let upTo = 0;
  for (const [index, route] of routes.entries()) {
    upTo += shares[index]!;
    if (point < upTo) return route;
  }
  return routes.at(-1)!;
}
