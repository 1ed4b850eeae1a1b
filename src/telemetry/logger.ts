import pino, { type Logger } from 'pino';
import { trace } from '@opentelemetry/api';

export type { Logger };

/** JSON logs on stdout; each line carries the active trace id so logs and spans join up. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'modelgate' },
    mixin() {
      const span = trace.getActiveSpan();
      return span ? { traceId: span.spanContext().traceId } : {};
    },
  });
}
