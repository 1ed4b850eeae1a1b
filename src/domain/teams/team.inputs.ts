import { Field, InputType } from 'type-graphql';
import { NAME_RULE, TEXT_RULE } from '../validation';

@InputType({ description: 'A new team.' })
export class CreateTeamInput {
  @Field({ description: `Unique among teams; ${NAME_RULE}.` }) name!: string;
  @Field(() => String, { nullable: true, description: `${TEXT_RULE}.` }) description?: string;
}

@InputType({ description: 'Which teams to list.' })
export class TeamFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
}
