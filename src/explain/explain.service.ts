import { SpanStatusCode } from '@opentelemetry/api';
import type { RequestContext } from '../graph/context';
import type { DatasetVersionSubject, TrainingData } from '../serving/training-data';
import { resolveBaseline, vectorElement, type Baseline } from './baselines';
import { explain, isImage, type Explainable, type Explanation } from './explanations';
import { applyLimits } from './limits';
import { BaselineSource, settle, type ExplanationArgs } from './settings';

/**
 * A prediction's explanations as the caller may have them: arguments over the deployment's
 * defaults, cut to the caller's role limits, measured from the resolved baseline, and with what
 * the caller may not see of the training data withheld.
 */
export function explainPrediction(ctx: RequestContext, source: Explainable, args: ExplanationArgs, heatmaps = true): Promise<Explanation[]> {
  return ctx.tracer.startActiveSpan('explain', async (span) => {
    try {
      const { signature } = source.version;
      const image = isImage(signature);
      const { settings, baselineAsked } = settle(args, source.defaults, image);
      const allowed = applyLimits(ctx.policy.explanations, ctx.identity.roles, settings);
      const training = await ctx.serving.trainingData.of(source.version);
      const baseline = resolveBaseline(allowed.baseline, baselineAsked, signature.inputs, training.statistics, args.baselineValues);
      span.setAttributes({ 'modelgate.explain.method': allowed.method, 'modelgate.explain.baseline': baseline.source });
      const withheld = withheldFrom(ctx, training, baseline);
      return (await explain(source, allowed, baseline, heatmaps)).map((explanation) => withhold(explanation, withheld));
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

interface Withheld {
  /** Features whose attributions the caller may not see. */
  attributions: Set<string>;
  /** Features whose baseline values the caller may not see. */
  baseline: Set<string>;
}

/**
 * What the caller may not see. Attributions: features a training dataset version marks personal
 * or sensitive, where the caller may not read that version's personal-data fields (the rule that
 * hides which columns are personal also hides what they contributed). Baseline values: those
 * features, and training statistics from dataset versions the caller may not read at all.
 */
function withheldFrom(ctx: RequestContext, training: TrainingData, baseline: Baseline): Withheld {
  const mayNotSee = (versions: DatasetVersionSubject[]) => versions.some((version) => !ctx.access.canOn('read', 'DatasetVersion', version, 'piiFields'));
  const attributions = new Set([...training.sensitive].filter(([, versions]) => mayNotSee(versions)).map(([feature]) => feature));
  const fromStatistics = baseline.source === BaselineSource.TRAINING_MEAN || baseline.source === BaselineSource.TRAINING_MEDIAN;
  const unreadable = fromStatistics ? [...training.statisticsFrom].filter(([, version]) => !ctx.access.canOn('read', 'DatasetVersion', version)).map(([feature]) => feature) : [];
  return { attributions, baseline: new Set([...attributions, ...unreadable]) };
}

/**
 * Nulls what is withheld: attributions by their feature's name or their input's (a vector element,
 * an image patch), baseline values by input or vector element; an image with withheld patches
 * loses its heatmap.
 */
function withhold(explanation: Explanation, withheld: Withheld): Explanation {
  const attributions = explanation.attributions.map((attribution) =>
    withheld.attributions.has(attribution.feature) || withheld.attributions.has(attribution.input) ? { ...attribution, value: null, redacted: true } : attribution,
  );
  const hideValue = (name: string, value: unknown): unknown => {
    if (withheld.baseline.has(name)) return null;
    return Array.isArray(value) ? value.map((element, i) => (withheld.baseline.has(vectorElement(name, i)) ? null : element)) : value;
  };
  const baseline = Object.fromEntries(Object.entries(explanation.baseline).map(([name, value]) => [name, hideValue(name, value)]));
  const redacted = attributions.some((attribution) => attribution.redacted);
  return { ...explanation, baseline, attributions, heatmap: redacted ? undefined : explanation.heatmap };
}
