import { Field, ID, InputType, Int } from 'type-graphql';
import { ExplanationDefaults } from '../../explain/settings';
import { Batching, DeploymentStatus, Environment } from './deployment.entity';

@InputType()
export class RouteInput {
  @Field(() => ID) modelVersionId!: string;
  @Field(() => Int, { description: 'Percent of traffic; the routes add up to 100.' }) weight!: number;
}

@InputType()
export class CreateDeploymentInput {
  @Field(() => ID) teamId!: string;
  @Field({ description: 'Unique; clients call predict with it.' }) name!: string;
  @Field(() => Environment) environment!: Environment;
  @Field(() => [RouteInput]) routes!: RouteInput[];
  @Field(() => ID, { nullable: true, description: 'A version that sees copies of the traffic without answering.' })
  shadowModelVersionId?: string;
  @Field(() => Batching, {
    nullable: true,
    description:
      "Unset: what suits the gateway's inference backend (256 instances and 2 ms on webgpu; 32 and 5 ms otherwise).",
  })
  batching?: Batching;
  @Field(() => ExplanationDefaults, { nullable: true }) explanationDefaults?: ExplanationDefaults;
}

@InputType()
export class UpdateDeploymentExplanationsInput {
  @Field() name!: string;
  @Field(() => ExplanationDefaults, {
    description: 'Replaces the defaults; what is left out takes the gateway default.',
  })
  explanationDefaults!: ExplanationDefaults;
}

@InputType()
export class UpdateDeploymentRoutesInput {
  @Field() name!: string;
  @Field(() => [RouteInput]) routes!: RouteInput[];
  @Field(() => ID, { nullable: true, description: 'Leave out to remove the shadow version.' })
  shadowModelVersionId?: string;
}

@InputType()
export class DeploymentFilter {
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
  @Field(() => Environment, { nullable: true }) environment?: Environment;
  @Field(() => [DeploymentStatus], { nullable: true }) statusIn?: DeploymentStatus[];
}
