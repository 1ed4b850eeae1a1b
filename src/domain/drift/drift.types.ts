import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { mergeSparseBins } from './psi';
import type { FeatureDrift as TrackedDrift, VersionDrift as TrackedVersion } from './window';
import type { CallContext } from '../context';
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

export enum AggregateWithheld {
  TOO_FEW_INSTANCES = 'TOO_FEW_INSTANCES',
  TRAINING_DATA_NOT_READABLE = 'TRAINING_DATA_NOT_READABLE',
  LIVE_VALUES = 'LIVE_VALUES',
}
registerEnumType(AggregateWithheld, {
  name: 'AggregateWithheld',
  description:
    "Why an aggregate of live traffic is not shown to you. Callers who may read the deployment's logged instances (reviewers, admins) see every aggregate; others only those drawn from enough requests that none stands out.",
  valuesConfig: {
    TOO_FEW_INSTANCES: {
      description:
        'Fewer instances than policies/drift.yaml minCountToShow in the window (or carrying the feature): so few that the figures would tell of single requests.',
    },
    TRAINING_DATA_NOT_READABLE: {
      description: "The bins' bounds are statistics of a training dataset version you may not read.",
    },
    LIVE_VALUES: {
      description:
        "The bins' bounds are individual live values (deciles of the version's early traffic): for callers who may read the logged instances only.",
    },
  },
});

@ObjectType({
  description:
    "A bin of a feature: its bounds, its share in the reference and in the window. For callers who may not read the deployment's logged instances, reference bins holding fewer than policies/drift.yaml minCountPerBin instances of the window are merged with their neighbours (never dropped), so every bin shown holds at least that many; referenceBins says how many each spans.",
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
  @Field(() => Int, {
    description:
      "How many of the reference's bins this one spans: 1, or more where sparse bins were merged for a caller who may not read the logged instances.",
  })
  referenceBins!: number;
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
      'Population stability index of the window against the reference; null before any instance, while the reference forms, or when withheld.',
  })
  psi!: number | null;
  @Field(() => DriftStatus, {
    description: 'How far it has moved (STABLE while its figures are withheld for too few instances).',
  })
  status!: DriftStatus;
  @Field(() => Int, { description: 'Instances in the window that carried this feature.' }) instances!: number;
  @Field(() => AggregateWithheld, {
    nullable: true,
    description: 'Why psi and bins are not shown to you (TOO_FEW_INSTANCES); null when they are, or have yet to form.',
  })
  withheld!: AggregateWithheld | null;
  @Field(() => [DriftBin], {
    nullable: true,
    description:
      'The bins, when the reference is formed and you may see them (binsWithheld says why not); merged where sparse, see DriftBin.',
  })
  bins!: DriftBin[] | null;
  @Field(() => AggregateWithheld, {
    nullable: true,
    description: 'Why bins is null though the reference is formed; null when they are shown or have yet to form.',
  })
  binsWithheld!: AggregateWithheld | null;
}

@ObjectType({ description: "Drift of one model version's traffic on a deployment, as this gateway saw it." })
export class VersionDrift {
  @Field(() => ID, { description: "The version's global id." }) modelVersionId!: string;
  @Field(() => Int, { description: 'Its version number.' }) version!: number;
  @Field(() => Int, { description: 'Minutes the window spans.' }) windowMinutes!: number;
  @Field(() => Int, { description: 'Instances answered in the window.' }) instances!: number;
  @Field(() => AggregateWithheld, {
    nullable: true,
    description:
      "TOO_FEW_INSTANCES when the window holds fewer than minCountToShow instances and you may not read the deployment's logged instances: then no feature shows its psi or bins. Null when shown.",
  })
  withheld!: AggregateWithheld | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "The fewest instances a window (and a feature) must hold for you to see its figures, and each bin shown holds at least minCountPerBin of (policies/drift.yaml); null when no minimum applies to you (you may read the deployment's logged instances).",
  })
  minCountToShow!: number | null;
  @Field({ description: 'An alert is raised and not yet settled (every feature back below the warning threshold).' })
  alerting!: boolean;
  @Field(() => [FeatureDrift], { description: 'Input features, the most drifted first.' }) inputs!: FeatureDrift[];
  @Field(() => [FeatureDrift], { description: 'Outputs (the predicted class, or the value), the most drifted first.' })
  outputs!: FeatureDrift[];
}

/**
 * The monitor's report as the caller may see it. The bins of a feature whose reference is the
 * training data go only to callers who may read that dataset version (its edges are its
 * quantiles). `readsInstances`: the caller may read the instances the deployment logged for this
 * version, so sees every figure; anyone else sees no figure of fewer than `minCountToShow`
 * instances, bins merged to at least `minCountPerBin` each, and no bins whose edges are live values.
 */
export function driftFor(
  ctx: CallContext,
  drift: TrackedVersion,
  windowMinutes: number,
  readsInstances: boolean,
): VersionDrift {
  const { psi, minCountToShow, minCountPerBin } = ctx.access.policy.drift;
  const windowWithheld = !readsInstances && drift.instances < minCountToShow;
  const feature = (tracked: TrackedDrift): FeatureDrift => {
    const tooFew = !readsInstances && (windowWithheld || tracked.instances < minCountToShow);
    const status = tracked.collecting
      ? DriftStatus.COLLECTING
      : tooFew || tracked.psi === null || tracked.psi < psi.warn
        ? DriftStatus.STABLE
        : tracked.psi < psi.alert
          ? DriftStatus.WARNING
          : DriftStatus.DRIFTING;
    const binsWithheld = !tracked.bins
      ? null
      : tooFew
        ? AggregateWithheld.TOO_FEW_INSTANCES
        : tracked.referenceFrom && !ctx.access.canOn('read', 'DatasetVersion', tracked.referenceFrom)
          ? AggregateWithheld.TRAINING_DATA_NOT_READABLE
          : !readsInstances && tracked.edgesFromTraffic
            ? AggregateWithheld.LIVE_VALUES
            : null;
    const bins =
      !tracked.bins || binsWithheld
        ? null
        : readsInstances
          ? tracked.bins
          : mergeSparseBins(tracked.bins, minCountPerBin, tracked.referenceCount);
    return {
      feature: tracked.feature,
      reference: tracked.reference as DriftReference,
      psi: tooFew ? null : tracked.psi,
      status,
      instances: tracked.instances,
      withheld: tooFew && !tracked.collecting ? AggregateWithheld.TOO_FEW_INSTANCES : null,
      bins,
      binsWithheld,
    };
  };
  return {
    modelVersionId: toGlobalId('ModelVersion', drift.modelVersionId),
    version: drift.version,
    windowMinutes,
    instances: drift.instances,
    withheld: windowWithheld ? AggregateWithheld.TOO_FEW_INSTANCES : null,
    minCountToShow: readsInstances ? null : minCountToShow,
    alerting: drift.alerting,
    inputs: drift.inputs.map(feature),
    outputs: drift.outputs.map(feature),
  };
}
