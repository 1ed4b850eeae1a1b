/**
 * The load generator, run as its own process so it never shares an event loop with what it
 * measures: reads a LoadSpec as JSON on stdin, runs autocannon (after a one-second warm-up) and
 * prints a Measured as JSON on stdout.
 */
import { summarise } from './measure';

export interface LoadSpec {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  body: string;
  /** The body is base64 of bytes to send as they are (binary tensor data). */
  binary?: boolean;
  /** A substring every answer must hold; an answer without it, or one carrying GraphQL errors, is a failure. */
  expect: string;
}

interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  duration: number;
}

type Autocannon = (options: object) => Promise<AutocannonResult> & {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};

// autocannon ships no types; these are the parts used here.
const autocannon = require('autocannon') as Autocannon;

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const spec = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadSpec;
  const run = autocannon({
    url: spec.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...spec.headers },
    body: spec.binary ? Buffer.from(spec.body, 'base64') : spec.body,
    connections: spec.connections,
    duration: spec.seconds,
    warmup: { connections: spec.connections, duration: 1 },
    verifyBody: (body: string) => body.includes(spec.expect) && !body.includes('"errors"'),
  });
  // autocannon keeps whole milliseconds; record each 2xx answer's latency unrounded.
  const latencies: number[] = [];
  run.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await run;
  process.stdout.write(
    JSON.stringify(
      summarise(latencies, result.duration, result.errors + result.timeouts + result.mismatches, result.non2xx),
    ),
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
