import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100000 extends Migration {

  override async up(): Promise<void> {
    // The prediction log read by version and time (ModelVersion.predictions), and dropped by age (retention).
    this.addSql(`create index "prediction_log_entry_model_version_id_created_at_index" on "prediction_log_entry" ("model_version_id", "created_at");`);
    this.addSql(`create index "prediction_log_entry_created_at_index" on "prediction_log_entry" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "prediction_log_entry_model_version_id_created_at_index";`);
    this.addSql(`drop index "prediction_log_entry_created_at_index";`);
  }

}
