import assert from 'node:assert/strict';
import { it } from 'node:test';
import { getMetadataStorage } from 'type-graphql';
import { buildGraphSchema } from '../../src/graphql/schema';

it('every query and mutation declares its permission (@Allow or @Public)', async () => {
  const schema = await buildGraphSchema();
  const storage = getMetadataStorage();
  const declared = new Set(storage.authorizedFields.map((field) => field.fieldName));
  const operations = [...storage.queries, ...storage.mutations].map((handler) => handler.schemaName);
  const exposed = [
    ...Object.keys(schema.getQueryType()!.getFields()),
    ...Object.keys(schema.getMutationType()!.getFields()),
  ];
  assert.deepEqual([...operations].sort(), [...exposed].sort());
  assert.deepEqual(
    operations.filter((name) => !declared.has(name)),
    [],
  );
});
