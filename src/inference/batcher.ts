import { performance } from 'node:perf_hooks';
import { trace, type SpanContext } from '@opentelemetry/api';
import { unavailable } from '../errors';
import { tracer } from '../telemetry/spans';
import type { InputBatch, OutputBatch } from './instances';

interface Queued {
  inputs: InputBatch[];
  count: number;
  /** performance.now() when it arrived, and after which it is refused rather than run. */
  arrived: number;
  deadline: number;
  /** The request's span, linked from the batch's span: each request keeps its own trace. */
  span?: SpanContext;
  resolve: (outputs: OutputBatch[]) => void;
  reject: (error: Error) => void;
}

export interface BatchingSettings {
  maxBatchSize: number;
  maxQueueDelayMs: number;
}

export interface QueueLimits {
  /** Batches of this batcher running at once: the workers that can take one. */
  concurrency: number;
  /** Instances that may wait; past it a request is refused at once. */
  maxQueuedInstances: number;
  /** Longest a request may wait for a batch before it is refused. */
  timeoutMs: number;
}

/**
 * Gathers concurrent requests for one model into batches, as Triton's dynamic batcher does: a
 * batch is formed when a worker is free. While every worker is busy, requests accumulate into the
 * next batch (up to `maxBatchSize` instances); the queue delay only bounds how long the oldest
 * request waits for a free worker's batch to fill. The queue is bounded: a request past its limit,
 * or past its deadline, answers UNAVAILABLE at once instead of waiting without end.
 */
export class DynamicBatcher {
  private queue: Queued[] = [];
  private queued = 0;
  private running = 0;
  private timer?: NodeJS.Timeout;
  /** Batches run and instances in them, for load tests. */
  readonly stats = { batches: 0, instances: 0 };

  constructor(
    private readonly run: (inputs: InputBatch[]) => Promise<OutputBatch[]>,
    private readonly settings: BatchingSettings,
    private readonly limits: QueueLimits,
    /** Told of every batch as it starts: its size, and how long each of its requests waited (ms). */
    private readonly onBatch: (size: number, waitedMs: number[]) => void = () => undefined,
  ) {}

  /** Instances waiting for a batch. */
  get waiting(): number {
    return this.queued;
  }

  submit(inputs: InputBatch[]): Promise<OutputBatch[]> {
    const count = inputs[0]!.shape[0]!;
    // An empty queue takes any request, so one larger than the limit still runs (alone).
    if (this.queue.length > 0 && this.queued + count > this.limits.maxQueuedInstances) {
      return Promise.reject(
        unavailable(`The deployment is overloaded: ${this.queued} instances wait already. Retry shortly.`),
      );
    }
    return new Promise((resolve, reject) => {
      const arrived = performance.now();
      this.queue.push({
        inputs,
        count,
        arrived,
        deadline: arrived + this.limits.timeoutMs,
        resolve,
        reject,
        span: trace.getActiveSpan()?.spanContext(),
      });
      this.queued += count;
      this.schedule();
    });
  }

  /** Runs what waits when a worker is free and the batch is full or its oldest request waited long enough; else waits for that. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.expire();
    if (this.queue.length === 0) return;
    const now = performance.now();
    if (this.running >= this.limits.concurrency) {
      // Every worker is busy: the next batch forms when one finishes; meanwhile only deadlines pass.
      this.timer = setTimeout(() => this.schedule(), this.queue[0]!.deadline - now);
      return;
    }
    const fillBy = this.queue[0]!.arrived + this.settings.maxQueueDelayMs;
    if (this.queued >= this.settings.maxBatchSize || fillBy <= now) this.dispatch();
    else this.timer = setTimeout(() => this.schedule(), fillBy - now);
  }

  private dispatch(): void {
    while (this.running < this.limits.concurrency && this.queue.length > 0) {
      const batch: Queued[] = [];
      let size = 0;
      // A request larger than the maximum runs alone; otherwise fill up to the maximum.
      while (
        this.queue.length > 0 &&
        (batch.length === 0 || size + this.queue[0]!.count <= this.settings.maxBatchSize)
      ) {
        const next = this.queue.shift()!;
        batch.push(next);
        size += next.count;
      }
      this.queued -= size;
      this.running += 1;
      void this.execute(batch, size).finally(() => {
        this.running -= 1;
        this.schedule();
      });
    }
  }

  /** Refuses the requests that waited past their deadline. */
  private expire(): void {
    const now = performance.now();
    while (this.queue.length > 0 && this.queue[0]!.deadline <= now) {
      const late = this.queue.shift()!;
      this.queued -= late.count;
      late.reject(
        unavailable(
          `The deployment is overloaded: the request waited ${Math.round(now - late.arrived)} ms for a worker. Retry shortly.`,
        ),
      );
    }
  }

  private async execute(batch: Queued[], size: number): Promise<void> {
    this.stats.batches += 1;
    this.stats.instances += size;
    const now = performance.now();
    this.onBatch(
      size,
      batch.map((item) => now - item.arrived),
    );
    const links = batch.flatMap((item) => (item.span ? [{ context: item.span }] : []));
    const span = tracer.startSpan('inference batch', {
      root: true,
      links,
      attributes: { 'modelgate.batch.instances': size, 'modelgate.batch.requests': batch.length },
    });
    try {
      const outputs = await this.run(
        concat(
          batch.map((item) => item.inputs),
          size,
        ),
      );
      let offset = 0;
      for (const item of batch) {
        item.resolve(outputs.map((output) => rows(output, offset, item.count)));
        offset += item.count;
      }
    } catch (error) {
      span.recordException(error as Error);
      for (const item of batch) item.reject(error as Error);
    } finally {
      span.end();
    }
  }
}

function concat(requests: InputBatch[][], size: number): InputBatch[] {
  if (requests.length === 1) return requests[0]!;
  return requests[0]!.map((first, index) => {
    const values = new (first.values.constructor as Float32ArrayConstructor)(size * rowSize(first.shape));
    let offset = 0;
    for (const request of requests) {
      values.set(request[index]!.values, offset);
      offset += request[index]!.values.length;
    }
    return { ...first, shape: [size, ...first.shape.slice(1)], values };
  });
}

function rows(output: OutputBatch, from: number, count: number): OutputBatch {
  const width = rowSize(output.shape);
  return {
    name: output.name,
    shape: [count, ...output.shape.slice(1)],
    values: output.values.slice(from * width, (from + count) * width),
  };
}

function rowSize(shape: number[]): number {
  return shape.slice(1).reduce((a, b) => a * b, 1);
}
