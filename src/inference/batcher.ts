import { performance } from 'node:perf_hooks';
import { trace, type SpanContext } from '@opentelemetry/api';
import { unavailable } from './errors';
import { tracer } from '../telemetry/spans';
import { joinRows, rowsOf, type InputBatch, type OutputBatch } from './instances';
import { rowSize } from './shapes';

/** One request: its instances go in one or more parts, and it settles when every part has an answer. */
interface Request {
  caller: string;
  count: number;
  /** performance.now() when it arrived, and after which it is refused rather than run. */
  arrived: number;
  deadline: number;
  /** The request's span, linked from the batch's span: each request keeps its own trace. */
  span?: SpanContext;
  /** Each part's outputs, in part order, as they come. */
  answers: OutputBatch[][];
  partsLeft: number;
  started: boolean;
  settled: boolean;
  resolve: (outputs: OutputBatch[]) => void;
  reject: (error: Error) => void;
}

/** At most `maxBatchSize` instances of one request. */
interface Part {
  request: Request;
  index: number;
  inputs: InputBatch[];
  count: number;
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
 * request waits for a free worker's batch to fill.
 *
 * Callers share it fairly: each caller has its own queue, batches take parts round-robin across
 * callers (one with nothing waiting goes first), and a request larger than a batch is cut into parts of at most `maxBatchSize`, so one
 * caller's thousand-row requests lengthen its own wait, not another's. The queue is bounded: when
 * it is full, the caller holding the most waiting instances loses its newest request (longest
 * queue drop), and a request past its deadline answers UNAVAILABLE at once instead of waiting
 * without end.
 */
export class DynamicBatcher {
  /** Waiting parts per caller, in arrival order; a caller's entry goes when its queue empties. */
  private queues = new Map<string, Part[]>();
  /** Instances waiting per caller. */
  private readonly queuedBy = new Map<string, number>();
  private queued = 0;
  private running = 0;
  private timer?: NodeJS.Timeout;
  /** Batches run and instances in them, for load tests. */
  readonly stats = { batches: 0, instances: 0 };

  constructor(
    private readonly run: (inputs: InputBatch[]) => Promise<OutputBatch[]>,
    private readonly settings: BatchingSettings,
    private readonly limits: QueueLimits,
    /** Told of every batch as it starts: its size, and how long each of its parts waited (ms). */
    private readonly onBatch: (size: number, waitedMs: number[]) => void = () => undefined,
  ) {}

  /** Instances waiting for a batch. */
  get waiting(): number {
    return this.queued;
  }

  /** Answers `inputs` (one request of `caller`) once its instances have run, in order. */
  submit(inputs: InputBatch[], caller = ''): Promise<OutputBatch[]> {
    const count = inputs[0]!.shape[0]!;
    // An empty queue takes any request, so one larger than the limit still runs.
    while (this.queued > 0 && this.queued + count > this.limits.maxQueuedInstances) {
      const longest = this.longestQueue();
      const own = this.queuedBy.get(caller) ?? 0;
      if (longest === undefined || longest === caller || (this.queuedBy.get(longest) ?? 0) <= own + count) {
        return Promise.reject(
          unavailable(`The deployment is overloaded: ${this.queued} instances wait already. Retry shortly.`),
        );
      }
      this.dropNewest(longest);
    }
    return new Promise((resolve, reject) => {
      const arrived = performance.now();
      const { maxBatchSize } = this.settings;
      const parts = Math.max(1, Math.ceil(count / maxBatchSize));
      const request: Request = {
        caller,
        count,
        arrived,
        deadline: arrived + this.limits.timeoutMs,
        span: trace.getActiveSpan()?.spanContext(),
        answers: [],
        partsLeft: parts,
        started: false,
        settled: false,
        resolve,
        reject,
      };
      let queue = this.queues.get(caller);
      // A caller with nothing waiting goes first (as new flows do in FQ-CoDel): light callers wait least.
      if (!queue) this.queues = new Map([[caller, (queue = [])], ...this.queues]);
      for (let index = 0; index < parts; index++) {
        const from = index * maxBatchSize;
        const rows = Math.min(maxBatchSize, count - from);
        queue.push({
          request,
          index,
          count: rows,
          inputs: parts === 1 ? inputs : inputs.map((input) => rowsOf(input, from, rows)),
        });
      }
      this.queuedBy.set(caller, (this.queuedBy.get(caller) ?? 0) + count);
      this.queued += count;
      this.schedule();
    });
  }

  /** Runs what waits when a worker is free and the batch is full or its oldest request waited long enough; else waits for that. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.expire();
    if (this.queued === 0) return;
    const now = performance.now();
    const heads = [...this.queues.values()].map((queue) => queue[0]!.request);
    if (this.running >= this.limits.concurrency) {
      // Every worker is busy: the next batch forms when one finishes; meanwhile only deadlines pass.
      this.timer = setTimeout(() => this.schedule(), Math.min(...heads.map((head) => head.deadline)) - now);
      return;
    }
    const fillBy = Math.min(...heads.map((head) => head.arrived)) + this.settings.maxQueueDelayMs;
    if (this.queued >= this.settings.maxBatchSize || fillBy <= now) this.dispatch();
    else this.timer = setTimeout(() => this.schedule(), fillBy - now);
  }

  private dispatch(): void {
    while (this.running < this.limits.concurrency && this.queued > 0) {
      const batch = this.nextBatch();
      const size = batch.reduce((sum, part) => sum + part.count, 0);
      this.running += 1;
      void this.execute(batch, size).finally(() => {
        this.running -= 1;
        this.schedule();
      });
    }
  }

  /** Up to `maxBatchSize` instances, one part from each caller in turn; the callers served go to the back. */
  private nextBatch(): Part[] {
    const batch: Part[] = [];
    let size = 0;
    for (let took = true; took && this.queued > 0;) {
      took = false;
      for (const [caller, queue] of [...this.queues]) {
        const part = queue[0]!;
        if (batch.length > 0 && size + part.count > this.settings.maxBatchSize) continue;
        queue.shift();
        this.forget(caller, part.count);
        part.request.started = true;
        batch.push(part);
        size += part.count;
        took = true;
        // Round-robin: a caller that was served waits behind those that were not.
        this.queues.delete(caller);
        if (queue.length > 0) this.queues.set(caller, queue);
      }
    }
    return batch;
  }

  private forget(caller: string, count: number): void {
    this.queued -= count;
    const left = this.queuedBy.get(caller)! - count;
    if (left === 0) this.queuedBy.delete(caller);
    else this.queuedBy.set(caller, left);
  }

  /** Removes every waiting part of `request` (it failed, expired or was dropped). */
  private remove(request: Request): void {
    const queue = this.queues.get(request.caller);
    if (!queue) return;
    const kept = queue.filter((part) => part.request !== request);
    this.forget(request.caller, countOf(queue) - countOf(kept));
    if (kept.length > 0) this.queues.set(request.caller, kept);
    else this.queues.delete(request.caller);
  }

  private settle(request: Request, error: Error): void {
    if (request.settled) return;
    request.settled = true;
    this.remove(request);
    request.reject(error);
  }

  /** The caller with the most instances waiting. */
  private longestQueue(): string | undefined {
    let longest: string | undefined;
    for (const [caller, count] of this.queuedBy)
      if (longest === undefined || count > this.queuedBy.get(longest)!) longest = caller;
    return longest;
  }

  /** Refuses the newest request of `caller` that has not started, to make room for a caller with less waiting. */
  private dropNewest(caller: string): void {
    const queue = this.queues.get(caller)!;
    const newest = queue.at(-1)!.request;
    this.settle(
      newest,
      unavailable(
        `The deployment is overloaded and your requests hold the most of its queue (${this.queuedBy.get(caller)} instances). Retry shortly, or send fewer instances at once.`,
      ),
    );
  }

  /** Refuses the requests that waited past their deadline. */
  private expire(): void {
    const now = performance.now();
    // A caller's requests wait in arrival order with the same timeout: its late ones are at its head.
    for (const caller of [...this.queues.keys()]) {
      for (
        let head = this.queues.get(caller)?.[0];
        head && head.request.deadline <= now;
        head = this.queues.get(caller)?.[0]
      ) {
        this.settle(
          head.request,
          unavailable(
            `The deployment is overloaded: the request waited ${Math.round(now - head.request.arrived)} ms for a worker. Retry shortly.`,
          ),
        );
      }
    }
  }

  private async execute(batch: Part[], size: number): Promise<void> {
    this.stats.batches += 1;
    this.stats.instances += size;
    const now = performance.now();
    this.onBatch(
      size,
      batch.map((part) => now - part.request.arrived),
    );
    const links = batch.flatMap((part) => (part.request.span ? [{ context: part.request.span }] : []));
    const span = tracer.startSpan('inference batch', {
      root: true,
      links,
      attributes: { 'modelgate.batch.instances': size, 'modelgate.batch.requests': batch.length },
    });
    try {
      const outputs = await this.run(
        concat(
          batch.map((part) => part.inputs),
          size,
        ),
      );
      let offset = 0;
      for (const part of batch) {
        const { request } = part;
        request.answers[part.index] = outputs.map((output) => rowsOf(output, offset, part.count));
        offset += part.count;
        if (--request.partsLeft === 0 && !request.settled) {
          request.settled = true;
          request.resolve(joinRows(request.answers));
        }
      }
    } catch (error) {
      span.recordException(error as Error);
      for (const part of batch) this.settle(part.request, error as Error);
    } finally {
      span.end();
    }
  }
}

const countOf = (parts: Part[]) => parts.reduce((sum, part) => sum + part.count, 0);

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
