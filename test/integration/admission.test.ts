import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { trainBarsModel, trainCreditModel } from '../../src/demo/train';
import { heavyCnnFiles } from '../../load-tests/cnn';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { flopHeavyFiles, tarOf, tinyGraphModelFiles, upsamplingStackFiles } from '../support/models';

/** Uploads at the gateway's defaults: 512 MiB of activations per worker call, 20 GFLOP per instance. */
describe('admission by cost', () => {
  let gw: TestGateway;
  let token: string;
  before(async () => {
    gw = await startTestGateway();
    token = `Bearer ${await gw.token({ user: 'dana', roles: ['data-scientist'] })}`;
  });
  after(() => gw?.stop());

  const upload = async (files: Map<string, Buffer>) => {
    const response = await fetch(gw.gateway.url.replace('/graphql', '/artifacts'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-tar', authorization: token },
      body: await tarOf(files),
    });
    const body = (await response.json()) as {
      format?: string;
      errors?: { message: string; extensions: { code: string } }[];
    };
    return { status: response.status, format: body.format, error: body.errors?.[0] };
  };
  const stored = () =>
    fs.readdirSync(path.join(gw.config.dataDir, 'artifacts')).filter((name) => !name.startsWith('.')).length;

  it('refuses the model of issue 22 at the door: one instance fits, a batch of 32 would need 2.1 GiB of activations', async () => {
    const before = stored();
    for (const stack of [7, 250]) {
      const { status, error } = await upload(await upsamplingStackFiles(stack));
      assert.equal(status, 400, `${stack} upsampling layers`);
      assert.equal(error?.extensions.code, 'BAD_USER_INPUT');
      assert.match(
        error!.message,
        /^The model is too costly to serve: a batch of 32 instances \(the most this backend batches by default\) needs [^ ]+ GiB of activation memory/,
      );
      assert.match(error!.message, /at its peak in layer "conv" \(Conv2D, output /);
      assert.match(error!.message, /more than the 512 MiB one worker call may use \(MODELGATE_MAX_ACTIVATION_MB\)/);
    }
    const { error } = await upload(await upsamplingStackFiles(7));
    assert.match(error!.message, /needs 2\.1 GiB of activation memory \(68\.0 MiB per instance/);
    assert.equal(stored(), before, 'nothing was stored');
  });

  it('refuses a model that needs more FLOPs per instance than the gateway admits, naming them', async () => {
    const { status, error } = await upload(await flopHeavyFiles());
    assert.equal(status, 400);
    assert.equal(error?.extensions.code, 'BAD_USER_INPUT');
    assert.match(
      error!.message,
      /one instance needs 21\.8 GFLOP \(21\.8 GFLOP of them in layer "wide" \(Conv2D, output 128×128×16\)\), more than the 20 GFLOP per instance the gateway admits \(MODELGATE_MAX_GFLOPS_PER_INSTANCE\)/,
    );
    assert.doesNotMatch(error!.message, /activation memory/, 'its activations are small');
  });

  it('admits the demo models, a graph model and the heavy benchmark CNN (1.4 GFLOP an image), after a trial at a batch of 32', async () => {
    await tf.setBackend('cpu');
    const candidates: [string, Map<string, Buffer>][] = [
      ['demo credit model', (await trainCreditModel(tf)).files],
      ['demo bars model', (await trainBarsModel(tf)).files],
      ['graph model', tinyGraphModelFiles()],
      ['heavy CNN', await heavyCnnFiles(tf)],
    ];
    for (const [name, files] of candidates) {
      const { status, format, error } = await upload(files);
      assert.equal(status, 201, `${name}: ${error?.message}`);
      assert.match(format!, /^TFJS_(LAYERS|GRAPH)_MODEL$/);
    }
  });
});
