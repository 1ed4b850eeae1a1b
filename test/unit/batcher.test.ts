import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TensorDtype } from '../../src/domain/models/model.entity';
import { DynamicBatcher, type QueueLimits } from '../../src/inference/batcher';
import type { InputBatch } from '../../src/inference/instances';
import type { OutputBatch } from '../../src/inference/instances';

/** A request of `values.length` one-number instances. */
const request = (...values: number[]): InputBatch[] => [
  { name: 'x', dtype: TensorDtype.FLOAT32, shape: [values.length, 1], values: Float32Array.from(values) },
];

/**
 * A stand-in for a worker that answers each instance with its value × 10, and holds every batch
 * until the test releases it: the test decides when a worker is free.
 */
function heldWorker() {
  const batches: number[][] = [];
  const waiting: (() => void)[] = [];
  /** Told of each batch as it starts. */
  const watchers: (() => void)[] = [];
  const run = (inputs: InputBatch[]): Promise<OutputBatch[]> => {
    const values = [...inputs[0]!.values];
    batches.push(values);
    for (const watcher of watchers.splice(0)) watcher();
    return new Promise((resolve) =>
      waiting.push(() =>
        resolve([{ name: 'y', shape: [values.length, 1], values: Float32Array.from(values, (v) => v * 10) }]),
      ),
    );
  };
  /** Resolves once `count` batches have started. */
  const started = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => (batches.length >= count ? resolve() : void watchers.push(check));
      check();
    });
  return { run, batches, started, release: () => waiting.shift()!() };
}

const limits: QueueLimits = { concurrency: 1, maxQueuedInstances: 100, timeoutMs: 60_000 };
const answer = async (promise: Promise<OutputBatch[]>) => [...(await promise)[0]!.values];
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('dynamic batcher', () => {
  it('gathers the requests that arrive while the worker is busy into the next batch, and gives each request its own rows', async () => {
    const worker = heldWorker();
    const batcher = new DynamicBatcher(worker.run, { maxBatchSize: 64, maxQueueDelayMs: 0 }, limits);
    const first = batcher.submit(request(1));
    await tick();
    const waiting = [batcher.submit(request(2)), batcher.submit(request(3, 4)), batcher.submit(request(5))];
    await tick();
    assert.deepEqual(worker.batches, [[1]], 'nothing more runs while the only worker is busy');
    worker.release();
    assert.deepEqual(await answer(first), [10]);
    await tick();
    assert.deepEqual(
      worker.batches,
      [[1], [2, 3, 4, 5]],
      'the waiting requests became one batch when the worker came free',
    );
    worker.release();
    assert.deepEqual(await Promise.all(waiting.map(answer)), [[20], [30, 40], [50]]);
  });

  it('waits up to the queue delay for a free worker to fill its batch, and no longer once the batch is full', async (t) => {
    // The batcher's clock moves only when the test moves it: a slow turn of the event loop cannot pass for the delay.
    let now = performance.now();
    t.mock.method(performance, 'now', () => now);
    const worker = heldWorker();
    const batcher = new DynamicBatcher(worker.run, { maxBatchSize: 3, maxQueueDelayMs: 50 }, limits);
    const answers = [batcher.submit(request(1)), batcher.submit(request(2))];
    await tick();
    assert.deepEqual(worker.batches, [], 'a batch of 2 of 3 waits for more');
    answers.push(batcher.submit(request(3)));
    await tick();
    assert.deepEqual(worker.batches, [[1, 2, 3]], 'a full batch runs at once');
    worker.release();
    const alone = batcher.submit(request(4));
    now += 49;
    await tick();
    assert.equal(worker.batches.length, 1, 'a batch of 1 of 3 waits out the delay');
    now += 1;
    // Run at the batcher's next look at its queue, when its timer fires.
    await worker.started(2);
    assert.deepEqual(worker.batches[1], [4], 'after the delay a partial batch runs');
    worker.release();
    assert.deepEqual(await Promise.all([...answers, alone].map(answer)), [[10], [20], [30], [40]]);
  });

  it('refuses a request at once with UNAVAILABLE when its queue is full', async () => {
    const worker = heldWorker();
    const batcher = new DynamicBatcher(
      worker.run,
      { maxBatchSize: 4, maxQueueDelayMs: 0 },
      { ...limits, maxQueuedInstances: 3 },
    );
    const running = batcher.submit(request(1));
    await tick();
    const queued = batcher.submit(request(2, 3));
    await assert.rejects(batcher.submit(request(4, 5)), (error: Error & { extensions?: { code?: string } }) => {
      assert.equal(error.extensions?.code, 'UNAVAILABLE');
      assert.match(error.message, /overloaded: 2 instances wait already/);
      return true;
    });
    worker.release();
    assert.deepEqual(await answer(running), [10]);
    await tick();
    worker.release();
    assert.deepEqual(await answer(queued), [20, 30]);
  });

  it('refuses with UNAVAILABLE a request that waited past its deadline for a busy worker', async () => {
    const worker = heldWorker();
    const batcher = new DynamicBatcher(
      worker.run,
      { maxBatchSize: 4, maxQueueDelayMs: 0 },
      { ...limits, timeoutMs: 30 },
    );
    const running = batcher.submit(request(1));
    await tick();
    await assert.rejects(
      batcher.submit(request(2)),
      (error: Error & { extensions?: { code?: string } }) =>
        error.extensions?.code === 'UNAVAILABLE' && /waited \d+ ms/.test(error.message),
    );
    worker.release();
    assert.deepEqual(await answer(running), [10]);
    assert.deepEqual(worker.batches, [[1]], 'the late request never ran');
  });

  it('cuts a request larger than a batch into parts and answers its rows in order', async () => {
    const worker = heldWorker();
    const batcher = new DynamicBatcher(
      worker.run,
      { maxBatchSize: 2, maxQueueDelayMs: 0 },
      { ...limits, concurrency: 2 },
    );
    const answered = batcher.submit(request(1, 2, 3, 4, 5));
    await worker.started(2);
    worker.release();
    worker.release();
    await worker.started(3);
    worker.release();
    assert.deepEqual(worker.batches, [[1, 2], [3, 4], [5]], 'no batch is larger than its maximum');
    assert.deepEqual(await answer(answered), [10, 20, 30, 40, 50]);
  });

  it("serves callers in turn: a flooding caller's parts do not hold another caller's request behind them", async () => {
    const worker = heldWorker();
    const batcher = new DynamicBatcher(worker.run, { maxBatchSize: 2, maxQueueDelayMs: 0 }, limits);
    const flood = [batcher.submit(request(1, 2, 3, 4, 5, 6), 'flood'), batcher.submit(request(7, 8), 'flood')];
    await worker.started(1);
    const other = batcher.submit(request(100), 'other');
    worker.release();
    await worker.started(2);
    assert.deepEqual(worker.batches[1], [100], "the other caller's request runs in the very next batch");
    while (worker.batches.length < 5) {
      worker.release();
      await tick();
    }
    worker.release();
    assert.deepEqual(await answer(other), [1000]);
    assert.deepEqual(await Promise.all(flood.map(answer)), [
      [10, 20, 30, 40, 50, 60],
      [70, 80],
    ]);
  });

  it('makes room in a full queue by refusing the newest request of the caller holding the most, not a light caller', async () => {
    const worker = heldWorker();
    const batcher = new DynamicBatcher(
      worker.run,
      { maxBatchSize: 4, maxQueueDelayMs: 0 },
      { ...limits, maxQueuedInstances: 4 },
    );
    const running = batcher.submit(request(1), 'flood');
    await worker.started(1);
    const kept = batcher.submit(request(2, 3), 'flood');
    const dropped = batcher.submit(request(4, 5), 'flood');
    const light = batcher.submit(request(6), 'light');
    await assert.rejects(dropped, (error: Error & { extensions?: { code?: string } }) => {
      assert.equal(error.extensions?.code, 'UNAVAILABLE');
      assert.match(error.message, /your requests hold the most of its queue/);
      return true;
    });
    await assert.rejects(
      batcher.submit(request(7, 8), 'flood'),
      /overloaded: 3 instances wait already/,
      'a caller holding the most is refused itself rather than pushing out a lighter one',
    );
    worker.release();
    await worker.started(2);
    worker.release();
    assert.deepEqual(await answer(running), [10]);
    assert.deepEqual(await answer(kept), [20, 30]);
    assert.deepEqual(await answer(light), [60]);
  });
});
