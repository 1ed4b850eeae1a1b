import { Migration } from '@mikro-orm/migrations';

export class Migration20261126195618 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "team_id" uuid not null, "name" varchar(100) not null, "deployment_names" jsonb not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "created_by" varchar(255) not null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`create index "api_key_team_id_index" on "api_key" ("team_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "api_key" add constraint "api_key_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);
  }

}
