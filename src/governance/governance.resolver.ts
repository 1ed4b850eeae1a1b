import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '../authz/guard';
import type { RequestContext } from '../graph/context';
import { ModelVersion } from '../graph/models/model.entity';
import { Review } from './review.entity';
import { injectable } from 'tsyringe';
import { GovernanceService } from './governance.service';

@injectable()
@Resolver(() => ModelVersion)
export class GovernanceResolver {
  constructor(private readonly governanceService: GovernanceService) {}

  @Allow('submit', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description: 'DRAFT → IN_REVIEW, when the submit gates pass; CONFLICT with the gate results when not.',
  })
  submitModelVersionForReview(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ModelVersion> {
    return this.governanceService.submitForReview(ctx, id);
  }

  @Allow('review', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description: 'Records an approval; the version becomes APPROVED when the quorum of distinct reviewers is reached.',
  })
  approveModelVersion(
    @Arg('id', () => ID) id: string,
    @Arg('comment') comment: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ModelVersion> {
    return this.governanceService.approve(ctx, id, comment);
  }

  @Allow('review', 'ModelVersion')
  @Mutation(() => ModelVersion, { description: 'IN_REVIEW → REJECTED: one rejection ends the review.' })
  rejectModelVersion(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ModelVersion> {
    return this.governanceService.reject(ctx, id, reason);
  }

  @Allow('deprecate', 'ModelVersion')
  @Mutation(() => ModelVersion, { description: 'APPROVED → DEPRECATED, once no production route sends it traffic.' })
  deprecateModelVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ModelVersion> {
    return this.governanceService.deprecate(ctx, id);
  }

  @Allow('archive', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description: 'DEPRECATED or REJECTED → ARCHIVED, once no active deployment uses it.',
  })
  archiveModelVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ModelVersion> {
    return this.governanceService.archive(ctx, id);
  }

  @FieldResolver(() => [Review], { description: 'Decisions of reviewers, oldest first.' })
  reviews(@Root() version: ModelVersion, @Ctx() ctx: RequestContext): Promise<Review[]> {
    return ctx.loaders.childrenOf(Review, 'modelVersion', (review) => review.modelVersion.id).load(version.id);
  }
}
