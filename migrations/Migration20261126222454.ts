import { Migration } from '@mikro-orm/migrations';

export class Migration20261126222454 extends Migration {

  override async up(): Promise<void> {
    // Existing deployments take the gateway's defaults; the column default exists only for them.
    this.addSql(`alter table "deployment" add column "explanation_defaults" jsonb not null default '{}';`);
    this.addSql(`alter table "deployment" alter column "explanation_defaults" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "deployment" drop column "explanation_defaults";`);
  }

}
