import type { InputBatch, OutputBatch } from '../../inference/instances';
import { elementsOf, rowSize } from '../../inference/shapes';
import { TensorDtype, type ModelSignature } from '../../inference/signature';
import { badInput } from '../../errors';
import type { Column, EvaluationSet } from './evaluation-set';
import type { EvaluationMeasures, GroupCodes } from './measures';
import { measureOffThread } from './measure-off-thread';

export type { EvaluationMeasures };

/** Where each of the model's inputs comes from in the set, checked before anything runs. */
export interface EvaluationPlan {
  signature: ModelSignature;
  /** Per input: one column (a scalar, or a tensor of its elements) or one number column per element. */
  sources: (Column | Column[])[];
  /** The true class index (classifiers) or value (regressors) of each row. */
  truth: Int32Array | Float64Array;
  /** Sensitive features and each row's group. */
  groups: ({ feature: string } & GroupCodes)[];
  /** The class fairness is about, for classifiers. */
  positive?: { index: number; label: string };
}

/**
 * Matches a model's signature to a set's columns: an input is fed by the column of its name (a
 * number for a scalar, a tensor of as many elements), or by number columns `<input>.0` … for each
 * of its elements. The label column gives the truth: class labels by name (a number names the class
 * at that index when no label is spelt so), or values for a single-output regressor. Refuses, naming
 * what is missing, before any inference runs.
 */
export function planEvaluation(
  signature: ModelSignature,
  set: EvaluationSet,
  label: string,
  sensitive: string[],
  /** Unset or null: the second class of a binary classifier, none for more classes. */
  positiveLabel?: string | null,
): EvaluationPlan {
  const sources = signature.inputs.map((input) => {
    const size = elementsOf(input.shape);
    const own = set.columns.get(input.name);
    if (own?.kind === 'number' && size === 1) return own;
    if (own?.kind === 'tensor' && own.elements === size) return own;
    const elements = Array.from({ length: size }, (_, i) => set.columns.get(`${input.name}.${i}`));
    if (elements.every((column) => column?.kind === 'number')) return elements as Column[];
    throw badInput(
      'datasetVersionId',
      `the evaluation set has no column for input "${input.name}" (${size} value(s) a row): a column of that name, or number columns ${input.name}.0 to ${input.name}.${size - 1}.`,
    );
  });
  const labels = set.columns.get(label);
  if (!labels || labels.kind === 'tensor')
    throw badInput('datasetVersionId', `the label column "${label}" is not a scalar column.`);
  const output = signature.outputs[0]!;
  const classes = signature.classLabels;
  const classifier = classes.length > 0 && classes.length === elementsOf(output.shape);
  let truth: Int32Array | Float64Array;
  if (classifier) {
    truth = new Int32Array(set.rows);
    const named = labels.kind === 'category' ? labels.categories : undefined;
    for (let row = 0; row < set.rows; row += 1) {
      const value = labels.kind === 'category' ? named![labels.codes[row]!]! : labels.values[row]!;
      let index = classes.indexOf(String(value));
      if (index < 0 && typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < classes.length)
        index = value;
      if (index < 0)
        throw badInput(
          'datasetVersionId',
          `row ${row + 1}: label "${String(value).slice(0, 40)}" is none of the model's classes (${classes.join(', ').slice(0, 200)}).`,
        );
      truth[row] = index;
    }
  } else {
    if (elementsOf(output.shape) !== 1 || labels.kind !== 'number')
      throw badInput(
        'modelVersionId',
        'only classifiers (class labels for every output value) and single-output regressors with a numeric label can be evaluated.',
      );
    truth = labels.values;
  }
  const groups = sensitive.map((feature) => {
    const column = set.columns.get(feature);
    if (!column || column.kind === 'tensor')
      throw badInput('datasetVersionId', `the sensitive column "${feature}" is missing.`);
    if (column.kind === 'category') return { feature, names: column.categories, codes: column.codes };
    // A numeric sensitive column: each distinct value is a group.
    const names: string[] = [];
    const byValue = new Map<number, number>();
    const codes = new Int32Array(set.rows);
    for (let row = 0; row < set.rows; row += 1) {
      const value = column.values[row]!;
      let code = byValue.get(value);
      if (code === undefined) byValue.set(value, (code = names.push(String(value)) - 1));
      codes[row] = code;
    }
    return { feature, names, codes };
  });
  let positive: EvaluationPlan['positive'];
  if (classifier) {
    const index = positiveLabel != null ? classes.indexOf(positiveLabel) : classes.length === 2 ? 1 : -1;
    if (positiveLabel != null && index < 0)
      throw badInput('positiveLabel', `is none of the model's classes (${classes.join(', ').slice(0, 200)}).`);
    if (index >= 0) positive = { index, label: classes[index]! };
  }
  return { signature, sources, truth, groups, positive };
}

/** Rows [from, from + count) of the set as the model's input batches. */
export function inputsOf(plan: EvaluationPlan, from: number, count: number): InputBatch[] {
  return plan.signature.inputs.map((input, index) => {
    const source = plan.sources[index]!;
    const size = elementsOf(input.shape);
    const values = input.dtype === TensorDtype.FLOAT32 ? new Float32Array(count * size) : new Int32Array(count * size);
    if (Array.isArray(source)) {
      for (let row = 0; row < count; row += 1)
        for (let e = 0; e < size; e += 1)
          values[row * size + e] = (source[e] as { values: Float64Array }).values[from + row]!;
    } else if (source.kind === 'tensor') values.set(source.values.subarray(from * size, (from + count) * size));
    else if (source.kind === 'number')
      for (let row = 0; row < count; row += 1) values[row] = source.values[from + row]!;
    return { name: input.name, dtype: input.dtype, shape: [count, ...input.shape], values };
  });
}

/**
 * Runs the plan's rows through `run`, `batchSize` at a time, in order, and measures the answers.
 * `progress` hears the rows done after each batch; `cancelled` is asked before each.
 */
export async function evaluate(
  plan: EvaluationPlan,
  run: (inputs: InputBatch[]) => Promise<OutputBatch[]>,
  options: { batchSize: number; progress?: (rowsDone: number) => void | Promise<void>; cancelled?: () => boolean },
): Promise<EvaluationMeasures> {
  const rows = plan.truth.length;
  const width = elementsOf(plan.signature.outputs[0]!.shape);
  const outputs = new Float32Array(rows * width);
  for (let from = 0; from < rows; from += options.batchSize) {
    if (options.cancelled?.()) throw new EvaluationCancelled();
    const count = Math.min(options.batchSize, rows - from);
    const [output] = await run(inputsOf(plan, from, count));
    if (!output || rowSize(output.shape) !== width || output.shape[0] !== count)
      throw new Error(
        `the model answered ${output?.shape.join('×') ?? 'nothing'} for ${count} rows of ${width} values`,
      );
    outputs.set(output.values, from * width);
    await options.progress?.(from + count);
  }
  const { classLabels } = plan.signature;
  // Sorting and counting a million rows takes a few hundred milliseconds: not on the event loop.
  return measureOffThread({ classLabels, outputs, truth: plan.truth, groups: plan.groups, positive: plan.positive });
}

/** An evaluation stopped at a caller's request. */
export class EvaluationCancelled extends Error {
  constructor() {
    super('The evaluation was cancelled.');
  }
}

/** The measures as named metrics, as gates read them: accuracy, roc_auc, rmse, …; fairness by feature. */
export function measuredMetrics(measures: EvaluationMeasures): {
  metrics: { name: string; value: number }[];
  fairness: { metric: string; sensitiveFeature: string; value: number }[];
} {
  const metrics: { name: string; value: number | null }[] = [];
  const c = measures.classification;
  if (c) {
    const mean = (key: 'precision' | 'recall' | 'f1') =>
      c.perClass.reduce((sum, k) => sum + k[key], 0) / c.perClass.length;
    metrics.push(
      { name: 'accuracy', value: c.accuracy },
      { name: 'roc_auc', value: c.rocAuc },
      { name: 'log_loss', value: c.logLoss },
      { name: 'expected_calibration_error', value: c.expectedCalibrationError },
      { name: 'macro_precision', value: mean('precision') },
      { name: 'macro_recall', value: mean('recall') },
      { name: 'macro_f1', value: mean('f1') },
    );
  }
  const r = measures.regression;
  if (r) metrics.push({ name: 'rmse', value: r.rmse }, { name: 'mae', value: r.mae }, { name: 'r2', value: r.r2 });
  const fairness = measures.fairness.flatMap((f) =>
    (
      [
        ['demographic_parity_difference', f.demographicParityDifference],
        ['demographic_parity_ratio', f.demographicParityRatio],
        ['equal_opportunity_difference', f.equalOpportunityDifference],
        ['equalized_odds_difference', f.equalizedOddsDifference],
      ] as const
    ).flatMap(([metric, value]) => (value === null ? [] : [{ metric, sensitiveFeature: f.sensitiveFeature, value }])),
  );
  return {
    metrics: metrics.filter((m): m is { name: string; value: number } => m.value !== null && Number.isFinite(m.value)),
    fairness,
  };
}
