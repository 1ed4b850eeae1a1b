/**
 * An answered instance's prediction id: its log entry's uuid and its index in the request,
 * `<uuid>:<index>`. Client services keep it to report the instance's outcome.
 */
export const predictionIdOf = (entryId: string, instance: number): string => `${entryId}:${instance}`;

const PREDICTION_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(0|[1-9][0-9]{0,5})$/;

/** The entry and index a prediction id names, or undefined when the text is none. */
export function parsePredictionId(text: unknown): { entryId: string; instance: number } | undefined {
  if (typeof text !== 'string' || text.length > 44) return undefined;
  const match = PREDICTION_ID.exec(text.toLowerCase());
  return match ? { entryId: match[1]!, instance: Number(match[2]) } : undefined;
}
