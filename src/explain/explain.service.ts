import type { RequestContext } from '../graph/context';
import { trainingDataOf, type TrainingData } from '../serving/training-data';
import { resolveBaseline } from './baselines';
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
  const { settings, baselineAsked } = settle(args, source.defaults, isImage(signature));
  const allowed = applyLimits(ctx.policy.explanations, ctx.identity.roles, settings);
  const training = await trainingDataOf(ctx, source.version);
  const names = signature.inputs.map((input) => input.name);
  const baseline = resolveBaseline(allowed.baseline, baselineAsked, names, training.statistics, args.baselineValues);
  const explanations = await explain(source, allowed, baseline);
  const hidden = hiddenInputs(ctx, training, names);
  return hidden.size === 0 ? explanations : explanations.map((explanation) => redact(explanation, hidden, isImage(signature) ? names[0] : undefined));
}

/**
 * Inputs that a training dataset version marks personal or sensitive, where the caller may not
 * read that version's personal-data fields: the rule that hides which columns are personal also
 * hides what they contributed.
 */
function hiddenInputs(ctx: RequestContext, training: TrainingData, names: string[]): Set<string> {
  const hidden = (name: string) => (training.sensitive.get(name) ?? []).some((version) => !ctx.access.canOn('read', 'DatasetVersion', version, 'piiFields'));
  return new Set(names.filter(hidden));
}

/** Withholds the attributions (and baseline values) of hidden inputs; an image's patches all belong to its one input. */
function redact(explanation: Explanation, hidden: Set<string>, imageInput: string | undefined): Explanation {
  const isHidden = (feature: string) => hidden.has(imageInput ?? feature);
  return {
    ...explanation,
    baseline: Object.fromEntries(Object.entries(explanation.baseline).filter(([name]) => !hidden.has(name))),
    attributions: explanation.attributions.map((attribution) => (isHidden(attribution.feature) ? { feature: attribution.feature, value: null, redacted: true } : attribution)),
    heatmap: imageInput ? undefined : explanation.heatmap,
  };
}
