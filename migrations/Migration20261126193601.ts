import { Migration } from '@mikro-orm/migrations';

export class Migration20261126193601 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "team" ("id" uuid not null, "created_at" timestamptz not null, "name" varchar(100) not null, "description" text null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`alter table "team" add constraint "team_name_unique" unique ("name");`);

    this.addSql(`create table "model" ("id" uuid not null, "created_at" timestamptz not null, "team_id" uuid not null, "name" varchar(100) not null, "description" text null, "task_type" text check ("task_type" in ('CLASSIFICATION', 'REGRESSION', 'IMAGE_CLASSIFICATION')) not null, constraint "model_pkey" primary key ("id"));`);
    this.addSql(`create index "model_team_id_index" on "model" ("team_id");`);
    this.addSql(`alter table "model" add constraint "model_name_unique" unique ("name");`);

    this.addSql(`create table "experiment" ("id" uuid not null, "created_at" timestamptz not null, "team_id" uuid not null, "name" varchar(100) not null, "description" text null, constraint "experiment_pkey" primary key ("id"));`);
    this.addSql(`create index "experiment_team_id_index" on "experiment" ("team_id");`);
    this.addSql(`alter table "experiment" add constraint "experiment_name_unique" unique ("name");`);

    this.addSql(`create table "run" ("id" uuid not null, "created_at" timestamptz not null, "experiment_id" uuid not null, "name" varchar(100) null, "status" text check ("status" in ('RUNNING', 'FINISHED', 'FAILED')) not null default 'RUNNING', "params" jsonb not null, "metrics" jsonb not null, "owner" varchar(255) not null, "finished_at" timestamptz null, constraint "run_pkey" primary key ("id"));`);
    this.addSql(`create index "run_experiment_id_index" on "run" ("experiment_id");`);

    this.addSql(`create table "model_version" ("id" uuid not null, "created_at" timestamptz not null, "model_id" uuid not null, "version" int not null, "description" text null, "artifact_format" text check ("artifact_format" in ('TFJS_LAYERS_MODEL', 'TFJS_GRAPH_MODEL')) not null, "artifact_sha256" varchar(64) not null, "artifact_size_bytes" bigint not null, "signature" jsonb not null, "metrics" jsonb not null, "fairness_metrics" jsonb not null, "model_card" jsonb not null, "lifecycle_state" text check ("lifecycle_state" in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'DEPRECATED', 'ARCHIVED')) not null default 'DRAFT', "run_id" uuid null, "created_by" varchar(255) not null, constraint "model_version_pkey" primary key ("id"));`);
    this.addSql(`create index "model_version_run_id_index" on "model_version" ("run_id");`);
    this.addSql(`alter table "model_version" add constraint "model_version_model_id_version_unique" unique ("model_id", "version");`);

    this.addSql(`create table "deployment" ("id" uuid not null, "created_at" timestamptz not null, "team_id" uuid not null, "name" varchar(100) not null, "environment" text check ("environment" in ('STAGING', 'PRODUCTION')) not null, "status" text check ("status" in ('ACTIVE', 'RETIRED')) not null default 'ACTIVE', "shadow_version_id" uuid null, "batching_max_batch_size" int not null default 32, "batching_max_queue_delay_ms" int not null default 5, "created_by" varchar(255) not null, constraint "deployment_pkey" primary key ("id"));`);
    this.addSql(`create index "deployment_team_id_index" on "deployment" ("team_id");`);
    this.addSql(`alter table "deployment" add constraint "deployment_name_unique" unique ("name");`);
    this.addSql(`create index "deployment_shadow_version_id_index" on "deployment" ("shadow_version_id");`);

    this.addSql(`create table "deployment_route" ("id" uuid not null, "deployment_id" uuid not null, "model_version_id" uuid not null, "weight" int not null, constraint "deployment_route_pkey" primary key ("id"));`);
    this.addSql(`create index "deployment_route_deployment_id_index" on "deployment_route" ("deployment_id");`);
    this.addSql(`create index "deployment_route_model_version_id_index" on "deployment_route" ("model_version_id");`);

    this.addSql(`create table "dataset" ("id" uuid not null, "created_at" timestamptz not null, "team_id" uuid not null, "name" varchar(100) not null, "description" text null, "sensitivity" text check ("sensitivity" in ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED')) not null, constraint "dataset_pkey" primary key ("id"));`);
    this.addSql(`create index "dataset_team_id_index" on "dataset" ("team_id");`);
    this.addSql(`alter table "dataset" add constraint "dataset_name_unique" unique ("name");`);

    this.addSql(`create table "dataset_version" ("id" uuid not null, "created_at" timestamptz not null, "dataset_id" uuid not null, "version" int not null, "location" text not null, "sha256" varchar(64) not null, "row_count" bigint not null, "features" jsonb not null, "statistics" jsonb not null, "anonymization" text check ("anonymization" in ('NOT_APPLICABLE', 'NONE', 'PSEUDONYMIZED', 'ANONYMIZED')) not null, "created_by" varchar(255) not null, constraint "dataset_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "dataset_version" add constraint "dataset_version_dataset_id_version_unique" unique ("dataset_id", "version");`);

    this.addSql(`create table "run_dataset_version" ("run_id" uuid not null, "dataset_version_id" uuid not null, constraint "run_dataset_version_pkey" primary key ("run_id", "dataset_version_id"));`);
    this.addSql(`create index "run_dataset_version_dataset_version_id_index" on "run_dataset_version" ("dataset_version_id");`);

    this.addSql(`alter table "model" add constraint "model_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);

    this.addSql(`alter table "experiment" add constraint "experiment_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);

    this.addSql(`alter table "run" add constraint "run_experiment_id_foreign" foreign key ("experiment_id") references "experiment" ("id") on update cascade;`);

    this.addSql(`alter table "model_version" add constraint "model_version_model_id_foreign" foreign key ("model_id") references "model" ("id") on update cascade;`);
    this.addSql(`alter table "model_version" add constraint "model_version_run_id_foreign" foreign key ("run_id") references "run" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "deployment" add constraint "deployment_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "deployment" add constraint "deployment_shadow_version_id_foreign" foreign key ("shadow_version_id") references "model_version" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "deployment_route" add constraint "deployment_route_deployment_id_foreign" foreign key ("deployment_id") references "deployment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "deployment_route" add constraint "deployment_route_model_version_id_foreign" foreign key ("model_version_id") references "model_version" ("id") on update cascade;`);

    this.addSql(`alter table "dataset" add constraint "dataset_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);

    this.addSql(`alter table "dataset_version" add constraint "dataset_version_dataset_id_foreign" foreign key ("dataset_id") references "dataset" ("id") on update cascade;`);

    this.addSql(`alter table "run_dataset_version" add constraint "run_dataset_version_run_id_foreign" foreign key ("run_id") references "run" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "run_dataset_version" add constraint "run_dataset_version_dataset_version_id_foreign" foreign key ("dataset_version_id") references "dataset_version" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "model" drop constraint "model_team_id_foreign";`);

    this.addSql(`alter table "experiment" drop constraint "experiment_team_id_foreign";`);

    this.addSql(`alter table "deployment" drop constraint "deployment_team_id_foreign";`);

    this.addSql(`alter table "dataset" drop constraint "dataset_team_id_foreign";`);

    this.addSql(`alter table "model_version" drop constraint "model_version_model_id_foreign";`);

    this.addSql(`alter table "run" drop constraint "run_experiment_id_foreign";`);

    this.addSql(`alter table "model_version" drop constraint "model_version_run_id_foreign";`);

    this.addSql(`alter table "run_dataset_version" drop constraint "run_dataset_version_run_id_foreign";`);

    this.addSql(`alter table "deployment" drop constraint "deployment_shadow_version_id_foreign";`);

    this.addSql(`alter table "deployment_route" drop constraint "deployment_route_model_version_id_foreign";`);

    this.addSql(`alter table "deployment_route" drop constraint "deployment_route_deployment_id_foreign";`);

    this.addSql(`alter table "dataset_version" drop constraint "dataset_version_dataset_id_foreign";`);

    this.addSql(`alter table "run_dataset_version" drop constraint "run_dataset_version_dataset_version_id_foreign";`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "model" cascade;`);

    this.addSql(`drop table if exists "experiment" cascade;`);

    this.addSql(`drop table if exists "run" cascade;`);

    this.addSql(`drop table if exists "model_version" cascade;`);

    this.addSql(`drop table if exists "deployment" cascade;`);

    this.addSql(`drop table if exists "deployment_route" cascade;`);

    this.addSql(`drop table if exists "dataset" cascade;`);

    this.addSql(`drop table if exists "dataset_version" cascade;`);

    this.addSql(`drop table if exists "run_dataset_version" cascade;`);
  }

}
