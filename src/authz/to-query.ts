import type { MongoAbility } from '@casl/ability';
import { rulesToCondition } from '@casl/ability/extra';

type Conditions = Record<string, unknown>;

/**
 * The rows `ability` lets the caller `action` on `subjectType`, as a MikroORM FilterQuery; null
 * when it allows none (callers must then return early: MikroORM drops an empty $or, which
 * would match every row). Inverted rules become $not, and CASL's dotted paths become the nested
 * objects MikroORM joins on.
 */
export function accessibleBy(ability: MongoAbility, action: string, subjectType: string): Conditions | null {
  return rulesToCondition(
    ability.rulesFor(action, subjectType),
    (rule) => {
      const conditions = expandPaths(rule.conditions as Conditions);
      return rule.inverted ? { $not: conditions } : conditions;
    },
    { and: (all) => ({ $and: all }), or: (any) => ({ $or: any }), empty: () => ({}) },
  );
}

/** `{ 'dataset.team.id': x, 'dataset.sensitivity': y }` → `{ dataset: { team: { id: x }, sensitivity: y } }`. */
export function expandPaths(conditions: Conditions): Conditions {
  const result: Conditions = {};
  for (const [path, test] of Object.entries(conditions)) {
    const keys = path.split('.');
    let node = result;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Conditions;
    node[keys.at(-1)!] = test;
  }
  return result;
}
