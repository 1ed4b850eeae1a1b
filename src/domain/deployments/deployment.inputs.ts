import { Field, ID, InputType, Int } from 'type-graphql';
import { ExplanationDefaults } from '../explanation-settings';
import { NAME_RULE } from '../validation';
import { Batching, DeploymentStatus, Environment } from './deployment.entity';

@InputType({ description: 'A share of traffic for one model version.' })
export class RouteInput {
  @Field(() => ID, {
    description: "A version in a state the deployment's environment takes (CONFLICT otherwise).",
  })
  modelVersionId!: string;
  @Field(() => Int, { description: 'Percent of traffic, 0 to 100; the routes add up to 100.' }) weight!: number;
}

@InputType({ description: 'A new deployment.' })
export class CreateDeploymentInput {
  @Field(() => ID, { description: 'The team that will own it; you need create on Deployment in it.' }) teamId!: string;
  @Field({ description: `Unique; clients call predict with it. ${NAME_RULE}.` }) name!: string;
  @Field(() => Environment, { description: 'Where it serves.' }) environment!: Environment;
  @Field(() => [RouteInput], {
    description: 'Where its traffic goes: 1 to 10 routes to distinct versions, with weights adding up to 100.',
  })
  routes!: RouteInput[];
  @Field(() => ID, { nullable: true, description: 'A version that sees copies of the traffic without answering.' })
  shadowModelVersionId?: string;
  @Field(() => Batching, {
    nullable: true,
    description:
      "Unset: what suits the gateway's inference backend (256 instances and 2 ms on webgpu; 32 and 5 ms otherwise).",
  })
  batching?: Batching;
  @Field(() => ExplanationDefaults, {
    nullable: true,
    description: 'How predict explains by default on it; unset, everything takes the gateway default.',
  })
  explanationDefaults?: ExplanationDefaults;
}

@InputType({ description: 'New explanation defaults for a deployment.' })
export class UpdateDeploymentExplanationsInput {
  @Field({ description: "The deployment's name." }) name!: string;
  @Field(() => ExplanationDefaults, {
    description: 'Replaces the defaults; what is left out takes the gateway default.',
  })
  explanationDefaults!: ExplanationDefaults;
}

@InputType({ description: 'New routes (and shadow) for a deployment, replacing all of the current ones.' })
export class UpdateDeploymentRoutesInput {
  @Field({ description: "The deployment's name." }) name!: string;
  @Field(() => [RouteInput], {
    description: 'The new routes: 1 to 10, to distinct versions, with weights adding up to 100.',
  })
  routes!: RouteInput[];
  @Field(() => ID, { nullable: true, description: 'Leave out to remove the shadow version.' })
  shadowModelVersionId?: string;
}

@InputType({ description: 'Which deployments to list; the conditions given must all hold.' })
export class DeploymentFilter {
  @Field(() => ID, { nullable: true, description: 'Only the deployments of this team.' }) teamId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
  @Field(() => Environment, { nullable: true, description: 'Only the deployments in this environment.' })
  environment?: Environment;
  @Field(() => [DeploymentStatus], { nullable: true, description: 'Only the deployments in these states.' })
  statusIn?: DeploymentStatus[];
}
