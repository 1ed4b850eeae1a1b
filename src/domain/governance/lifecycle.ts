import { conflict } from '../../errors';
import { LifecycleState, type ModelVersion } from '../models/model.entity';

/**
 * The lifecycle of a model version. REJECTED does not go back to DRAFT: a rejected version
 * stays as the record of that decision, and the fix is registered as a new version.
 */
export const transitions: Record<LifecycleState, LifecycleState[]> = {
  [LifecycleState.DRAFT]: [LifecycleState.IN_REVIEW],
  [LifecycleState.IN_REVIEW]: [LifecycleState.APPROVED, LifecycleState.REJECTED],
  [LifecycleState.APPROVED]: [LifecycleState.DEPRECATED],
  [LifecycleState.REJECTED]: [LifecycleState.ARCHIVED],
  [LifecycleState.DEPRECATED]: [LifecycleState.ARCHIVED],
  [LifecycleState.ARCHIVED]: [],
};

/** CONFLICT, naming the current state and where it can go, unless `version` may move to `to`. */
export function assertTransition(version: ModelVersion, to: LifecycleState): void {
  const from = version.lifecycleState as LifecycleState;
  const allowed = transitions[from];
  if (!allowed.includes(to)) {
    const next = allowed.length ? `it can go to ${allowed.join(' or ')}` : 'it can go nowhere';
    throw conflict(`Model version ${version.version} is ${from}, so it cannot become ${to}; from ${from} ${next}.`);
  }
}
