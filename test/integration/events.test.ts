import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { EventRelay, topics, type Change, type GraphEvent } from '../../src/events/events';
import { createLogger } from '../../src/telemetry/logger';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('change notifications', () => {
  let database: TestDatabase;
  let client: pg.Client;
  const logger = createLogger('silent');

  before(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  after(async () => {
    await client.end();
    await database.drop();
  });

  it("takes in its own change once (when it commits), and another gateway's once (from the notice)", async () => {
    const mine = new EventRelay(database.url, logger);
    const theirs = new EventRelay(database.url, logger);
    await mine.start();
    await theirs.start();
    try {
      const seen = { mine: [] as Change[], theirs: [] as Change[] };
      mine.onChange((change) => void seen.mine.push(change));
      theirs.onChange((change) => void seen.theirs.push(change));
      // Subscribers of both hear the event: that is when each relay has handled the notice.
      const heard = (relay: EventRelay) =>
        new Promise<GraphEvent>((resolve) => {
          const iterator = relay.pubSub.subscribe(topics.deployment('once'))[Symbol.asyncIterator]();
          void iterator.next().then(({ value }) => resolve(value as GraphEvent));
        });
      const bothHeard = Promise.all([heard(mine), heard(theirs)]);
      let n = 0;
      const placeholders = (sql: string) => sql.replace(/\?/g, () => `$${++n}`);
      await mine.notify(
        { execute: (sql: string, params: unknown[]) => client.query(placeholders(sql), params) } as never,
        {
          kind: 'deployment',
          action: 'retireDeployment',
          actor: 'test',
          at: new Date().toISOString(),
          deploymentName: 'once',
          state: 'RETIRED',
        },
      );
      // As a service does once its transaction has committed.
      await mine.changed('deployment');
      const [event] = await bothHeard;
      assert.equal(event.deploymentName, 'once');
      assert.equal('origin' in event, false, "subscribers do not see the gateway's mark");
      assert.deepEqual(seen.mine, ['deployment'], 'its own change is taken in once, not again from the notice');
      assert.deepEqual(seen.theirs, ['deployment'], 'another gateway takes the change in from the notice');
    } finally {
      await mine.close();
      await theirs.close();
    }
  });
});
