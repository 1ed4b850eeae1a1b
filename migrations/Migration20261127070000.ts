import { Migration } from '@mikro-orm/migrations';

export class Migration20261127070000 extends Migration {

  override async up(): Promise<void> {
    // Each audit event's seal: an HMAC of its hash under a key the database never holds.
    this.addSql(`alter table "audit_event" add column "seal" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_event" drop column "seal";`);
  }

}
