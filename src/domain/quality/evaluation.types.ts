import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { NAME_RULE } from '../validation';

@ObjectType({ description: "One class's measures, one class against the rest." })
export class ClassMeasuresType {
  @Field({ description: 'The class label.' }) label!: string;
  @Field(() => Float, { description: 'Of the rows predicted as this class, the share that are (0 when none were).' })
  precision!: number;
  @Field(() => Float, { description: 'Of the rows of this class, the share predicted as it (0 when none are).' })
  recall!: number;
  @Field(() => Float, { description: 'Harmonic mean of precision and recall.' }) f1!: number;
  @Field(() => Int, { description: 'Rows truly of this class.' }) support!: number;
}

@ObjectType({ description: "A classifier's measures on an evaluation set." })
export class ClassificationMeasuresType {
  @Field(() => Float, { description: 'Share of rows whose top-scored class is the label.' }) accuracy!: number;
  @Field(() => Float, {
    description: "Mean negative log of the true class's score (scores normalised per row, clipped to 1e-15).",
  })
  logLoss!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      "ROC AUC: the second class's for a binary classifier, else the mean of each present class's one-vs-rest AUC. Null with only one class present.",
  })
  rocAuc!: number | null;
  @Field(() => Float, {
    description:
      'Expected calibration error: over 10 equal-width bins of the top score, the mean gap between score and accuracy.',
  })
  expectedCalibrationError!: number;
  @Field(() => [ClassMeasuresType], { description: 'Precision, recall and F1 per class, in output order.' })
  perClass!: ClassMeasuresType[];
}

@ObjectType({ description: "A regressor's measures on an evaluation set." })
export class RegressionMeasuresType {
  @Field(() => Float, { description: 'Root mean squared error.' }) rmse!: number;
  @Field(() => Float, { description: 'Mean absolute error.' }) mae!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Coefficient of determination; null when every label is the same.',
  })
  r2!: number | null;
}

@ObjectType({ description: 'The rates of one group of a sensitive feature.' })
export class GroupRatesType {
  @Field({ description: "The group: the sensitive feature's value." }) group!: string;
  @Field(() => Int, { description: 'Rows of the group.' }) rows!: number;
  @Field(() => Float, { description: 'Share of its rows predicted as the positive class.' }) selectionRate!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of its truly positive rows predicted positive; null without any.',
  })
  truePositiveRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of its truly negative rows predicted positive; null without any.',
  })
  falsePositiveRate!: number | null;
}

@ObjectType({ description: 'Fairness across the groups of one sensitive feature, for the positive class.' })
export class FairnessMeasuresType {
  @Field({ description: 'The sensitive feature whose groups are compared.' }) sensitiveFeature!: string;
  @Field({ description: 'The class treated as the positive outcome.' }) positiveLabel!: string;
  @Field(() => [GroupRatesType], { description: 'Each group, by name.' }) groups!: GroupRatesType[];
  @Field(() => Float, { description: 'Largest minus smallest selection rate.' }) demographicParityDifference!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Smallest over largest selection rate; null when no group is ever selected.',
  })
  demographicParityRatio!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Largest minus smallest true-positive rate; null with fewer than two groups that have positives.',
  })
  equalOpportunityDifference!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The larger of the true- and false-positive rate differences.',
  })
  equalizedOddsDifference!: number | null;
}

@InputType({ description: 'What to evaluate on what.' })
export class EvaluateModelVersionInput {
  @Field({ description: 'The model version to run.' }) modelVersionId!: string;
  @Field({
    description:
      'The dataset version whose rows (uploaded to /datasets/versions/{id}/rows) it runs on; you must be able to read it.',
  })
  datasetVersionId!: string;
  @Field(() => String, {
    nullable: true,
    description: `The class fairness is measured for; default: the second class of a binary classifier (none for more classes). ${NAME_RULE}.`,
  })
  positiveLabel?: string;
}
