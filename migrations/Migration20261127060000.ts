import { Migration } from '@mikro-orm/migrations';

export class Migration20261127060000 extends Migration {

  override async up(): Promise<void> {
    // The prediction log keeps the packed input tensors (a few bytes a number) instead of JSON.
    this.addSql(`alter table "prediction_log_entry" add column "inputs" bytea null, add column "instance_count" int not null default 0;`);
    this.addSql(`alter table "prediction_log_entry" alter column "instance_count" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "prediction_log_entry" drop column "inputs", drop column "instance_count";`);
  }

}
