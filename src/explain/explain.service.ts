import { performance } from 'node:perf_hooks';
import type { RequestContext } from '../graph/context';
import type { FeatureStatistics } from '../graph/datasets/dataset.entity';
import type { DatasetVersionSubject, TrainingData } from '../serving/training-data';
import { inSpan } from '../telemetry/spans';
import { resolveBaseline, vectorElement } from './baselines';
import { explanationCost } from './cost';
import { explain, isImage, type Explainable, type Explanation } from './explanations';
import { applyLimits } from './limits';
import { BaselineSource, settle, type ExplanationArgs } from './settings';

/**
 * A prediction's explanations as the caller may have them: arguments over the deployment's
 * defaults, cut to the caller's role limits, measured from the resolved baseline, and with what
 * the caller may not see of the training data withheld.
 */
export function explainPrediction(ctx: RequestContext, source: Explainable, args: ExplanationArgs, heatmaps = true): Promise<Explanation[]> {
  return inSpan(ctx.tracer, 'explain', {}, async (span) => {
    const { signature } = source.version;
    const image = isImage(signature);
    const { settings, baselineAsked, baselineValues } = settle(args, source.defaults, image);
    const allowed = applyLimits(ctx.policy.explanations, ctx.identity.roles, settings);
    const training = await ctx.serving.trainingData.of(source.version);
    const baseline = resolveBaseline(allowed.baseline, baselineAsked, signature.inputs, readableStatistics(ctx, training, allowed.baseline, baselineAsked), baselineValues);
    const instances = source.inputs[0]!.shape[0]!;
    const cost = instances * explanationCost(allowed, signature);
    span.setAttributes({ 'modelgate.explain.method': allowed.method, 'modelgate.explain.baseline': baseline.source, 'modelgate.explain.instances': instances, 'modelgate.explain.cost': cost });
    const withheld = withheldFrom(ctx, training);
    const { metrics } = ctx.serving;
    const started = performance.now();
    const explanations = await explain(source, allowed, baseline, heatmaps);
    metrics.explanationSeconds.observe({ method: allowed.method }, (performance.now() - started) / 1000);
    metrics.explanations.inc({ method: allowed.method }, instances);
    metrics.explanationEvaluations.inc({ method: allowed.method }, cost);
    return explanations.map((explanation) => withhold(explanation, withheld));
  });
}

/**
 * The training statistics a baseline may come from: only those of dataset versions the caller may
 * read. Attributions measured from a hidden mean would give it away (they are 0 where the input
 * equals it), so a caller without them gets a baseline it may see: ZERO when the training baseline
 * was only a default, FORBIDDEN when it asked for it.
 */
function readableStatistics(ctx: RequestContext, training: TrainingData, source: BaselineSource, asked: boolean): Map<string, FeatureStatistics> {
  const readable = new Map([...training.statistics].filter(([feature]) => ctx.access.canOn('read', 'DatasetVersion', training.statisticsFrom.get(feature)!)));
  const fromStatistics = source === BaselineSource.TRAINING_MEAN || source === BaselineSource.TRAINING_MEDIAN;
  if (asked && fromStatistics && readable.size < training.statistics.size) {
    throw ctx.access.denied('read', `the training data statistics of this model version (baselineFrom: ${source}); ask for ZERO or give your own baseline values`);
  }
  return readable;
}

/**
 * What the caller may not see: features a training dataset version marks personal or sensitive,
 * where the caller may not read that version's personal-data fields (the rule that hides which
 * columns are personal also hides what they contributed), and their baseline values.
 */
function withheldFrom(ctx: RequestContext, training: TrainingData): Set<string> {
  const mayNotSee = (versions: DatasetVersionSubject[]) => versions.some((version) => !ctx.access.canOn('read', 'DatasetVersion', version, 'piiFields'));
  return new Set([...training.sensitive].filter(([, versions]) => mayNotSee(versions)).map(([feature]) => feature));
}

/**
 * Nulls what is withheld: attributions by their feature's name or their input's (a vector element,
 * an image patch), baseline values by input or vector element; an image with withheld patches
 * loses its heatmap.
 */
function withhold(explanation: Explanation, withheld: Set<string>): Explanation {
  const attributions = explanation.attributions.map((attribution) =>
    withheld.has(attribution.feature) || withheld.has(attribution.input) ? { ...attribution, value: null, redacted: true } : attribution,
  );
  const hideValue = (name: string, value: unknown): unknown => {
    if (withheld.has(name)) return null;
    return Array.isArray(value) ? value.map((element, i) => (withheld.has(vectorElement(name, i)) ? null : element)) : value;
  };
  const baseline = Object.fromEntries(Object.entries(explanation.baseline).map(([name, value]) => [name, hideValue(name, value)]));
  const redacted = attributions.some((attribution) => attribution.redacted);
  return { ...explanation, baseline, attributions, heatmap: redacted ? undefined : explanation.heatmap };
}
