import { createHmac, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { GraphQLError } from 'graphql';
import { ErrorCode, notFound, unavailable } from '../../errors';
import type { Explainable } from '../explanations/explanations';
import type { CallContext } from '../context';
import { DeploymentStatus, Environment } from '../deployments/deployment.entity';
import { statesTakingTraffic } from '../deployments/traffic';
import { pickRoute, routesTakingTraffic } from './routes';
import type { Signature } from '../models/model.entity';
import { authorize } from '../persistence';
import { toGlobalId } from '../relay/global-id';
import { TamperedArtifact } from '../../inference/artifact-store';
import type { InputBatch, OutputBatch } from '../../inference/instances';
import type { Metrics, ServingLabels } from '../../telemetry/metrics';
import { activeTraceId, inSpan } from '../../telemetry/spans';
import type { WorkRates } from '../work-rates';
import type { ResponseSizeLimit } from '../response-size';
import { logsSynchronously } from '../prediction-log/policy';
import type { ModelServer } from '../../inference/model-server';
import type { PredictionLog } from '../prediction-log/writer';
import type { PredictionOutput } from '../models/prediction-output';
import type { RoutingTable, ServedDeployment, ServedVersion } from './routing-table';
import { argmax, rowSize } from '../../inference/shapes';
import { groupsOf, type SensitiveGroups } from './groups';
import { predictionIdOf } from '../prediction-log/prediction-id';

export interface PredictionResult {
  /** The log entry's id: with an instance's index, that instance's prediction id (see prediction-id.ts). */
  id: string;
  deployment: string;
  modelVersionId: string;
  version: number;
  /** The answering version's signature: how its inputs and outputs are named and shaped. */
  signature: Signature;
  outputs: PredictionOutput[];
  /** The model's output tensors as they came, for front doors that answer tensors (the v2 protocol). */
  tensors: OutputBatch[];
  /** Kept for the explanations field, which computes only when selected. */
  explainable: Explainable;
}

/** Sees every answered request after it is logged (drift does), on the request path: it must be cheap. */
export interface AnswerObserver {
  observe(deployment: ServedDeployment, version: ServedVersion, inputs: InputBatch[], output: OutputBatch): void;
}

/** A prediction request as every front door (GraphQL predict, the v2 protocol) hands it over. */
export interface PredictRequest {
  deployment: string;
  /**
   * Checks and packs the request's inputs for a version's signature: the picked route's, and the
   * shadow's. Fields named in `besides` (the version's sensitive features) may come beside the inputs.
   */
  pack: (signature: Signature, besides: ReadonlySet<string>) => InputBatch[];
  /** Each instance's value of a field beside the inputs (a sensitive feature), for front doors whose instances are named fields. */
  valuesBeside?: (field: string) => unknown[];
  /** Checks the rest of the request against the answering version's signature before anything runs (the v2 protocol's outputs); not the shadow's. */
  accept?: (signature: Signature) => void;
  /** Sends the same key to the same route, for sticky canaries. */
  routingKey?: string;
  /** Only the route to this version number may answer (the v2 protocol's /versions/{v}). */
  version?: number;
}

/** What the prediction service is made of (see main.ts). */
export interface PredictionServiceParts {
  server: ModelServer;
  routing: RoutingTable;
  log: PredictionLog;
  /** Told of every answered request (drift). */
  observers: AnswerObserver[];
  metrics: Metrics;
  workRates: WorkRates;
  /** The most instances one request may send (MODELGATE_MAX_INSTANCES). */
  maxInstances: number;
  /**
   * Key of the log's digests of the inputs (MODELGATE_DIGEST_KEY). Keyed, because inputs are few
   * numbers: a plain hash of them is inverted by trying a grid of values.
   */
  digestKey: string;
  /** The most bytes one answer may take (MODELGATE_MAX_RESPONSE_BYTES); each front door charges what it is about to write. */
  responseSize: ResponseSizeLimit;
}

/**
 * Answers predictions for every front door (GraphQL predict, the v2 protocol). Everything it reads
 * comes from memory (the routing table, the caller's ability): no SQL on this path.
 */
export class PredictionService {
  readonly maxInstances: number;
  readonly responseSize: ResponseSizeLimit;

  constructor(private readonly parts: PredictionServiceParts) {
    this.maxInstances = parts.maxInstances;
    this.responseSize = parts.responseSize;
  }

  /** Tells `observer` of every answered request from now on. */
  addObserver(observer: AnswerObserver): void {
    this.parts.observers.push(observer);
  }

  /**
   * Answers a request on a deployment: picks a route by weight, checks and packs the inputs, runs
   * them batched. Everything it reads comes from memory (the routing table, the caller's ability):
   * no SQL on this path.
   */
  predict(ctx: CallContext, request: PredictRequest): Promise<PredictionResult> {
    const name = request.deployment;
    return inSpan('predict', { 'modelgate.deployment': name }, async (span) => {
      const deployment = this.servedDeployment(ctx, name, 'predict');
      const { metrics } = this.parts;
      try {
        const version = pickRoute(
          this.routesTakingTraffic(ctx, deployment, request.version),
          request.routingKey,
        ).version;
        span.setAttribute('modelgate.model_version', version.id);
        request.accept?.(version.signature);
        const inputs = request.pack(version.signature, version.sensitiveFeatures);
        span.setAttribute('modelgate.instances', inputs[0]!.shape[0]!);
        await this.parts.workRates.spend(ctx, inputs[0]!.shape[0]!);
        const labels = labelsOf(deployment, version);
        const started = performance.now();
        const tensors = await this.run(ctx, deployment, version, inputs, labels);
        const latencyMs = performance.now() - started;
        const answers = describeOutputs(version.signature, tensors[0]!);
        const id = randomUUID();
        const groups = groupsOf(version.sensitiveFeatures, inputs, request.valuesBeside);
        // A deployment that logs synchronously answers only what its log has committed.
        const synchronous = logsSynchronously(ctx.access.policy.predictionLog, deployment);
        await this.logPrediction(ctx, id, deployment, version, inputs, answers, groups, latencyMs, false, synchronous);
        for (const observer of this.parts.observers) observer.observe(deployment, version, inputs, tensors[0]!);
        metrics.predictions.inc(labels);
        metrics.predictionSeconds.observe(labels, latencyMs / 1000);
        metrics.instances.inc(labels, inputs[0]!.shape[0]!);
        if (deployment.shadow) void this.shadow(ctx, deployment, deployment.shadow, request);
        return {
          id,
          deployment: name,
          modelVersionId: toGlobalId('ModelVersion', version.id),
          version: version.version,
          signature: version.signature,
          outputs: answers.map((answer, index) => ({ ...answer, predictionId: predictionIdOf(id, index) })),
          tensors,
          explainable: { version, inputs, defaults: deployment.explanationDefaults },
        };
      } catch (error) {
        // Counted for deployments that exist only: a name a client made up is no label.
        metrics.predictionErrors.inc({
          deployment: name,
          code: String((error as GraphQLError).extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR),
        });
        throw error;
      }
    });
  }

  /**
   * The deployment, if the caller may read it (else NOT_FOUND, as if it did not exist) and `action`
   * it (else FORBIDDEN; UNAUTHENTICATED without credentials), and it is active (else UNAVAILABLE).
   */
  servedDeployment(ctx: CallContext, name: string, action: 'read' | 'predict'): ServedDeployment {
    const deployment = this.deploymentFor(ctx, name, action);
    if (deployment.status !== DeploymentStatus.ACTIVE)
      throw unavailable(`Deployment "${name}" is ${deployment.status} and answers no predictions.`);
    return deployment;
  }

  /** The deployment, active or not, if the caller may read it (else NOT_FOUND) and `action` it (else FORBIDDEN). */
  deploymentFor(ctx: CallContext, name: string, action: 'read' | 'predict'): ServedDeployment {
    if (!ctx.access.can(action, 'Deployment')) throw ctx.access.denied(action, 'deployments');
    const deployment = this.parts.routing.get(name);
    if (!deployment || !ctx.access.canOn('read', 'Deployment', deployment)) throw notFound('deployment', name, 'name');
    authorize(ctx, action, 'Deployment', deployment, `deployment "${name}"`);
    return deployment;
  }

  /** The routes that may answer a request on `deployment` (see routes.ts), by the caller's policy. */
  routesTakingTraffic(ctx: CallContext, deployment: ServedDeployment, version?: number): ServedDeployment['routes'] {
    const { stagingStates } = ctx.access.policy.gates.deployments;
    return routesTakingTraffic(deployment, statesTakingTraffic(deployment.environment, stagingStates), version);
  }

  private async run(
    ctx: CallContext,
    deployment: ServedDeployment,
    version: ServedVersion,
    inputs: InputBatch[],
    labels: ServingLabels,
  ): Promise<OutputBatch[]> {
    try {
      return await this.parts.server.predict(
        deployment.id,
        version.artifact.sha256,
        deployment.batching,
        inputs,
        labels,
        `${ctx.identity.kind}:${ctx.identity.subject}`,
      );
    } catch (error) {
      if (error instanceof TamperedArtifact) {
        ctx.logger.error({ err: error, artifact: version.artifact.sha256 }, 'refused a tampered artifact');
        throw unavailable(
          `The model artifact of version ${version.version} failed its integrity check; the gateway refuses to load it.`,
        );
      }
      throw error;
    }
  }

  /** A copy of the request for the shadow version: answered in the background, logged, never returned. */
  private async shadow(
    ctx: CallContext,
    deployment: ServedDeployment,
    version: ServedVersion,
    request: PredictRequest,
  ): Promise<void> {
    try {
      // A shadow takes what staging takes, whatever the deployment's environment.
      if (
        !statesTakingTraffic(Environment.STAGING, ctx.access.policy.gates.deployments.stagingStates).includes(
          version.state,
        )
      )
        return;
      const inputs = request.pack(version.signature, version.sensitiveFeatures);
      const started = performance.now();
      const outputs = await this.run(ctx, deployment, version, inputs, labelsOf(deployment, version));
      this.logPrediction(
        ctx,
        randomUUID(),
        deployment,
        version,
        inputs,
        describeOutputs(version.signature, outputs[0]!),
        groupsOf(version.sensitiveFeatures, inputs, request.valuesBeside),
        performance.now() - started,
        true,
      );
    } catch (error) {
      ctx.logger.warn(
        { err: error, deployment: deployment.name },
        'shadow prediction failed; the caller was answered by the primary route',
      );
    }
  }

  /**
   * Queues the prediction for the log: the packed inputs, or only their digest (an HMAC under the
   * gateway's digest key, so equal inputs match within the fleet and nobody without the key can
   * search for them) when the training data holds personal data. `synchronous`: resolves once the
   * database has committed it.
   */
  private logPrediction(
    ctx: CallContext,
    id: string,
    deployment: ServedDeployment,
    version: ServedVersion,
    inputs: InputBatch[],
    outputs: PredictionOutput[],
    groups: SensitiveGroups | null,
    latencyMs: number,
    isShadow: boolean,
    synchronous = false,
  ): Promise<void> | undefined {
    const packed = Buffer.concat(
      inputs.map(({ values }) => Buffer.from(values.buffer, values.byteOffset, values.byteLength)),
    );
    const entry = {
      id,
      deploymentId: deployment.id,
      modelVersionId: version.id,
      shadow: isShadow,
      latencyMs,
      caller: ctx.identity.subject,
      requestId: ctx.requestId,
      traceId: activeTraceId(),
      inputs: version.personal ? null : packed,
      instanceCount: inputs[0]!.shape[0]!,
      instancesSha256: createHmac('sha256', this.parts.digestKey).update(packed).digest('hex'),
      outputs,
      callerTeams: ctx.identity.teamIds,
      groups,
    };
    if (synchronous) return this.parts.log.recordCommitted(entry);
    this.parts.log.record(entry);
  }
}

const labelsOf = (deployment: ServedDeployment, version: ServedVersion): ServingLabels => ({
  deployment: deployment.name,
  version: String(version.version),
});

/** One answer per instance: a label and scores for classifiers, a value for single-output regressors. */
function describeOutputs(signature: Signature, output: OutputBatch): PredictionOutput[] {
  const count = output.shape[0]!;
  const width = rowSize(output.shape);
  return Array.from({ length: count }, (_, row) => {
    const values = [...output.values.subarray(row * width, (row + 1) * width)];
    if (signature.classLabels.length === width) {
      return { label: signature.classLabels[argmax(values)], scores: values };
    }
    return width === 1 ? { value: values[0] } : { scores: values };
  });
}
