import { Migration } from '@mikro-orm/migrations';

export class Migration20261126212242 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "prediction_log_entry" ("id" uuid not null, "created_at" timestamptz not null, "deployment_id" uuid not null, "model_version_id" uuid not null, "shadow" boolean not null, "latency_ms" double precision not null, "caller" varchar(255) not null, "request_id" varchar(64) not null, "trace_id" varchar(32) null, "instances" jsonb null, "instances_sha256" varchar(64) not null, "outputs" jsonb not null, constraint "prediction_log_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "prediction_log_entry_deployment_id_created_at_index" on "prediction_log_entry" ("deployment_id", "created_at");`);

    this.addSql(`alter table "model_version" alter column "gate_results" drop default;`);
    this.addSql(`alter table "model_version" alter column "gate_results" type jsonb using ("gate_results"::jsonb);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "prediction_log_entry" cascade;`);

    this.addSql(`alter table "model_version" alter column "gate_results" type jsonb using ("gate_results"::jsonb);`);
    this.addSql(`alter table "model_version" alter column "gate_results" set default '[]';`);
  }

}
