import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  CreateDeploymentDocument,
  PredictDocument,
  PredictExplainedDocument,
  RegisterModelVersionDocument,
  RegisterDatasetVersionDocument,
  RetireDeploymentDocument,
  UpdateDeploymentRoutesDocument,
} from '../../src/client/generated/graphql';
import { PNG } from 'pngjs';
import { PredictionLog } from '../../src/domain/prediction-log/writer';
import { createLogger } from '../../src/telemetry/logger';
import type { GraphQLClient } from '../support/client';
import { eventually } from '../support/eventually';
import {
  approveVersion,
  classifierVersion,
  createChain,
  creditDatasetVersion,
  deploy,
  finishedRun,
  registerBarsVersion,
  serviceClient,
  answersOf,
} from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { tinyClassifierFiles, uploadModel } from '../support/models';

/** Rows of the prediction log, read once the gateway has written what it held. */
async function loggedRows<T>(gw: TestGateway, sql: string): Promise<T[]> {
  await gw.gateway.predictionLog.flush();
  return (await gw.gateway.orm.em.getConnection().execute(sql)) as T[];
}

describe('predictions', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  let service: GraphQLClient;
  before(async () => {
    gw = await startTestGateway({ MODELGATE_MAX_INSTANCES: '50', MODELGATE_UNLOAD_IDLE_MS: '300' });
    chain = await createChain(gw.client, 'serve');
    await deploy(gw, chain.team.id, 'credit-risk', chain.modelVersion.id);
    service = await serviceClient(gw, chain.team.id, 'scorer', ['credit-risk']);
  });
  after(() => gw?.stop());

  it('answers each instance with a label and scores from the model', async () => {
    const { predict } = await service.data(PredictDocument, {
      deployment: 'credit-risk',
      instances: [
        { income: 0, age: 0 },
        { income: 4, age: -2 },
      ],
    });
    assert.equal(predict.modelVersionId, chain.modelVersion.id);
    assert.equal(predict.outputs.length, 2);
    // The test model: logits = [income, age]·[[0.5, -0.5], [-0.25, 0.25]] + [0.1, -0.1].
    const softmax = (a: number, b: number) => [
      Math.exp(a) / (Math.exp(a) + Math.exp(b)),
      Math.exp(b) / (Math.exp(a) + Math.exp(b)),
    ];
    const expected = [softmax(0.1, -0.1), softmax(0.1 + 2 + 0.5, -0.1 - 2 - 0.5)];
    predict.outputs.forEach((output, i) => {
      assert.equal(output.label, 'repaid');
      output.scores!.forEach((score, j) =>
        assert.ok(Math.abs(score - expected[i]![j]!) < 1e-5, `${score} ≈ ${expected[i]![j]}`),
      );
    });
  });

  it('explains each answer with feature attributions when, and only when, asked', async () => {
    const { predict } = await service.data(PredictExplainedDocument, {
      deployment: 'credit-risk',
      instances: [
        { income: 4, age: -2 },
        { income: 1, age: 1 },
      ],
      steps: 64,
    });
    assert.equal(predict.explanations.length, 2);
    predict.explanations.forEach((explanation, i) => {
      assert.equal(explanation.method, 'INTEGRATED_GRADIENTS');
      assert.equal(explanation.targetLabel, predict.outputs[i]!.label);
      assert.deepEqual(
        explanation.attributions.map((a) => a.feature),
        ['income', 'age'],
      );
      assert.ok(
        explanation.completenessGap! < 0.01 * Math.abs(explanation.outputAtInput - explanation.outputAtBaseline),
      );
    });
    const gradients = await service.data(PredictExplainedDocument, {
      deployment: 'credit-risk',
      instances: [{ income: 4, age: -2 }],
      method: 'GRADIENT_X_INPUT',
      baseline: { income: 1, age: 1 },
    });
    assert.equal(gradients.predict.explanations[0]!.completenessGap, null);
    const shapRequest = {
      deployment: 'credit-risk',
      instances: [{ income: 4, age: -2 }],
      method: 'KERNEL_SHAP' as const,
      seed: 5,
    };
    const { predict: shap } = await service.data(PredictExplainedDocument, shapRequest);
    const [explained] = shap.explanations;
    assert.equal(explained!.seed, 5);
    const total = explained!.attributions.reduce((sum, a) => sum + a.value!, 0);
    assert.ok(
      Math.abs(total - (explained!.outputAtInput - explained!.outputAtBaseline)) < 1e-5,
      'KernelSHAP attributions add up to f(x) − f(baseline)',
    );
    assert.deepEqual(
      (await service.data(PredictExplainedDocument, shapRequest)).predict.explanations,
      shap.explanations,
      'the same request, the same attributions',
    );
    // policies/explanations.yaml caps a service key at 64 steps and 512 samples, and says so.
    const capped = await service.data(PredictExplainedDocument, {
      deployment: 'credit-risk',
      instances: [{ income: 1, age: 1 }],
      steps: 200,
      method: 'INTEGRATED_GRADIENTS',
    });
    assert.equal(capped.predict.explanations[0]!.steps, 64);
    const refused = await service.error(PredictExplainedDocument, {
      deployment: 'credit-risk',
      instances: [{ income: 1, age: 1 }],
      method: 'OCCLUSION',
    });
    assert.equal(refused.extensions?.code, 'FORBIDDEN');
    assert.match(refused.message, /may not ask for OCCLUSION explanations/);
    const steps = await service.error(PredictExplainedDocument, {
      deployment: 'credit-risk',
      instances: [{ income: 1, age: 1 }],
      steps: 1000,
    });
    assert.match(steps.message, /^steps: must be between 1 and 256/);
    const baseline = await service.error(PredictExplainedDocument, {
      deployment: 'credit-risk',
      instances: [{ income: 1, age: 1 }],
      baseline: { income: 1 },
    });
    assert.equal(baseline.extensions?.code, 'BAD_USER_INPUT');
    assert.match(baseline.message, /^baseline: feature age: is missing/);
  });

  it('explains an image model by occlusion, with a PNG heatmap over the input', async () => {
    const registerModelVersion = await registerBarsVersion(gw, chain.team.id, 'bars', chain.run.id);
    await deploy(gw, chain.team.id, 'bars', registerModelVersion.id);
    const horizontal = Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, () => [r === 3 ? 0.9 : 0.1]));
    const { predict } = await gw.client.data(PredictExplainedDocument, {
      deployment: 'bars',
      instances: [{ pixels: horizontal }],
      method: 'OCCLUSION',
      patch: 2,
    });
    const [explanation] = predict.explanations;
    assert.equal(explanation!.targetLabel, 'horizontal');
    assert.equal(explanation!.attributions.length, 16, 'a 4×4 grid of 2-pixel patches');
    const top = explanation!.attributions.reduce((best, a) => (a.value! > best.value! ? a : best));
    assert.match(top.feature, /^patch\[1,\d\]$/, `hiding the bar (rows 2–3) matters most, got ${top.feature}`);
    assert.match(explanation!.heatmap!, /^data:image\/png;base64,/);
    const png = PNG.sync.read(Buffer.from(explanation!.heatmap!.split(',')[1]!, 'base64'));
    assert.deepEqual([png.width, png.height], [64, 64]);
    const wrongMethod = await gw.client.error(PredictExplainedDocument, {
      deployment: 'bars',
      instances: [{ pixels: horizontal }],
      method: 'KERNEL_SHAP',
    });
    assert.equal(wrongMethod.extensions?.code, 'BAD_USER_INPUT');
  });

  it('refuses instances that do not fit the signature, naming instance and field', async () => {
    const cases: [unknown[], RegExp][] = [
      [[{ income: 1 }], /^instances\[0\]\.age: is missing/],
      [[{ income: 1, age: 2, zip: '10115' }], /^instances\[0\]\.zip: is not an input/],
      [
        [
          { income: 1, age: 2 },
          { income: 'high', age: 2 },
        ],
        /^instances\[1\]\.income: must be a finite number/,
      ],
      [Array.from({ length: 51 }, () => ({ income: 1, age: 2 })), /^instances: holds 51 instances; at most 50/],
      [[], /^instances: must hold at least one/],
    ];
    for (const [instances, message] of cases) {
      const error = await service.error(PredictDocument, { deployment: 'credit-risk', instances });
      assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
      assert.match(error.message, message);
    }
    const infinite = await service.send(
      `{"query":"query($i:[JSON!]!){ predict(deployment:\\"credit-risk\\", instances:$i){ version } }","variables":{"i":[{"income":1e999,"age":1}]}}`,
    );
    assert.match(infinite.errors![0]!.message, /^instances\[0\]\.income: must be a finite number, got Infinity/);
  });

  it('gathers concurrent requests into few batches, and leaks no tensor', async () => {
    const baseline = await gw.gateway.models.tensorCounts();
    const before = gw.gateway.models.stats();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        service.request(PredictDocument, { deployment: 'credit-risk', instances: [{ income: i, age: 1 }] }),
      ),
    );
    assert.ok(results.every((r) => r.errors === undefined && r.data!.predict.outputs.length === 1));
    // Merged into batches, each request still gets the answer to its own instance.
    for (const i of [0, 7, 23, 39]) {
      const alone = await service.data(PredictDocument, {
        deployment: 'credit-risk',
        instances: [{ income: i, age: 1 }],
      });
      assert.deepEqual(answersOf(results[i]!.data!.predict.outputs), answersOf(alone.predict.outputs), `request ${i}`);
    }
    assert.notDeepEqual(
      results[0]!.data!.predict.outputs,
      results[39]!.data!.predict.outputs,
      'different instances, different answers',
    );
    const after = gw.gateway.models.stats();
    assert.equal(after.instances - before.instances, 44);
    assert.ok(after.batches - before.batches < 44, `44 requests ran in ${after.batches - before.batches} batches`);
    await service.request(PredictDocument, { deployment: 'credit-risk', instances: [{ income: 'x', age: 1 }] });
    assert.deepEqual(await gw.gateway.models.tensorCounts(), baseline);
  });

  it('splits traffic by route weight, sticky for a routing key', async () => {
    const { registerModelVersion: canary } = await gw.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id, chain.run.id),
    });
    await approveVersion(gw, canary.id);
    await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: chain.team.id,
        name: 'credit-canary',
        environment: 'STAGING',
        routes: [
          { modelVersionId: chain.modelVersion.id, weight: 80 },
          { modelVersionId: canary.id, weight: 20 },
        ],
      },
    });
    const answered = await Promise.all(
      Array.from({ length: 400 }, () =>
        gw.client.data(PredictDocument, { deployment: 'credit-canary', instances: [{ income: 1, age: 1 }] }),
      ),
    );
    const share = answered.filter((r) => r.predict.modelVersionId === canary.id).length / answered.length;
    assert.ok(Math.abs(share - 0.2) < 0.07, `canary share ${share} ≈ 0.2`);
    const sticky = await Promise.all(
      Array.from({ length: 10 }, () =>
        gw.client.data(PredictDocument, {
          deployment: 'credit-canary',
          instances: [{ income: 1, age: 1 }],
          routingKey: 'customer-42',
        }),
      ),
    );
    assert.equal(new Set(sticky.map((r) => r.predict.modelVersionId)).size, 1, 'one key, one route');
  });

  it("logs every answer off the request path, and a shadow version's answers without returning them", async () => {
    const { registerModelVersion: shadowVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id, chain.run.id),
    });
    await approveVersion(gw, shadowVersion.id);
    await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: chain.team.id,
        name: 'credit-shadowed',
        environment: 'STAGING',
        routes: [{ modelVersionId: chain.modelVersion.id, weight: 100 }],
        shadowModelVersionId: shadowVersion.id,
      },
    });
    const { predict } = await gw.client.data(PredictDocument, {
      deployment: 'credit-shadowed',
      instances: [{ income: 3, age: 1 }],
    });
    assert.equal(predict.modelVersionId, chain.modelVersion.id, 'the shadow never answers');
    const uuid = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
    type Row = {
      shadow: boolean;
      model_version_id: string;
      inputs: Buffer | null;
      instance_count: number;
      caller: string;
    };
    const rows = await eventually(
      () =>
        loggedRows<Row>(
          gw,
          `select l.shadow, l.model_version_id, l.inputs, l.instance_count, l.caller from prediction_log_entry l join deployment d on d.id = l.deployment_id where d.name = 'credit-shadowed' order by l.shadow`,
        ),
      (logged) => logged.length >= 2,
    );
    assert.deepEqual(
      rows.map((r) => [r.shadow, r.model_version_id, r.caller]),
      [
        [false, uuid(chain.modelVersion.id), 'test-admin'],
        [true, uuid(shadowVersion.id), 'test-admin'],
      ],
    );
    // No personal data in the training data, so the inputs are kept: income then age, as float32.
    const inputs = rows[0]!.inputs!;
    assert.equal(rows[0]!.instance_count, 1);
    assert.deepEqual([...new Float32Array(inputs.buffer, inputs.byteOffset, inputs.byteLength / 4)], [3, 1]);
    assert.equal(gw.gateway.predictionLog.stats.dropped, 0);
  });

  it('swaps models under load with no failed request, and unloads the one no route uses', async () => {
    const token = `Bearer ${await gw.token({ user: 'ops', roles: ['admin'] })}`;
    const versionOf = async (bias: number) => {
      const artifact = await uploadModel(gw.gateway.url, token, await tinyClassifierFiles(bias));
      const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
        input: { ...classifierVersion(chain.model.id, chain.run.id), artifact },
      });
      await approveVersion(gw, registerModelVersion.id);
      return { id: registerModelVersion.id, sha256: artifact.sha256 };
    };
    const [old, next] = [await versionOf(0.7), await versionOf(0.9)];
    await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: chain.team.id,
        name: 'credit-swap',
        environment: 'STAGING',
        routes: [{ modelVersionId: old.id, weight: 100 }],
      },
    });

    let swapped = false;
    let stopped = false;
    let answeredBefore = 0;
    const answeredBy: string[] = [];
    const failures: unknown[] = [];
    const client = async () => {
      while (!stopped) {
        const response = await gw.client.request(PredictDocument, {
          deployment: 'credit-swap',
          instances: [{ income: 1, age: 1 }],
        });
        if (response.errors) failures.push(response.errors);
        else if (swapped) answeredBy.push(response.data!.predict.modelVersionId);
        else answeredBefore += 1;
      }
    };
    // 16 clients in a loop: the routes change once the old version has answered twice as many
    // requests, and the load stops once as many more were answered after the change.
    const load = Promise.all(Array.from({ length: 16 }, client));
    await eventually(
      () => answeredBefore,
      (answered) => answered >= 32,
    );
    await gw.client.data(UpdateDeploymentRoutesDocument, {
      input: { name: 'credit-swap', routes: [{ modelVersionId: next.id, weight: 100 }] },
    });
    swapped = true;
    await eventually(
      () => answeredBy.length,
      (answered) => answered >= 32,
    );
    stopped = true;
    await load;
    assert.deepEqual(failures, [], 'no request failed during the swap');
    assert.ok(answeredBefore >= 32, `the old version answered under load first: ${answeredBefore} answers`);
    assert.equal(answeredBy.at(-1), next.id, 'the new version answers after the swap');

    const loaded = await eventually(
      () => gw.gateway.models.loaded(),
      (models) => !models.includes(old.sha256),
    );
    assert.ok(!loaded.includes(old.sha256), 'the old model left the workers');
    assert.ok(loaded.includes(next.sha256));
  });

  it('logs only a keyed digest of the instances when the training data holds personal data', async () => {
    const { registerDatasetVersion: personal } = await gw.client.data(RegisterDatasetVersionDocument, {
      input: {
        ...creditDatasetVersion(chain.dataset.id),
        features: [
          { name: 'email', dtype: 'STRING', pii: true },
          { name: 'income', dtype: 'FLOAT32' },
        ],
        statistics: [],
        anonymization: 'PSEUDONYMIZED',
      },
    });
    const run = await finishedRun(gw.client, { experimentId: chain.experiment.id, datasetVersionIds: [personal.id] });
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id, run.id),
    });
    await deploy(gw, chain.team.id, 'credit-personal', registerModelVersion.id);
    await gw.client.data(PredictDocument, { deployment: 'credit-personal', instances: [{ income: 7, age: 3 }] });
    const rows = await eventually(
      () =>
        loggedRows<{ inputs: Buffer | null; instances_sha256: string }>(
          gw,
          `select l.inputs, l.instances_sha256 from prediction_log_entry l join deployment d on d.id = l.deployment_id where d.name = 'credit-personal'`,
        ),
      (logged) => logged.length > 0,
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.inputs, null, 'the inputs themselves are not kept');
    const packed = Buffer.from(new Float32Array([7, 3]).buffer);
    // No MODELGATE_DIGEST_KEY: the gateway made one in its data folder.
    const key = fs.readFileSync(path.join(gw.config.dataDir, 'digest-key'), 'utf8').trim();
    assert.equal(
      rows[0]!.instances_sha256,
      createHmac('sha256', key).update(packed).digest('hex'),
      'only the HMAC of the packed inputs under the generated digest key',
    );
  });

  it('bounds the prediction log buffer and counts what it drops', async () => {
    const pool = new pg.Pool({ connectionString: gw.databaseUrl });
    const log = new PredictionLog(pool, createLogger('silent'), 2, 1000, 3_600_000);
    const entry = {
      deploymentId: randomUUID(),
      modelVersionId: randomUUID(),
      shadow: false,
      latencyMs: 1,
      caller: 'bench',
      requestId: 'r',
      inputs: Buffer.from([1, 2, 3, 4]),
      instanceCount: 1,
      instancesSha256: 'a'.repeat(64),
      outputs: [],
      callerTeams: [],
      groups: null,
    };
    for (let i = 0; i < 5; i += 1) log.record({ ...entry, id: randomUUID() });
    assert.deepEqual(log.stats, { written: 0, dropped: 3, failedWrites: 0, rejected: 0 });
    await log.close();
    await pool.end();
    assert.deepEqual(log.stats, { written: 2, dropped: 3, failedWrites: 0, rejected: 0 });
  });

  it('refuses to load a tampered artifact, and answers nothing from a retired deployment', async () => {
    // A second gateway whose artifact is not loaded: registration's trial run loaded it, and with
    // no route to it the janitor unloads it at once. Tamper with its stored weights then.
    const other = await startTestGateway({ MODELGATE_UNLOAD_IDLE_MS: '0' });
    try {
      const otherChain = await createChain(other.client, 'tamper');
      const loaded = await eventually(
        () => other.gateway.models.loaded(),
        (keys) => keys.length === 0,
      );
      assert.deepEqual(loaded, [], 'the trial run of registration left no model loaded');
      await deploy(other, otherChain.team.id, 'tampered', otherChain.modelVersion.id);
      const weights = path.join(
        other.config.dataDir,
        'artifacts',
        otherChain.modelVersion.artifact.sha256,
        'weights.bin',
      );
      const bytes = fs.readFileSync(weights);
      bytes[0] = bytes[0]! ^ 0xff;
      fs.writeFileSync(weights, bytes);
      const error = await other.client.error(PredictDocument, {
        deployment: 'tampered',
        instances: [{ income: 1, age: 1 }],
      });
      assert.equal(error.extensions?.code, 'UNAVAILABLE');
      assert.match(error.message, /failed its integrity check/);
    } finally {
      await other.stop();
    }
    await gw.client.data(RetireDeploymentDocument, { name: 'credit-canary' });
    const retired = await gw.client.error(PredictDocument, {
      deployment: 'credit-canary',
      instances: [{ income: 1, age: 1 }],
    });
    assert.equal(retired.extensions?.code, 'UNAVAILABLE');
  });
});
