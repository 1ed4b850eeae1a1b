import { BigIntType, Embeddable, Embedded, Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GateResult } from '../../governance/gate-result';
import { Run } from '../experiments/experiment.entity';
import { Metric } from '../metric';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';
import { TensorDtype, type ModelSignature, type TensorShape } from '../../serving/signature';

export enum TaskType {
  CLASSIFICATION = 'CLASSIFICATION',
  REGRESSION = 'REGRESSION',
  IMAGE_CLASSIFICATION = 'IMAGE_CLASSIFICATION',
}
registerEnumType(TaskType, { name: 'TaskType' });

export enum LifecycleState {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DEPRECATED = 'DEPRECATED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(LifecycleState, { name: 'LifecycleState' });

export enum ArtifactFormat {
  TFJS_LAYERS_MODEL = 'TFJS_LAYERS_MODEL',
  TFJS_GRAPH_MODEL = 'TFJS_GRAPH_MODEL',
}
registerEnumType(ArtifactFormat, { name: 'ArtifactFormat' });

export { TensorDtype };
registerEnumType(TensorDtype, { name: 'TensorDtype' });

@ObjectType()
@InputType('ArtifactInput')
@Embeddable()
export class Artifact {
  @Field(() => ArtifactFormat)
  @Enum(() => ArtifactFormat)
  format!: ArtifactFormat;

  @Field({ description: 'Hex SHA-256 of the stored artifact: its address in the artifact store.' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => GraphQLSafeInt)
  @Property({ type: new BigIntType('number') })
  sizeBytes!: number;
}

/** One named input or output: a scalar feature has shape [], an image e.g. [28, 28, 1]. */
@ObjectType()
@InputType('TensorSpecInput')
export class TensorSpec implements TensorShape {
  @Field() name!: string;
  @Field(() => TensorDtype) dtype!: TensorDtype;
  @Field(() => [Int], { description: 'Dimensions of one instance, without the batch dimension.' }) shape!: number[];
}

@ObjectType()
@InputType('SignatureInput')
export class Signature implements ModelSignature {
  @Field(() => [TensorSpec]) inputs!: TensorSpec[];
  @Field(() => [TensorSpec]) outputs!: TensorSpec[];
  @Field(() => [String], { defaultValue: [], description: 'Names of the output classes, in output order.' })
  classLabels!: string[];
}

/** A fairness measurement of the version across the groups of one sensitive feature. */
@ObjectType()
@InputType('FairnessMetricInput')
export class FairnessMetric {
  @Field({ description: 'e.g. demographic_parity_difference.' }) metric!: string;
  @Field({ description: 'The sensitive feature whose groups were compared.' }) sensitiveFeature!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The group, for per-group metrics; absent for a difference across groups.',
  })
  group?: string;
  @Field(() => Float) value!: number;
}

@ObjectType()
@InputType('ModelCardInput')
export class ModelCard {
  @Field(() => String, { nullable: true }) intendedUse?: string;
  @Field(() => String, { nullable: true }) limitations?: string;
  @Field(() => String, { nullable: true }) ethicalConsiderations?: string;
  @Field(() => String, { nullable: true }) trainingProcedure?: string;
}

@ObjectType({ implements: Node })
@Entity()
export class Model extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field()
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => TaskType)
  @Enum(() => TaskType)
  taskType!: TaskType;
}

@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['model', 'version'] })
export class ModelVersion extends Node {
  @ManyToOne(() => Model)
  model!: Model;

  @Field(() => Int, { description: 'Numbered from 1 within its model.' })
  @Property()
  version!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Artifact)
  @Embedded(() => Artifact)
  artifact!: Artifact;

  @Field(() => Signature)
  @Property({ type: 'json' })
  signature!: Signature;

  @Field(() => [Metric], { description: 'Evaluation metrics.' })
  @Property({ type: 'json' })
  metrics: Opt<Metric[]> = [];

  @Field(() => [FairnessMetric])
  @Property({ type: 'json' })
  fairnessMetrics: Opt<FairnessMetric[]> = [];

  @Field(() => ModelCard)
  @Property({ type: 'json' })
  modelCard: Opt<ModelCard> = {};

  @Field(() => LifecycleState)
  @Enum(() => LifecycleState)
  lifecycleState: Opt<LifecycleState> = LifecycleState.DRAFT;

  @Field(() => [GateResult], { description: 'The latest verdict of each gate, for entering review and for approval.' })
  @Property({ type: 'json' })
  gateResults: Opt<GateResult[]> = [];

  /** The run that produced it; its dataset versions are the version's training data. */
  @ManyToOne(() => Run, { nullable: true, index: true })
  run?: Run;

  @Field()
  @Property()
  createdBy!: string;
}
