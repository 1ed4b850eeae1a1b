import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../errors';
import type { RequestContext } from './context';
import { workRateOf, type Rate } from './limits';

/**
 * The inference work each caller may cause a second (policies/limits.yaml `work`), in
 * instance-evaluations as the inference budget counts them: a prediction spends its instances,
 * an explanation its model evaluations. Request rates alone let one caller's thousand-row requests
 * crowd out everyone's; this holds every caller to its share of the work, whatever the transport.
 * A request larger than the burst spends the whole burst, so the largest request the budget allows
 * still runs, once the caller's bucket is full.
 */
export class WorkRates {
  /** One limiter per rate in force; a changed policy makes new ones. */
  private readonly limiters = new Map<string, BurstyRateLimiter>();

  async spend(ctx: RequestContext, work: number): Promise<void> {
    const rate = workRateOf(ctx.access.policy.limits, ctx.identity.roles);
    const caller = `${ctx.identity.kind}:${ctx.identity.subject}`;
    try {
      await this.limiterFor(rate).consume(caller, Math.min(work, rate.burst));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw rateLimited(
        `Too much inference work: this request asks for ${work.toLocaleString('en')} instance-evaluations and your roles allow ` +
          `${rate.perSecond.toLocaleString('en')} a second (bursts of ${rate.burst.toLocaleString('en')}). Retry in ${retryAfter} s, or send fewer instances.`,
        retryAfter,
      );
    }
  }

  private limiterFor(rate: Rate): BurstyRateLimiter {
    const key = `${rate.perSecond}/${rate.burst}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new BurstyRateLimiter(
        new RateLimiterMemory({ keyPrefix: `work-steady:${key}`, points: rate.perSecond, duration: 1 }),
        new RateLimiterMemory({ keyPrefix: `work-burst:${key}`, points: rate.burst, duration: 10 }),
      );
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}
