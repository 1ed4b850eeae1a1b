import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Rate } from './limits';

/**
 * Per-caller buckets of one kind (requests, inference work), in this process: a steady rate a
 * second, and a burst that may be spent at once and refills over ten seconds. One limiter per rate
 * in force; a changed policy makes new ones.
 */
export class BurstyRates {
  private readonly limiters = new Map<string, BurstyRateLimiter>();

  constructor(
    /** Keeps one kind's buckets apart from another's. */
    private readonly kind: string,
  ) {}

  /** Spends `points` from `caller`'s bucket at `rate`: 0 when they were there, else the seconds until they will be. */
  async spend(caller: string, rate: Rate, points = 1): Promise<number> {
    try {
      await this.limiterFor(rate).consume(caller, points);
      return 0;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
  }

  private limiterFor(rate: Rate): BurstyRateLimiter {
    const key = `${this.kind}:${rate.perSecond}/${rate.burst}`;
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
