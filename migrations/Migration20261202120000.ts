import { Migration } from '@mikro-orm/migrations';

export class Migration20261202120000 extends Migration {

  override async up(): Promise<void> {
    // A dataset version's rows uploaded as an evaluation set (kept in the data folder): how many, and when.
    this.addSql(`alter table "dataset_version" add column "evaluation_rows" int null, add column "evaluation_rows_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dataset_version" drop column "evaluation_rows", drop column "evaluation_rows_at";`);
  }

}
