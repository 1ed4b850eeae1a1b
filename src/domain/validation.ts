import { badInput } from '../errors';

export const MAX_NAME_LENGTH = 100;
export const MAX_TEXT_LENGTH = 10_000;
const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** What checkName accepts, in words, for the schema's descriptions. */
export const NAME_RULE = `1 to ${MAX_NAME_LENGTH} characters: letters, digits, ".", "_" and "-", starting with a letter or digit`;
/** What checkText accepts, in words, for the schema's descriptions. */
export const TEXT_RULE = `Free text, at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters`;

/** A name used in URLs and lookups: 1–100 characters, letters, digits, '.', '_' and '-'. Returns it trimmed. */
export function checkName(field: string, value: string): string {
  const name = value.trim();
  if (name.length === 0) throw badInput(field, 'must not be empty.');
  if (name.length > MAX_NAME_LENGTH)
    throw badInput(field, `must be at most ${MAX_NAME_LENGTH} characters, got ${name.length}.`);
  if (!namePattern.test(name)) {
    throw badInput(
      field,
      `"${name}" may use only letters, digits, '.', '_' and '-', and must start with a letter or digit.`,
    );
  }
  return name;
}

/** Free text such as a description: at most 10,000 characters. */
export function checkText(field: string, value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  if (value.length > MAX_TEXT_LENGTH)
    throw badInput(field, `must be at most ${MAX_TEXT_LENGTH} characters, got ${value.length}.`);
  return value;
}

/** A number that must be finite (GraphQL's Float already refuses most non-finite input; this guards the rest). */
export function checkFinite(field: string, value: number): number {
  if (!Number.isFinite(value)) throw badInput(field, `must be a finite number, got ${value}.`);
  return value;
}

export function check(condition: boolean, field: string, message: string): asserts condition {
  if (!condition) throw badInput(field, message);
}

/** Refuses a list that names the same key twice. */
export function checkUnique<T>(field: string, items: readonly T[], keyOf: (item: T) => string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) throw badInput(`${field}[${index}]`, `"${key}" appears more than once.`);
    seen.add(key);
  });
}

/**
 * Named numbers (metrics) with finite values and unique names, returned with their names trimmed:
 * a gate looks a metric up by its exact name, so " auc " must be stored as "auc".
 */
export function checkMetrics(
  field: string,
  metrics: readonly { name: string; value: number }[],
): { name: string; value: number }[] {
  const checked = metrics.map((metric, index) => ({
    name: checkName(`${field}[${index}].name`, metric.name),
    value: checkFinite(`${field}[${index}].value`, metric.value),
  }));
  checkUnique(field, checked, (metric) => metric.name);
  return checked;
}
