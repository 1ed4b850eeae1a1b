import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { getNamedType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { buildGraphSchema, printGraphSchema } from '../../src/graphql/schema';

const checkedIn = path.resolve(__dirname, '../../../schema/schema.graphql');

it('schema/schema.graphql matches the schema the code builds (run `npm run schema` after changing the graph)', async () => {
  assert.equal(fs.readFileSync(checkedIn, 'utf8'), await printGraphSchema());
});

it('counts audit events in the type of their sequence numbers (SafeInt), not in 32-bit Int', async () => {
  const schema = await buildGraphSchema();
  const typeOf = (type: string, field: string) => {
    const fields = (schema.getType(type) as GraphQLObjectType | GraphQLInputObjectType).getFields();
    return getNamedType(fields[field]!.type).name;
  };
  assert.deepEqual(
    [
      typeOf('AuditEvent', 'sequence'),
      typeOf('AuditCheckpoint', 'count'),
      typeOf('AuditCheckpointInput', 'count'),
      typeOf('AuditIntegrity', 'checkedEvents'),
    ],
    ['SafeInt', 'SafeInt', 'SafeInt', 'SafeInt'],
  );
});
