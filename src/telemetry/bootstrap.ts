/**
 * OpenTelemetry bootstrap. Imported first by every entry point, so that http, pg and graphql
 * are instrumented before anything requires them. Every request has a trace id (it reaches logs,
 * audit events and the prediction log); spans are recorded, and leave the process, only when an
 * OTLP endpoint is set (a MODELGATE_TRACE_SAMPLE_RATIO share of the traces that start here, and
 * those a caller sampled): without one they are not sampled, which costs a request almost nothing.
 */
import { NodeSDK, tracing } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';

const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
/** Share of traces recorded when they start here; a caller's sampling decision (traceparent) is followed. Checked again with the other settings. */
const ratio = Number(process.env.MODELGATE_TRACE_SAMPLE_RATIO ?? 1);

const sdk = new NodeSDK({
  serviceName: process.env.OTEL_SERVICE_NAME ?? 'modelgate',
  spanProcessors: endpoint ? [new tracing.BatchSpanProcessor(new OTLPTraceExporter())] : [],
  sampler: endpoint
    ? new tracing.ParentBasedSampler({ root: new tracing.TraceIdRatioBasedSampler(Number.isFinite(ratio) ? ratio : 1) })
    : new tracing.AlwaysOffSampler(),
  metricReaders: [],
  instrumentations: [
    new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => req.url === '/healthz' || req.url === '/readyz' }),
    // No span per field resolver (predict makes its own); no SQL span outside a request's trace.
    new GraphQLInstrumentation({ mergeItems: true, ignoreResolveSpans: true }),
    new PgInstrumentation({ requireParentSpan: true }),
  ],
});
sdk.start();

/** Flushes spans still buffered; called on shutdown. */
export function shutdownTelemetry(): Promise<void> {
  return sdk.shutdown();
}
