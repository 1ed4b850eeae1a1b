import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ClassificationMeasuresType, FairnessMeasuresType, RegressionMeasuresType } from '../quality/evaluation.types';

@InputType({ description: 'What actually happened to one answered instance.' })
export class OutcomeInput {
  @Field(() => ID, { description: "The instance's prediction id, as predict answered it (outputs[].predictionId)." })
  predictionId!: string;
  @Field(() => String, {
    nullable: true,
    description: "The true class, for classifiers: one of the version's class labels.",
  })
  label?: string | null;
  @Field(() => Float, { nullable: true, description: 'The true value, for regressors.' })
  value?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Replaces an outcome reported before with this one (written to the audit trail); without it a different outcome for the same id is a CONFLICT.',
  })
  correction?: boolean | null;
}

@ObjectType({ description: 'What a report of outcomes did; it is written whole or not at all.' })
export class OutcomeReceipt {
  @Field(() => Int, { description: 'Outcomes new to the gateway.' }) recorded!: number;
  @Field(() => Int, { description: 'Outcomes it held already, as reported: sending a report again changes nothing.' })
  unchanged!: number;
  @Field(() => Int, { description: 'Outcomes replaced by corrections.' }) corrected!: number;
}

@ObjectType({ description: 'A live quality check of policies/quality.yaml that a version fails now.' })
export class QualityAlertType {
  @Field({ description: "The check's name." }) check!: string;
  @Field({ description: 'The metric it reads.' }) metric!: string;
  @Field(() => Float, { description: 'The live value.' }) value!: number;
  @Field(() => Float, {
    description: 'The bound it crossed (relative bounds already applied to the evaluation value).',
  })
  bound!: number;
  @Field(() => Int, { description: 'Labelled instances the value rests on.' }) labelled!: number;
}

@ObjectType({
  description:
    "A model version's answers on a deployment measured against the outcomes client services reported, over a window of hours of prediction time: the same measures as an evaluation, computed from aggregates.",
})
export class LiveQuality {
  @Field(() => ID, { description: 'The model version.' }) modelVersionId!: string;
  @Field(() => Int, { description: 'Its version number.' }) version!: number;
  @Field({ description: 'The start of the window: whole hours, the current one included.' }) since!: Date;
  @Field(() => Float, { description: 'Instances the version answered in the window (shadow copies aside).' })
  answered!: number;
  @Field(() => Float, { description: 'Of those, instances with a reported outcome.' }) labelled!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The share of answered instances that are labelled; null when none was answered.',
  })
  labelledShare!: number | null;
  @Field(() => ClassificationMeasuresType, {
    nullable: true,
    description:
      'For classifiers with outcomes. The ROC AUC is read from scores binned in thousandths (ties within a bin count half), and only for up to 32 classes.',
  })
  classification?: ClassificationMeasuresType;
  @Field(() => RegressionMeasuresType, { nullable: true, description: 'For regressors with outcomes.' })
  regression?: RegressionMeasuresType;
  @Field(() => [FairnessMeasuresType], {
    description:
      "Binary classifiers: per SENSITIVE feature of the training data carried by the instances (as an input, or a field beside the inputs), each group's rates for the second class.",
  })
  fairness!: FairnessMeasuresType[];
  @Field(() => [QualityAlertType], {
    description: "The checks of policies/quality.yaml this version fails now, by this gateway's last judgement.",
  })
  alerts!: QualityAlertType[];
}

@ObjectType({ description: "A feature's mean |attribution| live and in the reference." })
export class FeatureImportance {
  @Field({ description: 'The feature, named as in explanations.' }) feature!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Over the sampled live instances of the window; null when redacted or none.',
  })
  live!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "On the reference evaluation's rows; null when redacted or none.",
  })
  reference!: number | null;
  @Field({ description: 'The feature holds personal or sensitive data your roles may not see.' }) redacted!: boolean;
}

@ObjectType({
  description:
    "Feature-attribution drift of a tabular version on a deployment: the ranking of features by mean |KernelSHAP attribution| over a sample of the window's answered instances, against the ranking on a finished evaluation's rows, compared by nDCG (policies/quality.yaml attributionDrift).",
})
export class AttributionDriftType {
  @Field(() => ID, { description: 'The model version.' }) modelVersionId!: string;
  @Field(() => Int, { description: 'Its version number.' }) version!: number;
  @Field(() => Int, { description: 'Sampled instances explained in the window.' }) explained!: number;
  @Field(() => Float, {
    nullable: true,
    description: "The nDCG of the live ranking against the reference's: 1 when they agree; null without a reference.",
  })
  ndcg!: number | null;
  @Field(() => Float, { description: 'The nDCG under which an alert is raised.' }) bound!: number;
  @Field({ description: "Whether this gateway's last judgement raised an alert that stands." }) alerting!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: "The evaluation whose rows gave the reference: the version's latest, else its model's latest.",
  })
  referenceEvaluationId!: string | null;
  @Field(() => [FeatureImportance], { description: 'Every feature, the most important live first.' })
  features!: FeatureImportance[];
}
