import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { printGraphSchema } from '../../src/graphql/schema';

const checkedIn = path.resolve(__dirname, '../../../schema/schema.graphql');

it('schema/schema.graphql matches the schema the code builds (run `npm run schema` after changing the graph)', async () => {
  assert.equal(fs.readFileSync(checkedIn, 'utf8'), await printGraphSchema());
});
