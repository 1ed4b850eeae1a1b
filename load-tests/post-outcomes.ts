/**
 * A client service reporting outcomes in bulk, as its own process: reads `{ url, apiKey, files }`
 * as JSON on stdin, posts each file (JSON Lines) to the outcomes route one after the other, and
 * prints `{ outcomes, seconds, perSecond }`: outcomes recorded, from the first request to the last answer.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const { url, apiKey, files } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    url: string;
    apiKey: string;
    files: string[];
  };
  const bodies = files.map((file) => fs.readFileSync(file));
  let outcomes = 0;
  const started = performance.now();
  for (const body of bodies) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', 'x-api-key': apiKey },
      body,
    });
    const answer = (await response.json()) as { recorded?: number; errors?: { message: string }[] };
    if (!response.ok) throw new Error(`outcomes refused (${response.status}): ${answer.errors?.[0]?.message}`);
    outcomes += answer.recorded!;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ outcomes, seconds, perSecond: outcomes / seconds }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
