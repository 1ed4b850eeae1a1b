import { trace, type SpanContext } from '@opentelemetry/api';
import type { InputBatch } from './instances';
import type { OutputBatch } from './worker';

interface Queued {
  inputs: InputBatch[];
  count: number;
  /** The request's span, linked from the batch's span: each request keeps its own trace. */
  span?: SpanContext;
  resolve: (outputs: OutputBatch[]) => void;
  reject: (error: Error) => void;
}

export interface BatchingSettings {
  maxBatchSize: number;
  maxQueueDelayMs: number;
}

/**
 * Gathers concurrent requests for one model into one batch: it runs when `maxBatchSize`
 * instances wait, or `maxQueueDelayMs` after the first one arrived, whichever comes first, and
 * hands each request back its own rows.
 */
export class DynamicBatcher {
  private queue: Queued[] = [];
  private queued = 0;
  private timer?: NodeJS.Timeout;
  /** Batches run and instances in them, for load tests. */
  readonly stats = { batches: 0, instances: 0 };

  constructor(
    private readonly run: (inputs: InputBatch[]) => Promise<OutputBatch[]>,
    private readonly settings: BatchingSettings,
  ) {}

  submit(inputs: InputBatch[]): Promise<OutputBatch[]> {
    const count = inputs[0]!.shape[0]!;
    return new Promise((resolve, reject) => {
      this.queue.push({ inputs, count, resolve, reject, span: trace.getActiveSpan()?.spanContext() });
      this.queued += count;
      if (this.queued >= this.settings.maxBatchSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.settings.maxQueueDelayMs);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.queue.length > 0) {
      const batch: Queued[] = [];
      let size = 0;
      // A request larger than the maximum runs alone; otherwise fill up to the maximum.
      while (this.queue.length > 0 && (batch.length === 0 || size + this.queue[0]!.count <= this.settings.maxBatchSize)) {
        const next = this.queue.shift()!;
        batch.push(next);
        size += next.count;
      }
      this.queued -= size;
      void this.execute(batch, size);
    }
  }

  private async execute(batch: Queued[], size: number): Promise<void> {
    this.stats.batches += 1;
    this.stats.instances += size;
    const links = batch.flatMap((item) => (item.span ? [{ context: item.span }] : []));
    const span = trace.getTracer('modelgate').startSpan('inference batch', { root: true, links, attributes: { 'modelgate.batch.instances': size, 'modelgate.batch.requests': batch.length } });
    try {
      const outputs = await this.run(concat(batch.map((item) => item.inputs), size));
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
  return { name: output.name, shape: [count, ...output.shape.slice(1)], values: output.values.slice(from * width, (from + count) * width) };
}

function rowSize(shape: number[]): number {
  return shape.slice(1).reduce((a, b) => a * b, 1);
}
