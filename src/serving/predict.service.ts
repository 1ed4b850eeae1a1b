import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { unavailable } from '../errors';
import type { RequestContext } from '../graph/context';
import { Deployment, DeploymentRoute, DeploymentStatus } from '../graph/deployments/deployment.entity';
import { ModelVersion, type Signature } from '../graph/models/model.entity';
import { canonicalJson } from '../graph/audit/audit-chain';
import { authorize, findReadable } from '../graph/persistence';
import { toGlobalId } from '../graph/relay/global-id';
import type { Explainable } from '../explain/explanations';
import { TamperedArtifact } from './artifact-store';
import { packInstances } from './instances';
import { trainingDataOf } from './training-data';
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
  /** Kept for the explanations field, which computes only when selected. */
  explainable: Explainable;
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
  const started = performance.now();
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
  const answers = describeOutputs(version.signature, outputs[0]!);
  await logPrediction(ctx, deployment, version, instances, answers, performance.now() - started, false);
  if (deployment.shadowVersion) void shadow(ctx, deployment, deployment.shadowVersion.id, instances);
  return {
    deployment: name,
    modelVersionId: toGlobalId('ModelVersion', version.id),
    version: version.version,
    outputs: answers,
    explainable: { server: ctx.serving.server, version, inputs, defaults: deployment.explanationDefaults },
  };
}

/** A copy of the request for the shadow version: answered in the background, logged, never returned. */
async function shadow(ctx: RequestContext, deployment: Deployment, shadowId: string, instances: unknown[]): Promise<void> {
  try {
    const version = await ctx.em.fork().findOneOrFail(ModelVersion, shadowId);
    const started = performance.now();
    const outputs = await ctx.serving.server.predict(deployment.id, version.artifact.sha256, deployment.batching, packInstances(version.signature, instances, ctx.serving.maxInstances));
    await logPrediction(ctx, deployment, version, instances, describeOutputs(version.signature, outputs[0]!), performance.now() - started, true);
  } catch (error) {
    ctx.logger.warn({ err: error, deployment: deployment.name }, 'shadow prediction failed; the caller was answered by the primary route');
  }
}

/** Queues the prediction for the log; the instances themselves only when no training data holds personal data. */
async function logPrediction(ctx: RequestContext, deployment: Deployment, version: ModelVersion, instances: unknown[], outputs: PredictionOutput[], latencyMs: number, isShadow: boolean): Promise<void> {
  const { personal } = await trainingDataOf(ctx, version);
  ctx.serving.log.record({
    deploymentId: deployment.id,
    modelVersionId: version.id,
    shadow: isShadow,
    latencyMs,
    caller: ctx.identity.subject,
    requestId: ctx.requestId,
    traceId: ctx.traceId,
    instances: personal ? null : instances,
    instancesSha256: createHash('sha256').update(canonicalJson(instances)).digest('hex'),
    outputs,
  });
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
