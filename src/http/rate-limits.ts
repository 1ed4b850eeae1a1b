import { rateLimited } from '../errors';
import type { Identity } from '../authz/identity';
import { BurstyRates } from '../domain/bursty-rates';
import { rateOf, type RequestLimits } from '../domain/limits';

/**
 * Request rates per caller (an API key or a person; an address for callers without credentials),
 * in this process: a steady rate a second, and a burst. Past both, the request is refused with 429
 * and when to retry.
 */
export class RateLimits {
  private readonly rates = new BurstyRates('requests');

  async take(limits: RequestLimits, identity: Identity, address: string | undefined): Promise<void> {
    const rate = rateOf(limits, identity.roles);
    const caller =
      identity.kind === 'anonymous' ? `address:${address ?? 'unknown'}` : `${identity.kind}:${identity.subject}`;
    const retryAfter = await this.rates.spend(caller, rate);
    if (retryAfter > 0)
      throw rateLimited(
        `Too many requests: your roles allow ${rate.perSecond} a second (bursts of ${rate.burst}). Retry in ${retryAfter} s.`,
        retryAfter,
      );
  }
}
