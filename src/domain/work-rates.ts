import { rateLimited } from '../errors';
import { BurstyRates } from './bursty-rates';
import type { CallContext } from './context';
import { workRateOf } from './limits';

/**
 * The inference work each caller may cause a second (policies/limits.yaml `work`), in
 * instance-evaluations as the inference budget counts them: a prediction spends its instances,
 * an explanation its model evaluations. Request rates alone let one caller's thousand-row requests
 * crowd out everyone's; this holds every caller to its share of the work, whatever the transport.
 * A request larger than the burst spends the whole burst, so the largest request the budget allows
 * still runs, once the caller's bucket is full.
 */
export class WorkRates {
  private readonly rates = new BurstyRates('work');

  async spend(ctx: CallContext, work: number): Promise<void> {
    const rate = workRateOf(ctx.access.policy.limits, ctx.identity.roles);
    const caller = `${ctx.identity.kind}:${ctx.identity.subject}`;
    const retryAfter = await this.rates.spend(caller, rate, Math.min(work, rate.burst));
    if (retryAfter > 0)
      throw rateLimited(
        `Too much inference work: this request asks for ${work.toLocaleString('en')} instance-evaluations and your roles allow ` +
          `${rate.perSecond.toLocaleString('en')} a second (bursts of ${rate.burst.toLocaleString('en')}). Retry in ${retryAfter} s, or send fewer instances.`,
        retryAfter,
      );
  }
}
