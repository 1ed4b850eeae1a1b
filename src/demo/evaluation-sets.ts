/**
 * The demo's tables as dataset versions declare them, and its holdout rows as the gateway takes
 * them for evaluation (PUT /datasets/versions/{id}/rows): the exact bytes, and their digest.
 */
import { createHash } from 'node:crypto';
import type { FeatureSpecInput } from '../client/generated/graphql';
import type { RowsContentType } from '../client/graphql-client';
import { IMAGE_CLASSES, type Applicant, type BarImage } from './data';
import { creditFeatures } from './train';

/** The prepared credit table: income and age already scaled as the model takes them. */
export const creditTable: FeatureSpecInput[] = [
  { name: 'income', dtype: 'FLOAT32', description: 'Yearly income in hundreds of thousands' },
  { name: 'age', dtype: 'FLOAT32', description: 'Age in hundreds of years' },
  { name: 'debt_ratio', dtype: 'FLOAT32', description: 'Debt over income' },
  { name: 'gender', dtype: 'STRING', role: 'SENSITIVE' },
  { name: 'defaulted', dtype: 'BOOL', role: 'LABEL' },
];

/** The bars table: an 8×8×1 image and the name of its orientation. */
export const barsTable: FeatureSpecInput[] = [
  { name: 'pixels', dtype: 'FLOAT32' },
  { name: 'orientation', dtype: 'STRING', role: 'LABEL' },
];

/** Rows to upload as a dataset version's evaluation set: the body, its format, count and SHA-256. */
export interface EvaluationRowsBody {
  features: FeatureSpecInput[];
  rows: number;
  body: string;
  contentType: RowsContentType;
  sha256: string;
}

const rowsBody = (
  features: FeatureSpecInput[],
  lines: string[],
  rows: number,
  contentType: RowsContentType,
): EvaluationRowsBody => {
  const body = lines.join('\n');
  return { features, rows, body, contentType, sha256: createHash('sha256').update(body).digest('hex') };
};

/** Applicants as CSV in the credit table's columns; `defaulted` (true: the class `defaults`) is the label. */
export function creditEvaluationSet(holdout: Applicant[]): EvaluationRowsBody {
  const lines = holdout.map((a) => [...creditFeatures(a), a.gender, a.defaulted].join(','));
  return rowsBody(creditTable, [creditTable.map((f) => f.name).join(','), ...lines], holdout.length, 'text/csv');
}

/** Images as JSON Lines: the pixels as nested arrays (a tensor column), the orientation by its class name. */
export function barsEvaluationSet(holdout: BarImage[]): EvaluationRowsBody {
  const lines = holdout.map((image) =>
    JSON.stringify({ pixels: image.pixels, orientation: IMAGE_CLASSES[image.label] }),
  );
  return rowsBody(barsTable, lines, holdout.length, 'application/x-ndjson');
}
