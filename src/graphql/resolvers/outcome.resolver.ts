import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { injectable } from 'tsyringe';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { Deployment } from '../../domain/deployments/deployment.entity';
import { LiveQualityService, MAX_WINDOW_HOURS } from '../../domain/outcomes/live-quality.service';
import { OutcomeService } from '../../domain/outcomes/outcome.service';
import { AttributionDriftType, LiveQuality, OutcomeInput, OutcomeReceipt } from '../../domain/outcomes/outcome.types';

@injectable()
@Resolver(() => Deployment)
export class OutcomeResolver {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly liveQuality: LiveQualityService,
  ) {}

  @Allow('predict', 'Deployment')
  @Mutation(() => OutcomeReceipt, {
    description:
      'Reports what actually happened to answered instances, by prediction id: written whole or not at all, and idempotent (the same outcome again changes nothing). Needs predict on the deployment, and every id must name an instance answered to your team there: others are refused alike (NOT_FOUND), whether they exist or not. A different outcome for an id already reported is a CONFLICT unless marked as a correction (audited). For many outcomes, POST JSON Lines to /deployments/{name}/outcomes.',
  })
  recordOutcomes(
    @Arg('deployment', { description: "The deployment's name." }) deployment: string,
    @Arg('outcomes', () => [OutcomeInput], { description: 'At least one.' }) outcomes: OutcomeInput[],
    @Ctx() ctx: CallContext,
  ): Promise<OutcomeReceipt> {
    return this.outcomes.record(ctx, deployment, outcomes);
  }

  @FieldResolver(() => [LiveQuality], {
    description:
      'Live quality per model version that answered on this deployment in the window and has outcomes, the newest version first: only versions whose evaluations you may read (data scientists of the model’s team, reviewers, admins).',
  })
  quality(
    @Root() deployment: Deployment,
    @Arg('hours', () => Int, {
      nullable: true,
      description: `The window in hours of prediction time, the current hour included: 1 to ${MAX_WINDOW_HOURS}; policies/quality.yaml's windowHours when left out.`,
    })
    hours: number | undefined,
    @Ctx() ctx: CallContext,
  ): Promise<LiveQuality[]> {
    return this.liveQuality.ofDeployment(ctx, deployment, hours);
  }

  @FieldResolver(() => [AttributionDriftType], {
    description:
      'Feature-attribution drift per tabular model version with sampled explanations on this deployment, the newest version first: only versions whose evaluations you may read.',
  })
  attributionDrift(@Root() deployment: Deployment, @Ctx() ctx: CallContext): Promise<AttributionDriftType[]> {
    return this.liveQuality.attributionDrift(ctx, deployment);
  }
}
