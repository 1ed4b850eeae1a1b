import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { ModelVersion } from '../../domain/models/model.entity';
import { Review } from '../../domain/governance/review.entity';
import { injectable } from 'tsyringe';
import { GovernanceService } from '../../domain/governance/governance.service';

@injectable()
@Resolver(() => ModelVersion)
export class GovernanceResolver {
  constructor(private readonly governanceService: GovernanceService) {}

  @Allow('submit', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description:
      "DRAFT → IN_REVIEW, when the submit gates pass; CONFLICT with the gate results (extensions.gateResults) when not. Needs submit on ModelVersion (data-scientist of the model's team, admin).",
  })
  submitModelVersionForReview(
    @Arg('id', () => ID, { description: "The version's global id." }) id: string,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion> {
    return this.governanceService.submitForReview(ctx, id);
  }

  @Allow('review', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description:
      'Records an approval; the version becomes APPROVED when the quorum of distinct reviewers is reached. Needs review on ModelVersion (reviewer, admin). FORBIDDEN for whoever registered the version or ran its training; CONFLICT when you already reviewed it or the approve gates fail.',
  })
  approveModelVersion(
    @Arg('id', () => ID, { description: "The version's global id; it must be IN_REVIEW." }) id: string,
    @Arg('comment', { description: 'Why you approve, for the audit trail: not empty, at most 10,000 characters.' })
    comment: string,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion> {
    return this.governanceService.approve(ctx, id, comment);
  }

  @Allow('review', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description:
      'IN_REVIEW → REJECTED: one rejection ends the review. Needs review on ModelVersion (reviewer, admin), with the separation of duties of approveModelVersion.',
  })
  rejectModelVersion(
    @Arg('id', () => ID, { description: "The version's global id; it must be IN_REVIEW." }) id: string,
    @Arg('reason', { description: 'Why you reject, for the audit trail: not empty, at most 10,000 characters.' })
    reason: string,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion> {
    return this.governanceService.reject(ctx, id, reason);
  }

  @Allow('deprecate', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description:
      "APPROVED → DEPRECATED, once no production route sends it traffic (CONFLICT, naming them, until then). Needs deprecate on ModelVersion (data-scientist of the model's team, admin).",
  })
  deprecateModelVersion(
    @Arg('id', () => ID, { description: "The version's global id." }) id: string,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion> {
    return this.governanceService.deprecate(ctx, id);
  }

  @Allow('archive', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description:
      "DEPRECATED or REJECTED → ARCHIVED, once no active deployment uses it (CONFLICT until then). Needs archive on ModelVersion (data-scientist of the model's team, admin).",
  })
  archiveModelVersion(
    @Arg('id', () => ID, { description: "The version's global id." }) id: string,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion> {
    return this.governanceService.archive(ctx, id);
  }

  @FieldResolver(() => [Review], { description: 'Decisions of reviewers, oldest first.' })
  reviews(@Root() version: ModelVersion, @Ctx() ctx: CallContext): Promise<Review[]> {
    return ctx.loaders.childrenOf(Review, 'modelVersion', (review) => review.modelVersion.id).load(version.id);
  }
}
