import { Authorized, type AuthChecker } from 'type-graphql';
import type { CallContext } from '../domain/context';
import type { Action, SubjectType } from '../authz/subjects';

const PUBLIC = 'public';

/**
 * Declares what an operation needs: `@Allow('read', 'Dataset')`. The guard refuses a caller
 * whose roles give no rule at all for it (UNAUTHENTICATED or FORBIDDEN); rules with conditions
 * are then applied by the service, to the very rows it reads or writes.
 */
export const Allow = (action: Action, subject: SubjectType) => Authorized(`${action}:${subject}`);

/** Declares an operation open to every caller; what it returns is still filtered by access. */
export const Public = () => Authorized(PUBLIC);

export const authChecker: AuthChecker<CallContext> = ({ context }, [permission]) => {
  if (permission === PUBLIC) return true;
  const [action, subject] = permission!.split(':') as [Action, SubjectType];
  if (context.access.can(action, subject)) return true;
  throw context.access.denied(action, `${subject} nodes`);
};
