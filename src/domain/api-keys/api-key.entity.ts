import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';

/** A credential for a client service: scoped to a team and to the deployments it may call. */
@ObjectType({
  implements: Node,
  description:
    'A credential for a client service, scoped to a team and to the deployments it may call. Sent as Authorization: ApiKey <key>, or x-api-key: <key>.',
})
@Entity()
export class ApiKey extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field({ description: 'What the key is for, e.g. the calling service.' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => [String], { description: 'Deployments the key may call.' })
  @Property({ type: 'json' })
  deploymentNames!: string[];

  @Field({ description: 'The first characters of the secret, to recognise a key; never enough to use it.' })
  @Property({ length: 16 })
  prefix!: string;

  /** SHA-256 of the secret; the secret itself is shown once and never stored. */
  @Property({ length: 64, unique: true, hidden: true })
  secretHash!: string;

  @Field({ description: 'The subject of who created it.' })
  @Property()
  createdBy!: string;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Opt<Date>;
}
