import { BigIntType, Embeddable, Embedded, Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GateResult } from './gate-result';
import { Run } from '../experiments/experiment.entity';
import { Metric } from '../metric';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';
import { TensorDtype, type ModelSignature, type TensorShape } from '../../inference/signature';
import { MAX_TEXT_LENGTH, NAME_RULE } from '../validation';
import { ArtifactFormat } from '../../inference/artifact-store';

export enum TaskType {
  CLASSIFICATION = 'CLASSIFICATION',
  REGRESSION = 'REGRESSION',
  IMAGE_CLASSIFICATION = 'IMAGE_CLASSIFICATION',
}
registerEnumType(TaskType, {
  name: 'TaskType',
  description: 'What a model predicts; it decides which gates of policies/gates.yaml its versions must pass.',
  valuesConfig: {
    CLASSIFICATION: { description: 'Assigns one of several classes to tabular input.' },
    REGRESSION: { description: 'Predicts a number.' },
    IMAGE_CLASSIFICATION: { description: 'Assigns a class to an image.' },
  },
});

export enum LifecycleState {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DEPRECATED = 'DEPRECATED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(LifecycleState, {
  name: 'LifecycleState',
  description:
    'Where a model version stands in governance: DRAFT → IN_REVIEW → APPROVED or REJECTED; APPROVED → DEPRECATED; DEPRECATED or REJECTED → ARCHIVED.',
  valuesConfig: {
    DRAFT: { description: 'Registered, not yet submitted for review.' },
    IN_REVIEW: {
      description: 'Passed the submit gates and awaits reviewers; STAGING routes may take it (policies/gates.yaml).',
    },
    APPROVED: { description: 'Approved by the quorum of reviewers: the only state PRODUCTION routes take.' },
    REJECTED: { description: 'A reviewer rejected it; a fix is registered as a new version.' },
    DEPRECATED: { description: 'Withdrawn from production: PRODUCTION routes no longer take it.' },
    ARCHIVED: { description: 'Put away for good; the last state.' },
  },
});

export { ArtifactFormat };
registerEnumType(ArtifactFormat, {
  name: 'ArtifactFormat',
  description: 'How the files of a model are laid out: a TensorFlow.js model folder.',
  valuesConfig: {
    TFJS_LAYERS_MODEL: {
      description: 'A TensorFlow.js Layers model (such as a converted Keras model): model.json and its weight files.',
    },
    TFJS_GRAPH_MODEL: {
      description: 'A TensorFlow.js Graph model (such as a converted SavedModel): model.json and its weight files.',
    },
  },
});

export { TensorDtype };
registerEnumType(TensorDtype, {
  name: 'TensorDtype',
  description: "The type of the values of a model's input or output.",
  valuesConfig: {
    FLOAT32: { description: '32-bit floating-point numbers.' },
    INT32: { description: '32-bit integers.' },
    BOOL: { description: 'True or false.' },
  },
});

@ObjectType({ description: 'The files of a model version, uploaded to POST /artifacts and kept by their digest.' })
@InputType('ArtifactInput', {
  description: 'An artifact uploaded to POST /artifacts; its format and size must match the upload.',
})
@Embeddable()
export class Artifact {
  @Field(() => ArtifactFormat, { description: 'How the files are laid out.' })
  @Enum(() => ArtifactFormat)
  format!: ArtifactFormat;

  @Field({ description: 'Hex SHA-256 of the stored artifact: its address in the artifact store.' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => GraphQLSafeInt, { description: 'Size in bytes, as uploaded.' })
  @Property({ type: new BigIntType('number') })
  sizeBytes!: number;
}

/** One named input or output: a scalar feature has shape [], an image e.g. [28, 28, 1]. */
@ObjectType({
  description: 'One named input or output of a model: a scalar feature has shape [], an image e.g. [28, 28, 1].',
})
@InputType('TensorSpecInput', {
  description: 'One named input or output of a model: a scalar feature has shape [], an image e.g. [28, 28, 1].',
})
export class TensorSpec implements TensorShape {
  @Field({
    description: `Its name, unique among the inputs (or the outputs); instances name inputs by it. ${NAME_RULE}.`,
  })
  name!: string;
  @Field(() => TensorDtype, { description: 'The type of its values.' }) dtype!: TensorDtype;
  @Field(() => [Int], { description: 'Dimensions of one instance, without the batch dimension.' }) shape!: number[];
}

@ObjectType({ description: 'How a model version is called: its named inputs and outputs.' })
@InputType('SignatureInput', {
  description:
    'How a model version is called: its named inputs and outputs. At registration the model must run on zeros shaped like the inputs and answer in the shapes and types of the outputs.',
})
export class Signature implements ModelSignature {
  @Field(() => [TensorSpec], { description: 'What each instance gives, by name; at least one.' }) inputs!: TensorSpec[];
  @Field(() => [TensorSpec], { description: "The model's outputs, at least one; predictions are read from the first." })
  outputs!: TensorSpec[];
  @Field(() => [String], {
    defaultValue: [],
    description: 'Names of the output classes, in output order: unique, 1 to 100 characters each.',
  })
  classLabels!: string[];
}

/** A fairness measurement of the version across the groups of one sensitive feature. */
@ObjectType({ description: 'A fairness measurement of the version across the groups of one sensitive feature.' })
@InputType('FairnessMetricInput', {
  description: 'A fairness measurement of the version across the groups of one sensitive feature.',
})
export class FairnessMetric {
  @Field({ description: 'The measure, e.g. demographic_parity_difference.' }) metric!: string;
  @Field({ description: 'The sensitive feature whose groups were compared.' }) sensitiveFeature!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The group, for per-group metrics; absent for a difference across groups.',
  })
  group?: string;
  @Field(() => Float, { description: 'The measured value, a finite number.' }) value!: number;
}

@ObjectType({
  description:
    'What a model version is for and how it was made, for its reviewers and users; the submit gates may require fields of it.',
})
@InputType('ModelCardInput', {
  description: `What a model version is for and how it was made; each field is free text of at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters.`,
})
export class ModelCard {
  @Field(() => String, { nullable: true, description: 'What the model is meant for, and for whom.' })
  intendedUse?: string;
  @Field(() => String, { nullable: true, description: 'Where it should not be used or trusted.' })
  limitations?: string;
  @Field(() => String, { nullable: true, description: 'Risks and harms considered, and how they were addressed.' })
  ethicalConsiderations?: string;
  @Field(() => String, { nullable: true, description: 'How it was trained.' }) trainingProcedure?: string;
}

@ObjectType({ implements: Node, description: 'A named model of a team, published in versions.' })
@Entity()
export class Model extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field({ description: 'Unique among models.' })
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text about the model.' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => TaskType, { description: 'What it predicts; it decides the gates its versions must pass.' })
  @Enum(() => TaskType)
  taskType!: TaskType;
}

@ObjectType({
  implements: Node,
  description:
    'One trained version of a model: its artifact, signature and metrics, and where it stands in governance.',
})
@Entity()
@Unique({ properties: ['model', 'version'] })
export class ModelVersion extends Node {
  @ManyToOne(() => Model)
  model!: Model;

  @Field(() => Int, { description: 'Numbered from 1 within its model.' })
  @Property()
  version!: number;

  @Field(() => String, { nullable: true, description: 'Free text about the version.' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Artifact, { description: 'Its model files.' })
  @Embedded(() => Artifact)
  artifact!: Artifact;

  @Field(() => Signature, { description: 'Its named inputs and outputs.' })
  @Property({ type: 'json' })
  signature!: Signature;

  @Field(() => [Metric], { description: 'Evaluation metrics.' })
  @Property({ type: 'json' })
  metrics: Opt<Metric[]> = [];

  @Field(() => [FairnessMetric], { description: 'Fairness measurements, as registered.' })
  @Property({ type: 'json' })
  fairnessMetrics: Opt<FairnessMetric[]> = [];

  @Field(() => ModelCard, { description: 'What it is for and how it was made.' })
  @Property({ type: 'json' })
  modelCard: Opt<ModelCard> = {};

  @Field(() => LifecycleState, {
    description: 'Where it stands in governance; it decides which deployments may route traffic to it.',
  })
  @Enum(() => LifecycleState)
  lifecycleState: Opt<LifecycleState> = LifecycleState.DRAFT;

  @Field(() => [GateResult], { description: 'The latest verdict of each gate, for entering review and for approval.' })
  @Property({ type: 'json' })
  gateResults: Opt<GateResult[]> = [];

  /** The run that produced it; its dataset versions are the version's training data. */
  @ManyToOne(() => Run, { nullable: true, index: true })
  run?: Run;

  @Field({ description: 'The subject of who registered it.' })
  @Property()
  createdBy!: string;
}
