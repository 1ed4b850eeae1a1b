import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { FeatureDrift as TrackedDrift, VersionDrift as TrackedVersion } from '../predictions/drift';
import type { RequestContext } from '../context';
import { toGlobalId } from '../relay/global-id';

export enum DriftReference {
  TRAINING_STATISTICS = 'TRAINING_STATISTICS',
  EARLY_TRAFFIC = 'EARLY_TRAFFIC',
}
registerEnumType(DriftReference, {
  name: 'DriftReference',
  description:
    "What live traffic is compared with: the training data's statistics of the feature, or the version's first live values on this deployment.",
  valuesConfig: {
    TRAINING_STATISTICS: {
      description:
        "The training dataset version's histogram, quantiles, or mean and standard deviation of the feature.",
    },
    EARLY_TRAFFIC: {
      description: "The version's first live values on this deployment (policies/drift.yaml, earlyTrafficReference).",
    },
  },
});

export enum DriftStatus {
  STABLE = 'STABLE',
  WARNING = 'WARNING',
  DRIFTING = 'DRIFTING',
  COLLECTING = 'COLLECTING',
}
registerEnumType(DriftStatus, {
  name: 'DriftStatus',
  description: 'How far a feature has moved, by the thresholds of policies/drift.yaml.',
  valuesConfig: {
    STABLE: { description: 'PSI below the warning threshold (or too few instances in the window to judge).' },
    WARNING: { description: 'PSI between the warning and the alert thresholds.' },
    DRIFTING: { description: 'PSI at or above the alert threshold.' },
    COLLECTING: { description: 'The reference is still being collected from early traffic.' },
  },
});

@ObjectType({
  description: 'One reference bin of a feature: its bounds, its share in the reference and in the window.',
})
export class DriftBin {
  @Field(() => Float, {
    nullable: true,
    description: 'Lower bound (inclusive); null for the open bin below the first edge.',
  })
  lower!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Upper bound (exclusive); null for the open bin above the last edge.',
  })
  upper!: number | null;
  @Field(() => Float, { description: 'Share of the reference in this bin.' }) expected!: number;
  @Field(() => Float, { description: 'Share of the instances in the window in this bin.' }) observed!: number;
}

@ObjectType({ description: 'Drift of one input feature or output over the window.' })
export class FeatureDrift {
  @Field({
    description: 'The feature (a vector element as name.index, an image as name:mean, an output as output:name).',
  })
  feature!: string;
  @Field(() => DriftReference, { description: 'What its live values are compared with.' }) reference!: DriftReference;
  @Field(() => Float, {
    nullable: true,
    description:
      'Population stability index of the window against the reference; null before any instance, or while the reference forms.',
  })
  psi!: number | null;
  @Field(() => DriftStatus, { description: 'How far it has moved.' }) status!: DriftStatus;
  @Field(() => Int, { description: 'Instances in the window that carried this feature.' }) instances!: number;
  @Field(() => [DriftBin], {
    nullable: true,
    description: 'The bins, when the reference is formed and you may read the training data it comes from.',
  })
  bins!: DriftBin[] | null;
}

@ObjectType({ description: "Drift of one model version's traffic on a deployment, as this gateway saw it." })
export class VersionDrift {
  @Field(() => ID, { description: "The version's global id." }) modelVersionId!: string;
  @Field(() => Int, { description: 'Its version number.' }) version!: number;
  @Field(() => Int, { description: 'Minutes the window spans.' }) windowMinutes!: number;
  @Field(() => Int, { description: 'Instances answered in the window.' }) instances!: number;
  @Field({ description: 'An alert is raised and not yet settled (every feature back below the warning threshold).' })
  alerting!: boolean;
  @Field(() => [FeatureDrift], { description: 'Input features, the most drifted first.' }) inputs!: FeatureDrift[];
  @Field(() => [FeatureDrift], { description: 'Outputs (the predicted class, or the value), the most drifted first.' })
  outputs!: FeatureDrift[];
}

/**
 * The monitor's report as the caller may see it: the bins of a feature whose reference is the
 * training data go only to callers who may read that dataset version (its edges are its quantiles).
 */
export function driftFor(ctx: RequestContext, drift: TrackedVersion, windowMinutes: number): VersionDrift {
  const { psi } = ctx.access.policy.drift;
  const feature = (tracked: TrackedDrift): FeatureDrift => {
    const status = tracked.collecting
      ? DriftStatus.COLLECTING
      : tracked.psi === null || tracked.psi < psi.warn
        ? DriftStatus.STABLE
        : tracked.psi < psi.alert
          ? DriftStatus.WARNING
          : DriftStatus.DRIFTING;
    const readable = !tracked.referenceFrom || ctx.access.canOn('read', 'DatasetVersion', tracked.referenceFrom);
    return {
      feature: tracked.feature,
      reference: tracked.reference as DriftReference,
      psi: tracked.psi,
      status,
      instances: tracked.instances,
      bins: readable ? (tracked.bins ?? null) : null,
    };
  };
  return {
    modelVersionId: toGlobalId('ModelVersion', drift.modelVersionId),
    version: drift.version,
    windowMinutes,
    instances: drift.instances,
    alerting: drift.alerting,
    inputs: drift.inputs.map(feature),
    outputs: drift.outputs.map(feature),
  };
}
