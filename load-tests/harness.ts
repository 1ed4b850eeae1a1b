import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { creditSignature, trainCreditModel } from '../src/demo/train';
import { loadBackend } from '../src/inference/backend';
import {
  CreateDeploymentDocument,
  CreateModelDocument,
  RegisterModelVersionDocument,
  type MetricInput,
  type SignatureInput,
} from '../src/client/generated/graphql';
import { approveVersion, classifierVersion, createChain } from '../test/support/fixtures';
import { startTestGateway, type TestGateway } from '../test/support/gateway';
import { uploadModel } from '../test/support/models';
import { ensureDatabaseServer } from '../test/support/scratch-postgres';
import { cnnFiles, cnnSignature } from './cnn';

/** Spawns one of the compiled load-test scripts beside this one, with this process's node flags: every server gets the same GC settings. */
export const spawnScript = (name: string, args: string[], stdin: 'pipe' | 'ignore') =>
  spawn(process.execPath, [...process.execArgv, path.join(__dirname, `${name}.js`), ...args], {
    stdio: [stdin, 'pipe', 'inherit'],
  });

/** Runs a script to its end with `input` on stdin; answers what it printed, as JSON. */
export async function runScript<T>(name: string, args: string[], input = ''): Promise<T> {
  const child = spawnScript(name, args, 'pipe');
  child.stdin!.end(input);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`${name} exited with ${code}`);
  return JSON.parse(output) as T;
}

/**
 * Runs a load test against a real gateway on this machine: DATABASE_URL when set, else an
 * embedded PostgreSQL; everything is stopped and removed afterwards, on failure too.
 */
export function runLoadTest(env: NodeJS.ProcessEnv, test: (gw: TestGateway) => Promise<void>): void {
  const run = async () => {
    const stopDatabase = await ensureDatabaseServer();
    const gw = await startTestGateway(env);
    try {
      await test(gw);
    } finally {
      await gw.stop();
      await stopDatabase();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * Waits until the prediction log has written what earlier rows left: a row's load must not meet
 * the writes of the one before it.
 */
export async function logSettled(gw: TestGateway): Promise<void> {
  while (gw.gateway.predictionLog.pending > 0) {
    await gw.gateway.predictionLog.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A deployment to create for a load test: its name and batching (the gateway's defaults where left out). */
export type LoadDeployment = { name: string; maxBatchSize?: number; maxQueueDelayMs?: number };

/** Approves a model version and deploys it under each of `deployments`. */
export async function deployVersion(
  gw: TestGateway,
  teamId: string,
  modelVersionId: string,
  deployments: LoadDeployment[],
): Promise<void> {
  await approveVersion(gw, modelVersionId);
  for (const { name, ...batching } of deployments) {
    await gw.client.data(CreateDeploymentDocument, {
      input: { teamId, name, environment: 'STAGING', routes: [{ modelVersionId, weight: 100 }], batching },
    });
  }
}

/** Uploads a model's files and registers them as a version of `modelId`, from `runId`, with `metrics` when given. */
export async function registerFiles(
  gw: TestGateway,
  modelId: string,
  runId: string,
  files: Map<string, Buffer>,
  signature: SignatureInput,
  metrics?: MetricInput[],
) {
  const artifact = await uploadModel(
    gw.gateway.url,
    `Bearer ${await gw.token({ user: 'bench', roles: ['admin'] })}`,
    files,
  );
  const version = classifierVersion(modelId, runId);
  const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
    input: { ...version, artifact, signature, metrics: metrics ?? version.metrics },
  });
  return registerModelVersion;
}

/** Trains the demo's credit-risk model, registers, approves and deploys it under each of `deployments`. */
export async function deployCreditModel(gw: TestGateway, deployments: LoadDeployment[]) {
  const chain = await createChain(gw.client, 'bench');
  const credit = await trainCreditModel((await loadBackend('cpu')).tf);
  const version = await registerFiles(gw, chain.model.id, chain.run.id, credit.files, creditSignature);
  await deployVersion(gw, chain.team.id, version.id, deployments);
  return chain;
}

/**
 * Registers the benchmark CNN as a new model of `chain`'s team, approves and deploys it under each
 * of `deployments`. It is untrained (only its cost matters here); the accuracy it declares only
 * passes the image gate.
 */
export async function deployBenchCnn(
  gw: TestGateway,
  chain: Awaited<ReturnType<typeof deployCreditModel>>,
  deployments: LoadDeployment[],
) {
  const { createModel } = await gw.client.data(CreateModelDocument, {
    input: { teamId: chain.team.id, name: 'bench-cnn', taskType: 'IMAGE_CLASSIFICATION' },
  });
  const cnn = await registerFiles(
    gw,
    createModel.id,
    chain.run.id,
    await cnnFiles((await loadBackend('cpu')).tf),
    cnnSignature,
    [{ name: 'accuracy', value: 0.95 }],
  );
  await deployVersion(gw, chain.team.id, cnn.id, deployments);
  return cnn;
}
