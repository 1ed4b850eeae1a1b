import { createHash } from 'node:crypto';
import { unavailable } from '../errors';
import type { RequestContext } from '../graph/context';
import { Deployment, DeploymentRoute, DeploymentStatus } from '../graph/deployments/deployment.entity';
import type { ModelVersion, Signature } from '../graph/models/model.entity';
import { authorize, findReadable } from '../graph/persistence';
import { toGlobalId } from '../graph/relay/global-id';
import { TamperedArtifact } from './artifact-store';
import { packInstances } from './instances';
import type { OutputBatch } from './worker';

export interface PredictionOutput {
  label?: string;
  scores?: number[];
  value?: number;
}

export interface PredictionResult {
  deployment: string;
  modelVersionId: string;
  version: number;
  outputs: PredictionOutput[];
}

/** Answers instances on a deployment: picks a route by weight, checks the instances, runs them batched. */
export async function predict(ctx: RequestContext, name: string, instances: unknown[], routingKey: string | undefined): Promise<PredictionResult> {
  const deployment = await findReadable(ctx, Deployment, { name }, name, 'name');
  authorize(ctx, 'predict', 'Deployment', deployment, `deployment "${name}"`);
  if (deployment.status !== DeploymentStatus.ACTIVE) throw unavailable(`Deployment "${name}" is ${deployment.status} and answers no predictions.`);
  const routes = await ctx.em.find(DeploymentRoute, { deployment, weight: { $gt: 0 } }, { populate: ['modelVersion'], orderBy: { id: 'asc' } });
  if (routes.length === 0) throw unavailable(`Deployment "${name}" has no route with traffic.`);
  const version = pickRoute(routes, routingKey).modelVersion as ModelVersion;
  const inputs = packInstances(version.signature, instances, ctx.serving.maxInstances);
  let outputs: OutputBatch[];
  try {
    outputs = await ctx.serving.server.predict(deployment.id, version.artifact.sha256, deployment.batching, inputs);
  } catch (error) {
    if (error instanceof TamperedArtifact) {
      ctx.logger.error({ err: error, artifact: version.artifact.sha256 }, 'refused a tampered artifact');
      throw unavailable(`The model artifact of version ${version.version} failed its integrity check; the gateway refuses to load it.`);
    }
    throw error;
  }
  return { deployment: name, modelVersionId: toGlobalId('ModelVersion', version.id), version: version.version, outputs: describeOutputs(version.signature, outputs[0]!) };
}

/**
 * Canary routing: a route's share of requests follows its weight. With a routing key the choice
 * is sticky (the key's hash picks the bucket), else random.
 */
export function pickRoute<T extends { weight: number }>(routes: T[], routingKey: string | undefined): T {
  const total = routes.reduce((sum, route) => sum + route.weight, 0);
  const point = routingKey === undefined ? Math.random() * total : createHash('sha256').update(routingKey).digest().readUInt32BE(0) % total;
  let upTo = 0;
  for (const route of routes) {
    upTo += route.weight;
    if (point < upTo) return route;
  }
  return routes.at(-1)!;
}

/** One answer per instance: a label and scores for classifiers, a value for single-output regressors. */
function describeOutputs(signature: Signature, output: OutputBatch): PredictionOutput[] {
  const [count, ...rest] = output.shape;
  const width = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: count! }, (_, row) => {
    const values = [...output.values.subarray(row * width, (row + 1) * width)];
    if (signature.classLabels.length === width) {
      const best = values.indexOf(Math.max(...values));
      return { label: signature.classLabels[best], scores: values };
    }
    return width === 1 ? { value: values[0] } : { scores: values };
  });
}
