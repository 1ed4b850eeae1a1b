import { Migration } from '@mikro-orm/migrations';

export class Migration20261202130000 extends Migration {

  override async up(): Promise<void> {
    // Ground truth (domain/outcomes): who may report outcomes for an entry (the caller's teams when it
    // predicted), and each instance's sensitive groups, kept even when the inputs are not.
    this.addSql(`alter table "prediction_log_entry" add column "caller_teams" uuid[] null, add column "groups" jsonb null;`);
    // One reported outcome per answered instance: its entry and index are its prediction id.
    this.addSql(`create table "prediction_outcome" ("entry_id" uuid not null, "instance" int not null, "deployment_id" uuid not null, "model_version_id" uuid not null, "predicted_at" timestamptz not null, "label" text null, "value" double precision null, "recorded_at" timestamptz not null, "recorded_by" varchar(255) not null, "corrections" int not null default 0, constraint "prediction_outcome_pkey" primary key ("entry_id", "instance"));`);
    this.addSql(`create index "prediction_outcome_predicted_at_index" on "prediction_outcome" ("predicted_at");`);
    // Live quality's aggregates: per deployment, version and hour of prediction, a count and sums under a key (see outcomes/tally.ts).
    this.addSql(`create table "quality_tally" ("deployment_id" uuid not null, "model_version_id" uuid not null, "hour" timestamptz not null, "key" text not null, "n" bigint not null, "sums" double precision[] not null, constraint "quality_tally_pkey" primary key ("deployment_id", "model_version_id", "hour", "key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quality_tally";`);
    this.addSql(`drop table if exists "prediction_outcome";`);
    this.addSql(`alter table "prediction_log_entry" drop column "caller_teams", drop column "groups";`);
  }

}
