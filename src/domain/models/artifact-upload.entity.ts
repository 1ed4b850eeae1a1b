import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';

/**
 * Who uploaded an artifact: a digest is not a capability. A version may be registered on an
 * artifact only by its uploader, a member of the uploader's teams, or a caller who may read a
 * version that already uses it.
 */
@Entity()
@Unique({ properties: ['sha256', 'owner'] })
export class ArtifactUpload {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ length: 64 })
  sha256!: string;

  /** `subject:<who>` for the uploader, `team:<id>` for each of its teams. */
  @Property({ length: 300 })
  owner!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

/** The owners an upload records, and a registration looks for. */
export function ownersOf(identity: { subject: string; teamIds: string[] }): string[] {
  return [`subject:${identity.subject}`, ...identity.teamIds.map((id) => `team:${id}`)];
}
