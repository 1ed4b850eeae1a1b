import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126193601 } from './Migration20261126193601';
import { Migration20261126195618 } from './Migration20261126195618';
import { Migration20261126201544 } from './Migration20261126201544';
import { Migration20261126212242 } from './Migration20261126212242';
import { Migration20261126222454 } from './Migration20261126222454';
import { Migration20261127060000 } from './Migration20261127060000';
import { Migration20261127070000 } from './Migration20261127070000';
import { Migration20261127071000 } from './Migration20261127071000';
import { Migration20261127100000 } from './Migration20261127100000';
import { Migration20261202110000 } from './Migration20261202110000';
import { Migration20261202120000 } from './Migration20261202120000';
import { Migration20261202130000 } from './Migration20261202130000';

/**
 * Every migration, in order. Landed migrations are never edited: change the schema with a new
 * one (`modelgate migration:create`) and append it here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126193601', class: Migration20261126193601 },
  { name: 'Migration20261126195618', class: Migration20261126195618 },
  { name: 'Migration20261126201544', class: Migration20261126201544 },
  { name: 'Migration20261126212242', class: Migration20261126212242 },
  { name: 'Migration20261126222454', class: Migration20261126222454 },
  { name: 'Migration20261127060000', class: Migration20261127060000 },
  { name: 'Migration20261127070000', class: Migration20261127070000 },
  { name: 'Migration20261127071000', class: Migration20261127071000 },
  { name: 'Migration20261127100000', class: Migration20261127100000 },
  { name: 'Migration20261202110000', class: Migration20261202110000 },
  { name: 'Migration20261202120000', class: Migration20261202120000 },
  { name: 'Migration20261202130000', class: Migration20261202130000 },
];
