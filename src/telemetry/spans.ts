import { SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

/** modelgate's tracer; spans go nowhere until telemetry/bootstrap.ts registers an exporter. */
export const tracer = trace.getTracer('modelgate');

/** The trace the current request belongs to, if tracing is on: recorded in audit events and the prediction log. */
export function activeTraceId(): string | undefined {
  return trace.getActiveSpan()?.spanContext().traceId;
}

/** Runs `work` in an active span that records its failure, if any, and always ends. */
export function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
