import { responseTooLarge } from '../errors';
import { readableBytes } from '../readable';
import type { Explanation } from './explanations/explanations';
import type { PredictionOutput } from './models/prediction-output';

/**
 * The most bytes one float32 value takes in JSON, as JavaScript writes it (a double's shortest
 * form: "-1.1754943508222875e-38" is 23 characters), with its comma. Binary data takes 4.
 */
export const JSON_NUMBER_BYTES = 24;

/**
 * The most bytes one response may take (MODELGATE_MAX_RESPONSE_BYTES), checked before the answer
 * is serialised: each front door estimates what it is about to write from the output tensors
 * (JSON numbers at their longest, binary data exactly) and charges it here. A request's charges
 * add up (GraphQL aliases, a prediction and its explanations), so many fields cannot together
 * build what one may not.
 */
export class ResponseSizeLimit {
  /** Bytes charged so far, per request (its context object). */
  private readonly charged = new WeakMap<object, number>();

  constructor(readonly maxBytes: number) {}

  /**
   * Adds `bytes` to what `request`'s answer takes; past the bound, refuses (LIMIT_EXCEEDED, HTTP
   * 413) naming the estimate, the bound and the setting. `what` says what would have been
   * answered; `advice`, how to ask for less.
   */
  charge(request: object, bytes: number, what: string, advice: string): void {
    const total = (this.charged.get(request) ?? 0) + bytes;
    this.charged.set(request, total);
    if (total <= this.maxBytes) return;
    throw responseTooLarge(
      `The answer would take about ${readableBytes(total)} (${what}), more than the ${readableBytes(this.maxBytes)} (${this.maxBytes} bytes) one response may take (MODELGATE_MAX_RESPONSE_BYTES). ${advice}`,
      { estimatedBytes: total, maxBytes: this.maxBytes },
    );
  }
}

/** The most a predict answer's outputs take in JSON: per instance its label, scores and value, whichever it has, all selected. */
export function predictionBytes(outputs: PredictionOutput[]): number {
  let bytes = 256;
  for (const { label, scores, value } of outputs) {
    bytes += 48;
    if (label !== undefined) bytes += 16 + label.length * 6;
    if (scores) bytes += 16 + scores.length * JSON_NUMBER_BYTES;
    if (value !== undefined) bytes += 16 + JSON_NUMBER_BYTES;
  }
  return bytes;
}

/** The most explanations take in JSON, every field selected: attributions, baselines and heatmaps (PNG data URLs) included. */
export function explanationBytes(explanations: Explanation[]): number {
  // One baseline object is shared by all the explanations of a request (until redaction copies it).
  const baselines = new Map<object, number>();
  let bytes = 0;
  for (const explanation of explanations) {
    let baseline = baselines.get(explanation.baseline);
    if (baseline === undefined) baselines.set(explanation.baseline, (baseline = jsonBytes(explanation.baseline)));
    bytes += 512 + baseline + (explanation.targetLabel?.length ?? 0) * 6 + (explanation.heatmap?.length ?? 0);
    for (const attribution of explanation.attributions) bytes += 64 + attribution.feature.length * 6;
  }
  return bytes;
}

/** The most `value` takes in JSON: numbers at their longest, strings with every character escaped. */
function jsonBytes(value: unknown): number {
  if (typeof value === 'number') return JSON_NUMBER_BYTES;
  if (typeof value === 'string') return 2 + value.length * 6;
  if (Array.isArray(value)) return value.reduce((sum: number, element) => sum + jsonBytes(element), 2);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).reduce((sum, [key, element]) => sum + 4 + key.length * 6 + jsonBytes(element), 2);
  return 8;
}
