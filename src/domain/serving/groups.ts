import type { InputBatch } from '../../inference/instances';
import { rowSize } from '../../inference/shapes';

/** Per sensitive feature, each instance's group: what live fairness counts outcomes by. */
export type SensitiveGroups = Record<string, string[]>;

/** Longest group name kept: longer values are cut, so a caller cannot grow the log or the tallies with them. */
export const MAX_GROUP_LENGTH = 64;
/** The group of an instance that named none. */
export const NO_GROUP = '';

/**
 * Each instance's group of every sensitive feature the request carries: from a one-value input of
 * that name, else from a field beside the inputs (`valuesBeside`, GraphQL instances). Null when it
 * carries none. Numbers name their group as written (`1`, `0.5`), booleans as `true`/`false`.
 */
export function groupsOf(
  features: ReadonlySet<string>,
  inputs: InputBatch[],
  valuesBeside?: (field: string) => unknown[],
): SensitiveGroups | null {
  let groups: SensitiveGroups | null = null;
  for (const feature of features) {
    const input = inputs.find((batch) => batch.name === feature);
    const values: ArrayLike<unknown> | undefined =
      input && rowSize(input.shape) === 1 ? input.values : input ? undefined : valuesBeside?.(feature);
    if (!values || (!input && Array.prototype.every.call(values, (value) => value === undefined))) continue;
    groups ??= {};
    groups[feature] = Array.from(values, (value) =>
      value === undefined || value === null ? NO_GROUP : String(value).slice(0, MAX_GROUP_LENGTH),
    );
  }
  return groups;
}
