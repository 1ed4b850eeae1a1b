import { LifecycleState } from '../models/model.entity';
import { Environment } from './deployment.entity';

/**
 * The lifecycle states whose versions an environment sends traffic to: approved ones in
 * production, the states policies/gates.yaml names for staging. Checked when a route is set and
 * again on every prediction (a version may have been deprecated since).
 */
export function statesTakingTraffic(environment: Environment, stagingStates: readonly string[]): readonly string[] {
  return environment === Environment.PRODUCTION ? [LifecycleState.APPROVED] : stagingStates;
}
