import { Migration } from '@mikro-orm/migrations';

export class Migration20261127071000 extends Migration {

  override async up(): Promise<void> {
    // Who uploaded each artifact: registering a version on a digest needs a claim to it.
    this.addSql(`create table "artifact_upload" ("id" uuid not null, "sha256" varchar(64) not null, "owner" varchar(300) not null, "created_at" timestamptz not null, constraint "artifact_upload_pkey" primary key ("id"));`);
    this.addSql(`alter table "artifact_upload" add constraint "artifact_upload_sha256_owner_unique" unique ("sha256", "owner");`);
    // Artifacts that versions already use stay registrable by whoever may read those versions.
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "artifact_upload" cascade;`);
  }

}
