import type { RequestContext } from '../graph/context';
import { trainingDataOf, type DatasetVersionSubject, type TrainingData } from '../serving/training-data';
import { resolveBaseline, vectorElement } from './baselines';
import { explain, isImage, type Explainable, type Explanation } from './explanations';
import { applyLimits } from './limits';
import { settle, type ExplanationArgs } from './settings';

/**
 * A prediction's explanations as the caller may have them: arguments over the deployment's
 * defaults, cut to the caller's role limits, measured from the resolved baseline, and with the
 * shares of sensitive features withheld from callers who may not see them.
 */
export async function explainPrediction(ctx: RequestContext, source: Explainable, args: ExplanationArgs): Promise<Explanation[]> {
  const { signature } = source.version;
  const image = isImage(signature);
  const { settings, baselineAsked } = settle(args, source.defaults, image);
  const allowed = applyLimits(ctx.policy.explanations, ctx.identity.roles, settings);
  const training = await trainingDataOf(ctx, source.version);
  const baseline = resolveBaseline(allowed.baseline, baselineAsked, signature.inputs, image, training.statistics, args.baselineValues);
  const hidden = hiddenFeatures(ctx, training);
  return ctx.tracer.startActiveSpan('explain', { attributes: { 'modelgate.explain.method': allowed.method, 'modelgate.explain.baseline': baseline.source } }, async (span) => {
    try {
      return (await explain(source, allowed, baseline)).map((explanation) => redact(explanation, hidden));
    } finally {
      span.end();
    }
  });
}

/**
 * Features that a training dataset version marks personal or sensitive, where the caller may not
 * read that version's personal-data fields: the rule that hides which columns are personal also
 * hides what they contributed.
 */
function hiddenFeatures(ctx: RequestContext, training: TrainingData): Set<string> {
  const mayNotSee = ([, versions]: [string, DatasetVersionSubject[]]) => versions.some((version) => !ctx.access.canOn('read', 'DatasetVersion', version, 'piiFields'));
  return new Set([...training.sensitive].filter(mayNotSee).map(([feature]) => feature));
}

/**
 * Withholds the attributions of hidden features (by their own name, or their input's: a vector
 * element or an image patch) and the baseline values of hidden inputs; an image whose input is
 * hidden loses its heatmap. Nothing hidden, nothing changes.
 */
function redact(explanation: Explanation, hidden: Set<string>): Explanation {
  const attributions = explanation.attributions.map((attribution) =>
    hidden.has(attribution.feature) || hidden.has(attribution.input) ? { ...attribution, value: null, redacted: true } : attribution,
  );
  if (!attributions.some((attribution) => attribution.redacted)) return explanation;
  return {
    ...explanation,
    baseline: Object.fromEntries(
      Object.entries(explanation.baseline)
        .filter(([name]) => !hidden.has(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value.map((element, i) => (hidden.has(vectorElement(name, i)) ? null : element)) : value]),
    ),
    attributions,
    heatmap: undefined,
  };
}
