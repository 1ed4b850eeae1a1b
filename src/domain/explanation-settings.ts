import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../errors';
import { ExplanationMethod } from '../inference/explainers/methods';

export { ExplanationMethod };
registerEnumType(ExplanationMethod, {
  name: 'ExplanationMethod',
  description:
    'How attributions are computed. Each costs inference work per instance, charged to your inference budget (policies/limits.yaml).',
  valuesConfig: {
    INTEGRATED_GRADIENTS: {
      description:
        'Integrated gradients: gradients averaged along the straight path from the baseline to the input, times their difference. Tabular models; costs steps + 2.',
    },
    GRADIENT_X_INPUT: {
      description:
        'The gradient at the input times the input: cheap, and its attributions do not depend on the baseline. Tabular models; costs 2.',
    },
    KERNEL_SHAP: {
      description:
        'KernelSHAP: Shapley values estimated from seeded samples of feature coalitions. Tabular models; costs samples × features².',
    },
    OCCLUSION: {
      description:
        "Hides each square patch of an image in turn (filled with the baseline number) and measures how much the predicted class's output drops. Image models only; costs patches + 1.",
    },
  },
});

export enum BaselineSource {
  TRAINING_MEAN = 'TRAINING_MEAN',
  TRAINING_MEDIAN = 'TRAINING_MEDIAN',
  ZERO = 'ZERO',
  CUSTOM = 'CUSTOM',
}
registerEnumType(BaselineSource, {
  name: 'BaselineSource',
  description: 'Where the point that attributions are measured from comes from.',
  valuesConfig: {
    TRAINING_MEAN: { description: "Each feature's mean in the reference statistics of the version's training data." },
    TRAINING_MEDIAN: {
      description:
        "Each feature's median (its 0.5 quantile) in the reference statistics of the version's training data.",
    },
    ZERO: { description: 'Zero for every feature (black, for images).' },
    CUSTOM: { description: "The caller's own values, given as `baseline`." },
  },
});

export const MAX_STEPS = 256;
export const MAX_SAMPLES = 4096;
export const MAX_PATCH = 16;

/** How a deployment explains by default; each is optional, and a caller may override it within its role's limits. */
@ObjectType({ description: "A deployment's explanation defaults; what is left out takes the gateway's default." })
@InputType('ExplanationDefaultsInput', {
  description: "A deployment's explanation defaults; what is left out takes the gateway's default.",
})
export class ExplanationDefaults {
  @Field(() => ExplanationMethod, {
    nullable: true,
    description:
      'Gateway default: OCCLUSION for image models, INTEGRATED_GRADIENTS otherwise; also used when this method does not fit the answering model (OCCLUSION is for images only).',
  })
  method?: ExplanationMethod;

  @Field(() => Int, {
    nullable: true,
    description: `Integrated gradients' interpolation steps, 1 to ${MAX_STEPS}; gateway default 32.`,
  })
  steps?: number;

  @Field(() => Int, {
    nullable: true,
    description: `KernelSHAP's coalitions, 1 to ${MAX_SAMPLES}; gateway default 256.`,
  })
  samples?: number;

  @Field(() => Int, { nullable: true, description: "KernelSHAP's sampling seed; gateway default 42." })
  seed?: number;

  @Field(() => Int, {
    nullable: true,
    description: `OCCLUSION's square patch in pixels, 1 to ${MAX_PATCH}; gateway default 2.`,
  })
  patch?: number;

  @Field(() => BaselineSource, {
    nullable: true,
    description:
      'Gateway default: TRAINING_MEAN. A training statistic the data lacks for some input, or one the caller may not read, falls back to ZERO (the answer says so). CUSTOM takes `baselineValues`.',
  })
  baseline?: BaselineSource;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "With baseline: CUSTOM, the deployment's own baseline, per input (a number, a list for a feature vector, the fill number for an image): callers who may not read the training data are explained from it too.",
  })
  baselineValues?: unknown;
}

/** An explanation request with every parameter settled. */
export interface ExplanationSettings {
  method: ExplanationMethod;
  steps: number;
  samples: number;
  seed: number;
  patch: number;
  baseline: BaselineSource;
}

/** What a caller may set per request: what a deployment may default, its own baseline values included. */
export type ExplanationArgs = ExplanationDefaults;

/** The arguments of every field that explains (predict's explanations, explainPrediction), as GraphQL names them. */
@ArgsType()
export class ExplanationRequestArgs {
  @Field(() => ExplanationMethod, {
    nullable: true,
    description:
      "Default: the deployment's, else OCCLUSION for image models and INTEGRATED_GRADIENTS otherwise. FORBIDDEN when your roles may not use it.",
  })
  method?: ExplanationMethod;
  @Field(() => Int, { nullable: true, description: `Integrated gradients' interpolation steps, 1 to ${MAX_STEPS}.` })
  steps?: number;
  @Field(() => BaselineSource, {
    nullable: true,
    description: 'Where the baseline comes from; CUSTOM when baseline values are given.',
  })
  baselineFrom?: BaselineSource;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'Your own baseline, per input: a number for a scalar feature, a list for a feature vector, the fill number for an image.',
  })
  baseline?: unknown;
  @Field(() => Int, { nullable: true, description: `KernelSHAP's coalitions, 1 to ${MAX_SAMPLES}.` }) samples?: number;
  @Field(() => Int, { nullable: true, description: "KernelSHAP's sampling seed." }) seed?: number;
  @Field(() => Int, { nullable: true, description: `OCCLUSION's square patch, 1 to ${MAX_PATCH} pixels.` })
  patch?: number;
}

/** GraphQL's explanation arguments as the explain service takes them. */
export function explanationArgs({
  method,
  steps,
  baselineFrom,
  baseline,
  samples,
  seed,
  patch,
}: ExplanationRequestArgs): ExplanationArgs {
  return { method, steps, samples, seed, patch, baseline: baselineFrom, baselineValues: baseline };
}

/** Ranges every explanation parameter must be in, wherever it was set; `prefix` names the argument path. */
export function checkExplanationDefaults(prefix: string, settings: ExplanationDefaults): void {
  const inRange = (key: 'steps' | 'samples' | 'patch', max: number) => {
    const value = settings[key];
    if (value != null && (value < 1 || value > max))
      throw badInput(`${prefix}${key}`, `must be between 1 and ${max}, got ${value}.`);
  };
  inRange('steps', MAX_STEPS);
  inRange('samples', MAX_SAMPLES);
  inRange('patch', MAX_PATCH);
}

/**
 * Baseline values go with a CUSTOM source, and only with it; `names` are the two arguments as the
 * caller wrote them (a request's baselineFrom and baseline, a deployment's baseline and
 * baselineValues). A request may leave the source out when it gives values: CUSTOM is implied.
 */
export function checkCustomBaseline(
  source: BaselineSource | null | undefined,
  values: unknown,
  names: { prefix: string; source: string; values: string },
  sourceImplied: boolean,
): void {
  const given = values !== undefined && values !== null;
  if (given && source != null && source !== BaselineSource.CUSTOM)
    throw badInput(
      `${names.prefix}${names.source}`,
      `is ${source}, but baseline values were given too; give one or the other.`,
    );
  if (given && source == null && !sourceImplied)
    throw badInput(`${names.prefix}${names.source}`, `must be CUSTOM when ${names.values} are given.`);
  if (!given && source === BaselineSource.CUSTOM)
    throw badInput(`${names.prefix}${names.values}`, `give the baseline values for ${names.source}: CUSTOM.`);
}

/**
 * The request as it will run: the caller's arguments, else the deployment's defaults, else the
 * gateway's. Whether the baseline was asked for (or only defaulted) decides whether a missing
 * training statistic is the caller's error or a quiet fall-back to ZERO.
 */
export function settle(
  args: ExplanationArgs,
  defaults: ExplanationDefaults,
  image: boolean,
): { settings: ExplanationSettings; baselineAsked: boolean; baselineValues: unknown } {
  checkExplanationDefaults('', args);
  checkCustomBaseline(
    args.baseline,
    args.baselineValues,
    { prefix: '', source: 'baselineFrom', values: 'baseline' },
    true,
  );
  const custom = args.baselineValues !== undefined && args.baselineValues !== null;
  const pick = <K extends keyof ExplanationDefaults>(key: K, fallback: NonNullable<ExplanationDefaults[K]>) =>
    args[key] ?? defaults[key] ?? fallback;
  // A deployment's default method outlives its routes: one that does not fit the answering model's kind is passed over.
  const fits = (method: ExplanationMethod | undefined) =>
    method !== undefined && (method === ExplanationMethod.OCCLUSION) === image;
  const baseline = custom ? BaselineSource.CUSTOM : pick('baseline', BaselineSource.TRAINING_MEAN);
  return {
    settings: {
      method:
        args.method ??
        (fits(defaults.method)
          ? defaults.method!
          : image
            ? ExplanationMethod.OCCLUSION
            : ExplanationMethod.INTEGRATED_GRADIENTS),
      steps: pick('steps', 32),
      samples: pick('samples', 256),
      seed: pick('seed', 42),
      patch: pick('patch', 2),
      baseline,
    },
    baselineAsked: custom || args.baseline != null,
    // The caller's values, else (for a defaulted CUSTOM) the deployment's own.
    baselineValues: custom
      ? args.baselineValues
      : baseline === BaselineSource.CUSTOM
        ? defaults.baselineValues
        : undefined,
  };
}
