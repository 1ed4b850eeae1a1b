/** Who is making a request. */
export interface Identity {
  /** Stable id of the person or service; recorded as author and actor. */
  subject: string;
  kind: 'anonymous' | 'user' | 'service';
  roles: string[];
  /** Database ids of the teams it belongs to. */
  teamIds: string[];
  /** For API keys: the deployments the key may call. */
  deploymentNames: string[];
  /** When its credentials stop holding (a token's `exp`), in ms since the epoch; absent for those that hold until revoked. */
  expiresAt?: number;
}

export const anonymous: Identity = {
  subject: 'anonymous',
  kind: 'anonymous',
  roles: ['anonymous'],
  teamIds: [],
  deploymentNames: [],
};
