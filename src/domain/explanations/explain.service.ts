import { performance } from 'node:perf_hooks';
import { badInput, failedPrecondition } from '../../errors';
import type { CallContext } from '../context';
import type { Signature } from '../models/model.entity';
import type { FeatureStatistics } from '../datasets/dataset.entity';
import { findNode } from '../persistence';
import { inferenceBudget, overBudget } from '../limits';
import { instanceOf } from '../../inference/instances';
import { PredictionLogEntry } from '../prediction-log/prediction-log.entity';
import { InstancesWithheld } from '../prediction-log/prediction-log.inputs';
import { PredictionLogService } from '../prediction-log/prediction-log.service';
import { featuresWithheld, TrainingDataCache, type TrainingData } from '../experiments/training-data';
import { ModelServer } from '../../inference/model-server';
import { Metrics } from '../../telemetry/metrics';
import { injectable } from 'tsyringe';
import { WorkRates } from '../work-rates';
import { explanationBytes, ResponseSizeLimit } from '../response-size';
import { inSpan } from '../../telemetry/spans';
import { resolveBaseline, vectorElement } from './baselines';
import { explainerOf } from '../../inference/explainers';
import { explain, isImage, type Explainable, type Explanation } from './explanations';
import { applyLimits } from './limits';
import { BaselineSource, settle, type ExplanationArgs, type ExplanationSettings } from '../explanation-settings';

/** Explanations of predictions: now, as predict's explanations field, or again, from the prediction log. */
@injectable()
export class ExplanationService {
  constructor(
    private readonly server: ModelServer,
    private readonly trainingData: TrainingDataCache,
    private readonly metrics: Metrics,
    private readonly log: PredictionLogService,
    private readonly workRates: WorkRates,
    private readonly responseSize: ResponseSizeLimit,
  ) {}

  /**
   * A prediction's explanations as the caller may have them: arguments over the deployment's
   * defaults, cut to the caller's role limits, measured from the resolved baseline, and with what
   * the caller may not see of the training data withheld.
   */
  explainPrediction(
    ctx: CallContext,
    source: Explainable,
    args: ExplanationArgs,
    heatmaps = true,
  ): Promise<Explanation[]> {
    return inSpan('explain', {}, async (span) => {
      const { signature } = source.version;
      const image = isImage(signature);
      const { settings, baselineAsked, baselineValues } = settle(args, source.defaults, image);
      const allowed = applyLimits(ctx.access.policy.explanations, ctx.identity.roles, settings);
      const training = await this.trainingData.of(source.version);
      // A method whose attributions do not depend on the baseline is not refused for one: it gets what ZERO would.
      const baselineMatters = baselineAsked && explainerOf(allowed.method).usesBaseline;
      const baseline = resolveBaseline(
        allowed.baseline,
        baselineMatters,
        signature.inputs,
        readableStatistics(ctx, training, allowed.baseline, baselineMatters),
        baselineValues,
      );
      const instances = source.inputs[0]!.shape[0]!;
      const cost = instances * explainerOf(allowed.method).cost(allowed, signature);
      span.setAttributes({
        'modelgate.explain.method': allowed.method,
        'modelgate.explain.baseline': baseline.source,
        'modelgate.explain.instances': instances,
        'modelgate.explain.cost': cost,
      });
      await this.workRates.spend(ctx, cost);
      const withheld = featuresWithheld(ctx.access, training);
      const { metrics } = this;
      const started = performance.now();
      const explanations = await explain(this.server, source, allowed, baseline, heatmaps);
      metrics.explanationSeconds.observe({ method: allowed.method }, (performance.now() - started) / 1000);
      metrics.explanations.inc({ method: allowed.method }, instances);
      metrics.explanationEvaluations.inc({ method: allowed.method }, cost);
      const answered = explanations.map((explanation) => withhold(explanation, withheld));
      // Refused before GraphQL writes them: attributions per patch and heatmaps add up fast.
      this.responseSize.charge(
        ctx,
        explanationBytes(answered),
        `${answered.length} explanations${heatmaps && image ? ' with heatmaps' : ''}`,
        image
          ? 'Send fewer instances a request, explain with larger patches, or leave heatmap out of the selection.'
          : 'Send fewer instances a request.',
      );
      return answered;
    });
  }

  /**
   * Explains a logged prediction again: its stored inputs, unpacked, on the very version that
   * answered (loaded from its artifact if no deployment serves it now), with the deployment's
   * defaults, the caller's role limits and the redaction of explainPrediction. The work is charged
   * to the request's inference budget before any of it runs. `instance` picks one instance.
   */
  async explainLoggedPrediction(
    ctx: CallContext,
    id: string,
    args: ExplanationArgs,
    instance: number | undefined,
    heatmaps: boolean,
  ): Promise<Explanation[]> {
    const logged = await this.log.loggedPrediction(ctx, await findNode(ctx, PredictionLogEntry, 'id', id));
    const inputs = await this.log.loggedInputs(ctx, logged);
    if ('withheld' in inputs) {
      if (inputs.withheld === InstancesWithheld.DIGEST_ONLY) {
        throw failedPrecondition(
          "Only a digest of this prediction's instances was kept (its model version's training data holds personal data), so it cannot be explained again; ask for explanations when predicting: predict { explanations }.",
        );
      }
      const why =
        inputs.withheld === InstancesWithheld.PERSONAL_DATA ? ', some of them personal or sensitive features,' : '';
      throw ctx.access.denied('read', `the instances of this logged prediction${why} which explaining it again needs`);
    }
    const count = logged.entry.instanceCount;
    if (instance != null && (instance < 0 || instance >= count))
      throw badInput('instance', `must be between 0 and ${count - 1}: the prediction answered ${count} instance(s).`);
    const batches = instance == null ? inputs.batches : instanceOf(inputs.batches, instance);
    const { version, deployment } = logged;
    const defaults = deployment?.explanationDefaults ?? {};
    const settled = settledFor(ctx, version.signature, args, defaults);
    chargeInference(ctx, (instance == null ? count : 1) * explainerOf(settled.method).cost(settled, version.signature));
    const training = await this.trainingData.of(version);
    const served = {
      id: version.id,
      version: version.version,
      state: version.lifecycleState,
      signature: version.signature,
      artifact: { sha256: version.artifact.sha256 },
      run: version.run ? { id: version.run.id } : undefined,
      personal: training.personal,
    };
    return this.explainPrediction(ctx, { version: served, inputs: batches, defaults }, args, heatmaps);
  }
}

/**
 * The training statistics a baseline may come from: only those of dataset versions the caller may
 * read. Attributions measured from a hidden mean would give it away (they are 0 where the input
 * equals it), so a caller without them gets a baseline it may see: ZERO when the training baseline
 * was only a default, FORBIDDEN when it asked for it.
 */
function readableStatistics(
  ctx: CallContext,
  training: TrainingData,
  source: BaselineSource,
  asked: boolean,
): Map<string, FeatureStatistics> {
  const readable = new Map(
    [...training.statistics].filter(([feature]) =>
      ctx.access.canOn('read', 'DatasetVersion', training.statisticsFrom.get(feature)!),
    ),
  );
  const fromStatistics = source === BaselineSource.TRAINING_MEAN || source === BaselineSource.TRAINING_MEDIAN;
  if (asked && fromStatistics && readable.size < training.statistics.size) {
    throw ctx.access.denied(
      'read',
      `the training data statistics of this model version (baselineFrom: ${source}); ask for ZERO or give your own baseline values`,
    );
  }
  return readable;
}

/**
 * Nulls what is withheld: attributions by their feature's name or their input's (a vector element,
 * an image patch), baseline values by input or vector element; an image with withheld patches
 * loses its heatmap.
 */
function withhold(explanation: Explanation, withheld: Set<string>): Explanation {
  const attributions = explanation.attributions.map((attribution) =>
    withheld.has(attribution.feature) || withheld.has(attribution.input)
      ? { ...attribution, value: null, redacted: true }
      : attribution,
  );
  const hideValue = (name: string, value: unknown): unknown => {
    if (withheld.has(name)) return null;
    return Array.isArray(value)
      ? value.map((element, i) => (withheld.has(vectorElement(name, i)) ? null : element))
      : value;
  };
  const baseline = Object.fromEntries(
    Object.entries(explanation.baseline).map(([name, value]) => [name, hideValue(name, value)]),
  );
  const redacted = attributions.some((attribution) => attribution.redacted);
  return { ...explanation, baseline, attributions, heatmap: redacted ? undefined : explanation.heatmap };
}

/** Inference work each request's explainPrediction fields were charged: aliases add up against one budget. */
const charged = new WeakMap<CallContext, number>();

function chargeInference(ctx: CallContext, cost: number): void {
  const total = (charged.get(ctx) ?? 0) + cost;
  const budget = inferenceBudget(ctx.access.policy.limits, ctx.identity.roles);
  if (total > budget) throw overBudget(total, budget);
  charged.set(ctx, total);
}

/** An explanation request's settings as they will run on `signature`: arguments over defaults, cut to the caller's role limits. */
export function settledFor(
  ctx: CallContext,
  signature: Signature,
  args: ExplanationArgs,
  defaults: ExplanationArgs,
): ExplanationSettings {
  return applyLimits(
    ctx.access.policy.explanations,
    ctx.identity.roles,
    settle(args, defaults, isImage(signature)).settings,
  );
}
