/** What one load-test row measured, whoever generated the load (autocannon or a plain loop). */
export interface Measured {
  /** Completed requests (or batches) per second. */
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Failed requests: connection errors, timeouts, 2xx answers carrying errors or lacking the expected data. */
  errors: number;
  /** Answers with a status other than 2xx. */
  non2xx: number;
}

/** Summarises latencies in milliseconds of requests completed over `seconds`. */
export function summarise(latencies: number[], seconds: number, errors = 0, non2xx = 0): Measured {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { requestsPerSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors, non2xx };
}
