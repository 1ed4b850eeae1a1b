import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateTeamInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@InputType()
export class TeamFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
}
