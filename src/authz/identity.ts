import type { IncomingMessage } from 'node:http';

/** Who is making a request. */
export interface Identity {
  /** Stable id of the person or service; recorded as author and actor. */
  subject: string;
  kind: 'anonymous' | 'user' | 'service';
  roles: string[];
  teamIds: string[];
}

/**
 * The one seam where requests become identities. Until access control lands every request
 * is anonymous with full access; the access-control work replaces this function.
 */
export function identify(_request: IncomingMessage): Identity {
  return { subject: 'anonymous', kind: 'anonymous', roles: ['admin'], teamIds: [] };
}
