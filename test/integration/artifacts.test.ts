import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { ArtifactStore } from '../../src/inference/artifact-store';
import { modelFiles } from '../../src/demo/train';
import {
  CreateModelDocument,
  ModelVersionGovernanceDocument,
  RegisterModelVersionDocument,
  type RegisterModelVersionInput,
} from '../../src/client/generated/graphql';
import { classifierVersion, createChain } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { tarOf, tinyClassifierFiles, tinyGraphModelFiles, tinyRegressorFiles, uploadModel } from '../support/models';

describe('artifact upload', () => {
  let gw: TestGateway;
  let archive: Buffer;
  before(async () => {
    gw = await startTestGateway({
      MODELGATE_ARTIFACT_MAX_BYTES: String(64 * 1024),
      MODELGATE_ARTIFACT_MAX_PARAMETERS: '1000',
    });
    archive = await tarOf(await tinyClassifierFiles(), 'tiny-classifier');
  });
  after(() => gw?.stop());

  const upload = async (body: Buffer, authorization?: string) => {
    const url = gw.gateway.url.replace('/graphql', '/artifacts');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-tar', ...(authorization && { authorization }) },
      body,
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        sha256?: string;
        sizeBytes?: number;
        format?: string;
        errors?: { message: string; extensions: { code: string } }[];
      },
    };
  };

  it('stores a TF.js model folder sent as a tar archive and answers its digest', async () => {
    const token = `Bearer ${await gw.token({ user: 'dana', roles: ['data-scientist'] })}`;
    const { status, body } = await upload(archive, token);
    assert.equal(status, 201);
    assert.equal(body.format, 'TFJS_LAYERS_MODEL');
    assert.match(body.sha256!, /^[0-9a-f]{64}$/);

    // What was stored is a real model: TensorFlow.js loads it and it answers.
    const stored = await new ArtifactStore(`${gw.config.dataDir}/artifacts`).open(body.sha256!);
    const modelJson = JSON.parse(stored.get('model.json')!.toString());
    const weights = stored.get('weights.bin')!;
    const model = await tf.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest[0].weights,
        weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.length),
      }),
    );
    const scores = tf.tidy(() => (model.predict(tf.tensor2d([[1, 2]])) as tf.Tensor).arraySync() as number[][]);
    assert.ok(Math.abs(scores[0]![0]! + scores[0]![1]! - 1) < 1e-6, 'softmax scores add up to 1');
    model.dispose();
  });

  it('refuses callers without the right, bodies that are not archives, and archives over the limit', async () => {
    assert.equal((await upload(archive)).status, 401);
    const viewer = await upload(archive, `Bearer ${await gw.token({ user: 'vera', roles: ['viewer'] })}`);
    assert.equal(viewer.status, 403);
    assert.equal(viewer.body.errors?.[0]?.extensions.code, 'FORBIDDEN');
    const admin = `Bearer ${await gw.token({ user: 'ada', roles: ['admin'] })}`;
    const garbage = await upload(Buffer.from('this is not a tar archive at all'.repeat(20)), admin);
    assert.equal(garbage.status, 400);
    assert.equal(garbage.body.errors?.[0]?.extensions.code, 'BAD_USER_INPUT');
    const huge = await upload(Buffer.alloc(100 * 1024, 1), admin);
    assert.equal(huge.status, 413);
    assert.match(huge.body.errors?.[0]?.message ?? '', /too large/);
  });

  it("registers a version only on an artifact its caller's team uploaded, or one a version it may read uses; others read as never uploaded", async () => {
    const alpha = await createChain(gw.client, 'alpha');
    const beta = await createChain(gw.client, 'beta');
    const scientist = (user: string, team: string) => gw.as({ user, roles: ['data-scientist'], teams: [team] });
    const [alf, bob] = [await scientist('alf', alpha.team.name), await scientist('bob', beta.team.name)];
    // A model of alpha's own, with weights no one else has.
    const model = tf.sequential({
      layers: [tf.layers.dense({ units: 2, inputShape: [2], activation: 'softmax', kernelInitializer: 'ones' })],
    });
    const files = await modelFiles(tf, model);
    const { body: uploaded } = await upload(
      await tarOf(files),
      `Bearer ${await gw.token({ user: 'ann', roles: ['data-scientist'], teams: [alpha.team.name] })}`,
    );
    const artifact = { sha256: uploaded.sha256!, sizeBytes: uploaded.sizeBytes!, format: 'TFJS_LAYERS_MODEL' as const };

    const stolen = await bob.error(RegisterModelVersionDocument, {
      input: { ...classifierVersion(beta.model.id, beta.run.id), artifact: { ...artifact, sizeBytes: 1 } },
    });
    assert.equal(stolen.extensions?.code, 'BAD_USER_INPUT');
    assert.match(stolen.message, /no uploaded artifact has this digest/, 'read as never uploaded');
    assert.doesNotMatch(stolen.message, new RegExp(String(artifact.sizeBytes)), 'its size stays secret');

    const { registerModelVersion } = await alf.data(RegisterModelVersionDocument, {
      input: { ...classifierVersion(alpha.model.id, alpha.run.id), artifact },
    });
    assert.ok(registerModelVersion.id, 'a teammate of the uploader registers on it');
    const reviewerOfAll = await gw.as({ user: 'rex', roles: ['data-scientist', 'reviewer'], teams: [beta.team.name] });
    assert.ok(
      (
        await reviewerOfAll.data(RegisterModelVersionDocument, {
          input: { ...classifierVersion(beta.model.id, beta.run.id), artifact },
        })
      ).registerModelVersion.id,
      'so does one who may read a version that uses it',
    );
  });

  it('refuses at the door a model that cannot load, before storing anything', async () => {
    const files = await tinyClassifierFiles();
    const token = `Bearer ${await gw.token({ user: 'dana', roles: ['data-scientist'] })}`;
    const withModel = (
      change: (model: {
        modelTopology: { config: { layers: { class_name: string; config: Record<string, unknown> }[] } };
        weightsManifest: { weights: { shape: number[] }[] }[];
      }) => void,
    ) => {
      const model = JSON.parse(files.get('model.json')!.toString());
      change(model);
      return tarOf(new Map([...files, ['model.json', Buffer.from(JSON.stringify(model))]]));
    };
    const stored = () =>
      fs.readdirSync(path.join(gw.config.dataDir, 'artifacts')).filter((name) => !name.startsWith('.')).length;
    const before = stored();
    const cases: [string, Buffer, RegExp][] = [
      [
        'weights larger than their files',
        await withModel((m) => (m.weightsManifest[0]!.weights[0]!.shape = [2000, 2000])),
        /declares more than 1000 weights/,
      ],
      [
        'weights other than their files',
        await withModel((m) => (m.weightsManifest[0]!.weights[0]!.shape = [2, 3])),
        /declares 32 bytes of weights, but its weight files hold 24/,
      ],
      [
        'a layer TensorFlow.js cannot build',
        await withModel((m) => (m.modelTopology.config.layers[0]!.class_name = 'Lambda')),
        /Layer "scores" is a Lambda, which TensorFlow\.js cannot build/,
      ],
      [
        'a graph op TensorFlow.js cannot execute',
        await tarOf(tinyGraphModelFiles('PyFunc')),
        /Graph node "logits" is a PyFunc op, which TensorFlow\.js cannot execute/,
      ],
      [
        'a layer that fails when built',
        await withModel((m) => (m.modelTopology.config.layers[0]!.config.activation = 'swishy')),
        /The model does not load in TensorFlow\.js: /,
      ],
    ];
    for (const [name, archive, message] of cases) {
      const { status, body } = await upload(archive, token);
      assert.equal(status, 400, name);
      assert.equal(body.errors?.[0]?.extensions.code, 'BAD_USER_INPUT', name);
      assert.match(body.errors![0]!.message, message, name);
    }
    assert.equal(stored(), before, 'nothing was stored');
  });

  it('registers a version only when the model runs as its signature says, for every task type, and keeps the loads gate', async () => {
    const { team, run } = await createChain(gw.client, 'signatures');
    const token = `Bearer ${await gw.token({ user: 'ops', roles: ['admin'] })}`;
    await tf.setBackend('cpu');
    const image = tf.sequential({
      layers: [
        tf.layers.conv2d({ filters: 2, kernelSize: 2, inputShape: [4, 4, 1] }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });
    const artifacts = {
      classifier: await uploadModel(gw.gateway.url, token, await tinyClassifierFiles()),
      regressor: await uploadModel(gw.gateway.url, token, await tinyRegressorFiles()),
      image: await uploadModel(gw.gateway.url, token, await modelFiles(tf, image)),
      graph: await uploadModel(gw.gateway.url, token, tinyGraphModelFiles()),
    };
    assert.equal(artifacts.graph.format, 'TFJS_GRAPH_MODEL');
    image.dispose();
    const scalar = (name: string) => ({ name, dtype: 'FLOAT32' as const, shape: [] });
    const signatures = {
      classifier: {
        inputs: [scalar('income'), scalar('age')],
        outputs: [{ name: 'probabilities', dtype: 'FLOAT32' as const, shape: [2] }],
        classLabels: ['repaid', 'default'],
      },
      regressor: {
        inputs: [scalar('income'), scalar('age')],
        outputs: [{ name: 'value', dtype: 'FLOAT32' as const, shape: [1] }],
        classLabels: [],
      },
      image: {
        inputs: [{ name: 'pixels', dtype: 'FLOAT32' as const, shape: [4, 4, 1] }],
        outputs: [{ name: 'probabilities', dtype: 'FLOAT32' as const, shape: [3] }],
        classLabels: ['a', 'b', 'c'],
      },
      graph: {
        inputs: [{ name: 'x', dtype: 'FLOAT32' as const, shape: [2] }],
        outputs: [{ name: 'probabilities', dtype: 'FLOAT32' as const, shape: [2] }],
        classLabels: ['left', 'right'],
      },
    };
    const taskTypes = {
      classifier: 'CLASSIFICATION',
      regressor: 'REGRESSION',
      image: 'IMAGE_CLASSIFICATION',
      graph: 'CLASSIFICATION',
    } as const;
    const models = new Map<string, string>();
    for (const kind of Object.keys(taskTypes) as (keyof typeof taskTypes)[]) {
      const { createModel } = await gw.client.data(CreateModelDocument, {
        input: { teamId: team.id, name: `signature-${kind}`, taskType: taskTypes[kind] },
      });
      models.set(kind, createModel.id);
    }
    const register = (
      kind: keyof typeof artifacts,
      change: (signature: RegisterModelVersionInput['signature']) => void = () => undefined,
    ) => {
      const signature = structuredClone(signatures[kind]);
      change(signature);
      return gw.client.request(RegisterModelVersionDocument, {
        input: { ...classifierVersion(models.get(kind)!, run.id), artifact: artifacts[kind], signature },
      });
    };
    const refusals: [keyof typeof artifacts, (signature: RegisterModelVersionInput['signature']) => void, RegExp][] = [
      [
        'classifier',
        (s) => (s.classLabels = ['repaid', 'default', 'unsure']),
        /names 3 class label\(s\), but the model's first output has 2 score\(s\)/,
      ],
      ['classifier', (s) => (s.outputs[0]!.shape = [3]), /output probabilities should hold 3 value\(s\) per instance/],
      [
        'classifier',
        (s) => s.inputs.push(scalar('debt')),
        /input 1 of the model has shape \[\?, 2\], but the signature gives it \[instances, 3\]/,
      ],
      [
        'classifier',
        (s) => (s.outputs[0]!.dtype = 'INT32'),
        /output probabilities of the model is float32, but the signature says INT32/,
      ],
      [
        'classifier',
        (s) => s.outputs.push({ name: 'extra', dtype: 'FLOAT32', shape: [1] }),
        /the model answers 1 output tensor\(s\), but the signature lists 2/,
      ],
      ['regressor', (s) => (s.outputs[0]!.shape = [2]), /output value should hold 2 value\(s\) per instance/],
      [
        'image',
        (s) => (s.inputs[0]!.shape = [5, 5, 1]),
        /input 1 of the model has shape \[\?, 4, 4, 1\], but the signature gives it \[instances, 5, 5, 1\]/,
      ],
      [
        'graph',
        (s) => (s.inputs[0]!.shape = [3]),
        /input 1 of the model has shape \[\?, 2\], but the signature gives it \[instances, 3\]/,
      ],
      [
        'graph',
        (s) => (s.classLabels = ['only']),
        /names 1 class label\(s\), but the model's first output has 2 score\(s\)/,
      ],
      [
        'image',
        (s) => (s.inputs[0]!.shape = [16]),
        /input 1 of the model has shape \[\?, 4, 4, 1\], but the signature gives it \[instances, 16\]/,
      ],
    ];
    for (const [kind, change, message] of refusals) {
      const response = await register(kind, change);
      const error = response.errors?.[0];
      assert.equal(error?.extensions?.code, 'BAD_USER_INPUT', `${kind}: ${message}`);
      assert.match(error!.message, message);
      assert.match(error!.message, /^input\.signature: /);
    }
    for (const kind of ['classifier', 'regressor', 'image', 'graph'] as const) {
      const response = await register(kind, kind === 'classifier' ? (s) => (s.inputs[1]!.dtype = 'INT32') : undefined);
      assert.equal(response.errors, undefined, `${kind}: ${JSON.stringify(response.errors)}`);
      const version = response.data!.registerModelVersion;
      assert.equal(version.version, 1, 'the refused registrations stored nothing');
      const { modelVersion } = await gw.client.data(ModelVersionGovernanceDocument, { id: version.id });
      const loads = modelVersion.gateResults.find((result) => result.gate === 'loads');
      assert.deepEqual([loads?.stage, loads?.passed], ['REGISTER', true], kind);
      assert.match(loads!.reason, /Zeros shaped as the signature's \d input\(s\) ran/);
    }
  });
});
