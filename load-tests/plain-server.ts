/**
 * The floor of serving the demo CNN over HTTP: node:http, JSON in and out, one model.predict per
 * request, nothing else. Run as its own process: `node plain-server.js <model folder> [backend]`;
 * prints {"port", "backend"} once listening. Takes {"instances": [{"pixels": …}, …]}.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as tfjs from '@tensorflow/tfjs';
import type { BackendName } from '../src/inference/backend';
import { loadModelFolder } from './cnn';

void loadModelFolder(process.argv[2]!, process.argv[3] as BackendName | undefined).then(({ backend, tf, model }) => {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      try {
        const { instances } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          instances: { pixels: number[][][] }[];
        };
        // await array(), as the gateway's workers read: arraySync() throws on webgpu in Node.
        const output = tf.tidy(
          () => model.predict(tf.tensor(instances.map((instance) => instance.pixels))) as tfjs.Tensor,
        );
        const scores = await output.array().finally(() => output.dispose());
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ scores }));
      } catch (error) {
        response.writeHead(400).end((error as Error).message);
      }
    });
  });
  server.listen(0, '127.0.0.1', () =>
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, backend })),
  );
});
