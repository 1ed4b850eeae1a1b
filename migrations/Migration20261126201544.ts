import { Migration } from '@mikro-orm/migrations';

export class Migration20261126201544 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null, "sequence" bigint not null, "actor" varchar(255) not null, "action" varchar(100) not null, "node_type" varchar(100) not null, "node_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, "request_id" varchar(64) not null, "trace_id" varchar(32) null, "previous_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_sequence_unique" unique ("sequence");`);
    this.addSql(`create index "audit_event_actor_index" on "audit_event" ("actor");`);
    this.addSql(`create index "audit_event_node_id_index" on "audit_event" ("node_id");`);

    this.addSql(`create table "review" ("id" uuid not null, "created_at" timestamptz not null, "model_version_id" uuid not null, "reviewer" varchar(255) not null, "decision" text check ("decision" in ('APPROVE', 'REJECT')) not null, "comment" text not null, constraint "review_pkey" primary key ("id"));`);
    this.addSql(`create index "review_model_version_id_index" on "review" ("model_version_id");`);
    this.addSql(`alter table "review" add constraint "review_model_version_id_reviewer_unique" unique ("model_version_id", "reviewer");`);

    this.addSql(`alter table "review" add constraint "review_model_version_id_foreign" foreign key ("model_version_id") references "model_version" ("id") on update cascade;`);

    this.addSql(`alter table "model_version" add column "gate_results" jsonb not null default '[]';`);

    // The audit trail is append-only: rows can be added, never changed or removed.
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end;
    $$;`);
    this.addSql(`create trigger audit_event_append_only before update or delete on "audit_event"
      for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event"
      for each statement execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists audit_event_append_only();`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`alter table "model_version" drop column "gate_results";`);
  }

}
