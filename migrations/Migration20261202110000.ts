import { Migration } from '@mikro-orm/migrations';

export class Migration20261202110000 extends Migration {

  override async up(): Promise<void> {
    // Evaluation runs: a model version measured on a dataset version's rows (domain/quality).
    this.addSql(`create table "evaluation" ("id" uuid not null, "created_at" timestamptz not null, "model_version_id" uuid not null, "dataset_version_id" uuid not null, "dataset_sha256" varchar(64) not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')) not null, "rows" bigint not null, "rows_done" bigint not null, "positive_label" varchar(255) null, "measures" jsonb null, "error" text null, "created_by" varchar(255) not null, "finished_at" timestamptz null, constraint "evaluation_pkey" primary key ("id"));`);
    this.addSql(`create index "evaluation_model_version_id_index" on "evaluation" ("model_version_id");`);
    this.addSql(`create index "evaluation_dataset_version_id_index" on "evaluation" ("dataset_version_id");`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_model_version_id_foreign" foreign key ("model_version_id") references "model_version" ("id") on update cascade;`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_dataset_version_id_foreign" foreign key ("dataset_version_id") references "dataset_version" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluation" cascade;`);
  }

}
