import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import {
  AuditEventsDocument,
  CreateApiKeyDocument,
  CreateModelDocument,
  ModelVersionQuarantineDocument,
  PredictDocument,
  RegisterModelVersionDocument,
  ReleaseModelQuarantineDocument,
} from '../../src/client/generated/graphql';
import { modelFiles } from '../../src/demo/train';
import { ArtifactStore } from '../../src/inference/artifact-store';
import { GraphQLClient } from '../support/client';
import { classifierVersion, createChain, deploy, serviceClient } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { Scrape } from '../support/prometheus';
import { policyFolder, shippedPolicy } from '../support/policies';
import fs from 'node:fs';

/**
 * 8×8 images up-sampled eight times (2048×2048, 128 MiB of activations per image once Conv2D
 * makes 8 channels), then pooled to two scores: 98 weights. One image runs; 32 at once take the
 * wasm backend past its 4 GiB heap and trap it ("memory access out of bounds").
 */
async function upsamplingBombFiles(): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    layers: [
      tf.layers.inputLayer({ inputShape: [8, 8, 1] }),
      ...Array.from({ length: 8 }, () => tf.layers.upSampling2d({ size: [2, 2] })),
      tf.layers.conv2d({ filters: 8, kernelSize: 3, padding: 'same' }),
      tf.layers.globalAveragePooling2d({}),
      tf.layers.dense({ units: 2, activation: 'softmax' }),
    ],
  });
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

const images = (count: number) =>
  Array.from({ length: count }, () => ({ pixels: Array.from({ length: 64 }, () => 0.5) }));

describe('tenant isolation', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  let service: GraphQLClient;
  let bombVersionId: string;

  before(async () => {
    // One worker, as in the report: a trap there used to end inference for every deployment.
    // The activation bound is lifted so that the model reaches a worker at all: this is the
    // gateway's last line, for a model that gets past admission.
    gw = await startTestGateway({ MODELGATE_WORKERS: '1', MODELGATE_MAX_ACTIVATION_MB: '1000000' });
    chain = await createChain(gw.client, 'isolation');
    await deploy(gw, chain.team.id, 'steady', chain.modelVersion.id);
    // Stored as an artifact admitted before the gateway weighed models' costs would be.
    const artifact = await new ArtifactStore(path.join(gw.config.dataDir, 'artifacts')).put(
      await upsamplingBombFiles(),
    );
    const { createModel } = await gw.client.data(CreateModelDocument, {
      input: { teamId: chain.team.id, name: 'upsampler', taskType: 'IMAGE_CLASSIFICATION' },
    });
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(createModel.id, chain.run.id),
        artifact,
        metrics: [{ name: 'accuracy', value: 0.95 }],
        fairnessMetrics: [],
        signature: {
          inputs: [{ name: 'pixels', dtype: 'FLOAT32', shape: [8, 8, 1] }],
          outputs: [{ name: 'scores', dtype: 'FLOAT32', shape: [2] }],
          classLabels: ['a', 'b'],
        },
      },
    });
    bombVersionId = registerModelVersion.id;
    await deploy(gw, chain.team.id, 'upsampler', bombVersionId);
    service = await serviceClient(gw, chain.team.id, 'both', ['steady', 'upsampler']);
  });
  after(() => gw?.stop());

  it('quarantines a model that traps its worker; the worker is replaced and every other deployment keeps answering', async () => {
    const trapped = await service.error(PredictDocument, { deployment: 'upsampler', instances: images(32) });
    assert.equal(trapped.extensions?.code, 'UNAVAILABLE');
    // The trap's words vary with where the heap ran out ("memory access out of bounds", "table index is out of bounds").
    assert.match(trapped.message, /quarantined: it broke an inference worker \(.+\)/);

    const { predict } = await service.data(PredictDocument, {
      deployment: 'steady',
      instances: [{ income: 1, age: 2 }],
    });
    assert.equal(predict.outputs.length, 1, 'the other deployment answers on the replacement worker');

    const refused = await service.error(PredictDocument, { deployment: 'upsampler', instances: images(1) });
    assert.equal(refused.extensions?.code, 'UNAVAILABLE', 'even a request the model could run is refused');
    assert.match(refused.message, /quarantined.*an admin can release it/);

    const { modelVersion } = await gw.client.data(ModelVersionQuarantineDocument, { id: bombVersionId });
    assert.match(modelVersion.quarantine!.reason, /^it broke an inference worker \(.+\)$/);
    const ready = await fetch(gw.gateway.url.replace('/graphql', '/readyz'));
    assert.equal(ready.status, 200, 'the replaced worker serves, so the gateway is ready');
    const scrape = await Scrape.of(gw.gateway.url.replace('/graphql', '/metrics'));
    assert.equal(scrape.value('modelgate_quarantined_models'), 1);
    assert.ok(scrape.value('modelgate_worker_replacements_total')! >= 1);
  });

  it('lets an admin, and only an admin, release a quarantined version, in the audit trail', async () => {
    const { modelVersion } = await gw.client.data(ModelVersionQuarantineDocument, { id: bombVersionId });
    assert.ok(modelVersion.quarantine, 'quarantined by the test before');
    const deployer = await gw.as({ user: 'dana', roles: ['deployer'], teams: [chain.team.name] });
    const denied = await deployer.error(ReleaseModelQuarantineDocument, { id: bombVersionId });
    assert.equal(denied.extensions?.code, 'FORBIDDEN');
    const { releaseModelQuarantine } = await gw.client.data(ReleaseModelQuarantineDocument, { id: bombVersionId });
    assert.equal(releaseModelQuarantine.quarantine, null);
    const { predict } = await service.data(PredictDocument, { deployment: 'upsampler', instances: images(1) });
    assert.equal(predict.outputs.length, 1, 'released, it answers what it can');
    const again = await gw.client.error(ReleaseModelQuarantineDocument, { id: bombVersionId });
    assert.equal(again.extensions?.code, 'CONFLICT');
    const { auditEvents } = await gw.client.data(AuditEventsDocument, {
      first: 5,
      filter: { actionIn: ['releaseModelQuarantine'] },
      direction: 'DESC',
    });
    assert.equal(auditEvents.nodes.length, 1);
    assert.match(JSON.stringify(auditEvents.nodes[0]!.before), /it broke an inference worker/);
  });
});

describe('inference work per caller', () => {
  let gw: TestGateway;
  const policies = policyFolder({
    'limits.yaml': shippedPolicy('limits.yaml').replace(
      'service: { perSecond: 200000, burst: 5000000 }',
      'service: { perSecond: 10, burst: 100 }',
    ),
  });
  let flooderKey: string;
  let flooder: GraphQLClient;
  let neighbour: GraphQLClient;
  const applicants = (count: number) => Array.from({ length: count }, (_, i) => ({ income: i / count, age: 0.3 }));

  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: policies });
    const chain = await createChain(gw.client, 'work');
    await deploy(gw, chain.team.id, 'scored', chain.modelVersion.id);
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'flooder', deploymentNames: ['scored'] },
    });
    flooderKey = createApiKey.secret;
    flooder = new GraphQLClient(gw.gateway.url, { 'x-api-key': flooderKey });
    neighbour = await serviceClient(gw, chain.team.id, 'neighbour', ['scored']);
  });
  after(async () => {
    await gw?.stop();
    fs.rmSync(policies, { recursive: true, force: true });
  });

  it('counts instances, not requests: a caller past its work rate is refused, on GraphQL and v2, and its neighbour is not', async () => {
    await flooder.data(PredictDocument, { deployment: 'scored', instances: applicants(100) });
    const refused = await flooder.error(PredictDocument, { deployment: 'scored', instances: applicants(50) });
    assert.equal(refused.extensions?.code, 'RATE_LIMITED');
    assert.match(
      refused.message,
      /asks for 50 instance-evaluations and your roles allow 10 a second \(bursts of 100\)/,
    );
    const v2 = await fetch(gw.gateway.url.replace('/graphql', '/v2/models/scored/infer'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': flooderKey },
      body: JSON.stringify({
        inputs: [
          { name: 'income', shape: [50], datatype: 'FP32', data: Array(50).fill(0.5) },
          { name: 'age', shape: [50], datatype: 'FP32', data: Array(50).fill(0.5) },
        ],
      }),
    });
    assert.equal(v2.status, 429, 'the v2 protocol spends from the same bucket');
    assert.ok(Number(v2.headers.get('retry-after')) >= 1);
    const { predict } = await neighbour.data(PredictDocument, { deployment: 'scored', instances: applicants(50) });
    assert.equal(predict.outputs.length, 50, "the neighbour's own work is not counted against it");
  });
});
