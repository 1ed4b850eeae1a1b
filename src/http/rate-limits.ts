import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../errors';
import type { Identity } from '../authz/identity';
import { rateOf, type Rate, type RequestLimits } from '../domain/limits';

/**
 * Request rates per caller (an API key or a person; an address for callers without credentials),
 * in this process: a steady rate a second, and a burst that may be spent at once and refills over
 * ten seconds. Past both, the request is refused with 429 and when to retry.
 */
export class RateLimits {
  /** One limiter per rate in force; a changed policy makes new ones. */
  private readonly limiters = new Map<string, BurstyRateLimiter>();

  async take(limits: RequestLimits, identity: Identity, address: string | undefined): Promise<void> {
    const rate = rateOf(limits, identity.roles);
    const caller =
      identity.kind === 'anonymous' ? `address:${address ?? 'unknown'}` : `${identity.kind}:${identity.subject}`;
    try {
      await this.limiterFor(rate).consume(caller);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw rateLimited(
        `Too many requests: your roles allow ${rate.perSecond} a second (bursts of ${rate.burst}). Retry in ${retryAfter} s.`,
        retryAfter,
      );
    }
  }

  private limiterFor(rate: Rate): BurstyRateLimiter {
    const key = `${rate.perSecond}/${rate.burst}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new BurstyRateLimiter(
        new RateLimiterMemory({ keyPrefix: `steady:${key}`, points: rate.perSecond, duration: 1 }),
        new RateLimiterMemory({ keyPrefix: `burst:${key}`, points: rate.burst, duration: 10 }),
      );
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}
