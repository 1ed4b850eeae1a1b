/**
 * The Open Inference Protocol (v2) REST API, checked against the protocol's text: health, server
 * and model metadata, model readiness, inference (several inputs, flat and nested data, an output
 * filter, the request id echoed) and its errors (`{ "error": "…" }` with 400, 401, 403, 404, 405,
 * 503). Inference answers exactly as GraphQL predict does, for classifiers, regressors and images.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { IMAGE_SIZE } from '../../src/demo/data';
import {
  CreateApiKeyDocument,
  CreateDeploymentDocument,
  CreateModelDocument,
  PredictDocument,
  RegisterModelVersionDocument,
  RetireDeploymentDocument,
} from '../../src/client/generated/graphql';
import { approveVersion, classifierVersion, createChain, deploy, registerBarsVersion } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { tinyRegressorFiles, twoOutputsFiles, uploadModel } from '../support/models';

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { error?: string };
}

describe('the Open Inference Protocol (v2) REST API', { timeout: 180_000 }, () => {
  let gw: TestGateway;
  let base: string;
  let admin: Record<string, string>;
  let chain: Awaited<ReturnType<typeof createChain>>;
  let regressorId: string;
  let barsVersion: number;

  const call = async (
    path: string,
    init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? (init.body === undefined && init.raw === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json', ...(init.headers ?? admin) },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
  };
  const infer = (model: string, body: unknown, headers?: Record<string, string>) =>
    call(`/v2/models/${model}/infer`, { body, headers });
  const creditInputs = (incomes: number[], ages: number[]) => [
    { name: 'income', shape: [incomes.length], datatype: 'FP32', data: incomes },
    { name: 'age', shape: [ages.length, 1], datatype: 'FP32', data: ages },
  ];
  const refused = (answer: Answer, status: number, message: RegExp) => {
    assert.equal(answer.status, status, JSON.stringify(answer.body));
    assert.deepEqual(Object.keys(answer.body), ['error'], 'an error is { "error": "…" } and nothing else');
    assert.match(answer.body.error!, message);
  };

  before(async () => {
    gw = await startTestGateway();
    base = gw.gateway.url.replace(/\/graphql$/, '');
    admin = { authorization: `Bearer ${await gw.token({ user: 'oip-admin', roles: ['admin'] })}` };
    chain = await createChain(gw.client, 'oip');
    await deploy(gw, chain.team.id, 'credit', chain.modelVersion.id);

    const { createModel: regressor } = await gw.client.data(CreateModelDocument, {
      input: { teamId: chain.team.id, name: 'income-score', taskType: 'REGRESSION' },
    });
    const artifact = await uploadModel(gw.gateway.url, admin.authorization!, await tinyRegressorFiles());
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(regressor.id, chain.run.id),
        artifact,
        metrics: [{ name: 'rmse', value: 0.4 }],
        fairnessMetrics: [],
        signature: {
          inputs: [
            { name: 'income', dtype: 'FLOAT32', shape: [] },
            { name: 'age', dtype: 'FLOAT32', shape: [] },
          ],
          outputs: [{ name: 'value', dtype: 'FLOAT32', shape: [1] }],
          classLabels: [],
        },
      },
    });
    regressorId = registerModelVersion.id;
    await deploy(gw, chain.team.id, 'income-score', regressorId);

    const bars = await registerBarsVersion(gw, chain.team.id, 'bars', chain.run.id);
    barsVersion = bars.version;
    await deploy(gw, chain.team.id, 'bars', bars.id);
  });
  after(() => gw?.stop());

  it('answers health: live and ready with 200, without credentials', async () => {
    assert.equal((await call('/v2/health/live', { headers: {} })).status, 200);
    assert.equal((await call('/v2/health/ready', { headers: {} })).status, 200);
  });

  it('answers server metadata: name, version and extensions', async () => {
    const { status, body } = await call('/v2', { headers: {} });
    assert.equal(status, 200);
    assert.equal(body.name, 'modelgate');
    assert.match(String(body.version), /^\d+\.\d+\.\d+/);
    assert.deepEqual(body.extensions, ['binary_tensor_data']);
  });

  it("answers model metadata from the version's signature, with -1 for the batch dimension", async () => {
    const { status, body } = await call('/v2/models/bars');
    assert.equal(status, 200);
    assert.deepEqual(body, {
      name: 'bars',
      versions: [String(barsVersion)],
      platform: 'tensorflowjs',
      inputs: [{ name: 'pixels', datatype: 'FP32', shape: [-1, IMAGE_SIZE, IMAGE_SIZE, 1] }],
      outputs: [{ name: 'scores', datatype: 'FP32', shape: [-1, 2] }],
    });
    const versioned = await call(`/v2/models/bars/versions/${barsVersion}`);
    assert.equal(versioned.status, 200);
    assert.deepEqual(versioned.body.inputs, body.inputs);
    const credit = await call('/v2/models/credit');
    assert.deepEqual(credit.body.inputs, [
      { name: 'income', datatype: 'FP32', shape: [-1] },
      { name: 'age', datatype: 'FP32', shape: [-1] },
    ]);
  });

  it('answers model readiness with 200, and 404 for a model or version it does not serve', async () => {
    assert.equal((await call('/v2/models/credit/ready')).status, 200);
    assert.equal((await call(`/v2/models/bars/versions/${barsVersion}/ready`)).status, 200);
    refused(await call('/v2/models/nowhere/ready'), 404, /No deployment with name "nowhere"/);
    refused(await call('/v2/models/bars/versions/99/ready'), 404, /version of deployment "bars" with number "99"/);
  });

  it('infers a classifier from several inputs, echoes the id, and answers exactly as GraphQL predict', async () => {
    const { status, body } = await infer('credit', { id: 'req-7', inputs: creditInputs([1, -2], [0.5, 3]) });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.model_name, 'credit');
    assert.equal(body.model_version, '1');
    assert.equal(body.id, 'req-7');
    const outputs = body.outputs as { name: string; shape: number[]; datatype: string; data: number[] }[];
    assert.deepEqual(
      outputs.map(({ name, shape, datatype }) => ({ name, shape, datatype })),
      [{ name: 'probabilities', shape: [2, 2], datatype: 'FP32' }],
    );
    const { predict } = await gw.client.data(PredictDocument, {
      deployment: 'credit',
      instances: [
        { income: 1, age: 0.5 },
        { income: -2, age: 3 },
      ],
    });
    assert.deepEqual(
      outputs[0]!.data,
      predict.outputs.flatMap((output) => output.scores!),
    );
  });

  it('infers a regressor: one value per instance, as GraphQL predict answers it', async () => {
    const { status, body } = await infer('income-score', { inputs: creditInputs([1, 3], [2, 0]) });
    assert.equal(status, 200, JSON.stringify(body));
    const [value] = body.outputs as { name: string; shape: number[]; data: number[] }[];
    assert.deepEqual([value!.name, value!.shape, value!.data], ['value', [2, 1], [0.5, 6.5]], '2·income − age + 0.5');
    const { predict } = await gw.client.data(PredictDocument, {
      deployment: 'income-score',
      instances: [
        { income: 1, age: 2 },
        { income: 3, age: 0 },
      ],
    });
    assert.deepEqual(
      predict.outputs.map((output) => output.value),
      value!.data,
    );
  });

  it('infers an image model from flat row-major data and from nested lists alike, as GraphQL predict', async () => {
    const image = Array.from({ length: IMAGE_SIZE }, (_, row) =>
      Array.from({ length: IMAGE_SIZE }, (_, col) => [row === 3 ? 0.9 : (col * 0.01) % 0.2]),
    );
    const flat = await infer('bars', {
      inputs: [
        {
          name: 'pixels',
          shape: [2, IMAGE_SIZE, IMAGE_SIZE, 1],
          datatype: 'FP32',
          data: [...image.flat(2), ...image.flat(2)],
        },
      ],
    });
    const nested = await infer('bars', {
      inputs: [{ name: 'pixels', shape: [2, IMAGE_SIZE, IMAGE_SIZE, 1], datatype: 'FP32', data: [image, image] }],
    });
    assert.equal(flat.status, 200, JSON.stringify(flat.body));
    assert.deepEqual(nested.body.outputs, flat.body.outputs);
    const { predict } = await gw.client.data(PredictDocument, {
      deployment: 'bars',
      instances: [{ pixels: image }, { pixels: image }],
    });
    assert.deepEqual(
      (flat.body.outputs as { data: number[] }[])[0]!.data,
      predict.outputs.flatMap((output) => output.scores!),
    );
  });

  it('takes and gives tensors as binary data (the binary tensor data extension), answering as JSON does', async () => {
    const pixels = Float32Array.from({ length: 2 * IMAGE_SIZE * IMAGE_SIZE }, (_, i) => (i % 7) / 7);
    const json = await infer('bars', {
      inputs: [{ name: 'pixels', shape: [2, IMAGE_SIZE, IMAGE_SIZE, 1], datatype: 'FP32', data: [...pixels] }],
    });
    const binaryRequest = async (header: object, bytes: Buffer, length?: number) => {
      const head = Buffer.from(JSON.stringify(header));
      return fetch(`${base}/v2/models/bars/infer`, {
        method: 'POST',
        headers: {
          ...admin,
          'content-type': 'application/octet-stream',
          'inference-header-content-length': String(length ?? head.length),
        },
        body: Buffer.concat([head, bytes]),
      });
    };
    const bytes = Buffer.from(pixels.buffer);
    const inputs = [
      {
        name: 'pixels',
        shape: [2, IMAGE_SIZE, IMAGE_SIZE, 1],
        datatype: 'FP32',
        parameters: { binary_data_size: bytes.length },
      },
    ];
    const response = await binaryRequest(
      { inputs, outputs: [{ name: 'scores', parameters: { binary_data: true } }] },
      bytes,
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/octet-stream');
    const body = Buffer.from(await response.arrayBuffer());
    const headerLength = Number(response.headers.get('inference-header-content-length'));
    const answer = JSON.parse(body.subarray(0, headerLength).toString()) as {
      outputs: { name: string; shape: number[]; parameters: { binary_data_size: number } }[];
    };
    assert.deepEqual(answer.outputs, [
      { name: 'scores', shape: [2, 2], datatype: 'FP32', parameters: { binary_data_size: 16 } },
    ]);
    const scores = new Float32Array(
      body.subarray(headerLength).buffer.slice(body.byteOffset + headerLength, body.byteOffset + headerLength + 16),
    );
    assert.deepEqual(
      [...scores],
      (json.body.outputs as { data: number[] }[])[0]!.data,
      'the same scores as the JSON request',
    );

    const short = await binaryRequest({ inputs }, bytes.subarray(0, bytes.length - 4));
    assert.equal(short.status, 400);
    assert.match(
      ((await short.json()) as { error: string }).error,
      /binary_data_size: asks for \d+ bytes of binary data after the JSON; the body holds \d+ more/,
    );
    // Short of its shape, though binary_data_size says its length: refused, not padded with zeros.
    const values = 2 * IMAGE_SIZE * IMAGE_SIZE;
    const shortOfShape = await binaryRequest(
      { inputs: [{ ...inputs[0], parameters: { binary_data_size: bytes.length - 4 } }] },
      bytes.subarray(0, bytes.length - 4),
    );
    assert.equal(shortOfShape.status, 400, 'answered on zeros where its bytes ran out');
    assert.equal(
      ((await shortOfShape.json()) as { error: string }).error,
      `inputs[0].parameters.binary_data_size: is ${bytes.length - 4} bytes; ${values} FLOAT32 values take ${bytes.length}.`,
    );
    const extra = await binaryRequest({ inputs }, Buffer.concat([bytes, Buffer.alloc(4)]));
    assert.match(((await extra.json()) as { error: string }).error, /leave 4 bytes of binary data unclaimed/);
    const overlong = await binaryRequest({ inputs }, bytes, 10_000_000);
    assert.match(
      ((await overlong.json()) as { error: string }).error,
      /^Inference-Header-Content-Length: must be the JSON's length/,
    );
    const notFinite = Buffer.from(
      Float32Array.from({ length: 2 * IMAGE_SIZE * IMAGE_SIZE }, (_, i) => (i === 5 ? NaN : 0)).buffer,
    );
    const nan = await binaryRequest({ inputs }, notFinite);
    assert.match(((await nan.json()) as { error: string }).error, /not a finite number at element 5/);
  });

  it('answers only the outputs asked for, and refuses one the model lacks', async () => {
    const kept = await infer('credit', { inputs: creditInputs([1], [1]), outputs: [{ name: 'probabilities' }] });
    assert.deepEqual(
      (kept.body.outputs as { name: string }[]).map((output) => output.name),
      ['probabilities'],
    );
    refused(
      await infer('credit', { inputs: creditInputs([1], [1]), outputs: [{ name: 'logits' }] }),
      400,
      /^outputs\[0\]\.name: is not an output of this model; it has probabilities/,
    );
  });

  it('answers the outputs of a model of two asked for by name, in the order asked', async () => {
    const { createModel } = await gw.client.data(CreateModelDocument, {
      input: { teamId: chain.team.id, name: 'two-outputs', taskType: 'REGRESSION' },
    });
    const artifact = await uploadModel(gw.gateway.url, admin.authorization!, await twoOutputsFiles());
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(createModel.id, chain.run.id),
        artifact,
        metrics: [{ name: 'rmse', value: 0.4 }],
        fairnessMetrics: [],
        signature: {
          inputs: [{ name: 'x', dtype: 'FLOAT32', shape: [2] }],
          outputs: [
            { name: 'sum', dtype: 'FLOAT32', shape: [1] },
            { name: 'spread', dtype: 'FLOAT32', shape: [3] },
          ],
          classLabels: [],
        },
      },
    });
    await deploy(gw, chain.team.id, 'two-outputs', registerModelVersion.id);
    const inputs = [{ name: 'x', shape: [2, 2], datatype: 'FP32', data: [1, 2, 3, -1] }];
    const answered = async (outputs?: object[]) => {
      const { status, body } = await infer('two-outputs', { inputs, ...(outputs && { outputs }) });
      assert.equal(status, 200, JSON.stringify(body));
      return (body.outputs as { name: string; shape: number[]; data: number[] }[]).map(({ name, shape, data }) => ({
        name,
        shape,
        data,
      }));
    };
    const sum = { name: 'sum', shape: [2, 1], data: [3, 2] };
    const spread = { name: 'spread', shape: [2, 3], data: [1, 2, 0, 3, -1, 7] };
    assert.deepEqual(await answered(), [sum, spread], 'both, as the model orders them, when none is named');
    assert.deepEqual(await answered([{ name: 'spread' }]), [spread], 'the second output alone');
    assert.deepEqual(await answered([{ name: 'spread' }, { name: 'sum' }]), [spread, sum], 'in the order asked');
  });

  it('refuses an output asked for twice or more outputs than the model has, at any count, without the answer ever being built', async () => {
    // Issue 23: 1,024 binary images with one output named 5,000 times made a 205 MB answer; 14,000, a 500 at 1 GB.
    const images = 1024;
    const pixels = Buffer.from(
      Float32Array.from({ length: images * IMAGE_SIZE * IMAGE_SIZE }, (_, i) => (i % 5) / 5).buffer,
    );
    const inputs = [
      {
        name: 'pixels',
        shape: [images, IMAGE_SIZE, IMAGE_SIZE, 1],
        datatype: 'FP32',
        parameters: { binary_data_size: pixels.length },
      },
    ];
    const send = async (outputs: object[]) => {
      const head = Buffer.from(JSON.stringify({ inputs, outputs }));
      const response = await fetch(`${base}/v2/models/bars/infer`, {
        method: 'POST',
        headers: {
          ...admin,
          'content-type': 'application/octet-stream',
          'inference-header-content-length': String(head.length),
        },
        body: Buffer.concat([head, pixels]),
      });
      return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
    };
    const residentBefore = process.memoryUsage().rss;
    for (const [times, binary] of [
      [5_000, true],
      [14_000, false],
    ] as const) {
      const { status, headers, body } = await send(
        Array.from({ length: times }, () => ({ name: 'scores', parameters: { binary_data: binary } })),
      );
      assert.equal(status, 400, `named ${times} times, it was answered: ${body.length} bytes`);
      refused(
        { status, headers, body: JSON.parse(body.toString()) as Answer['body'] },
        400,
        /^outputs\[1\]\.name: "scores" is asked for again \(first at outputs\[0\]\); ask for each output once\.$/,
      );
    }
    const grownMb = (process.memoryUsage().rss - residentBefore) / 2 ** 20;
    assert.ok(grownMb < 100, `the gateway's resident memory grew by ${grownMb.toFixed(0)} MB`);

    // Named once, the same images answer one output: 1,024 × 2 scores, as bytes.
    const once = await send([{ name: 'scores', parameters: { binary_data: true } }]);
    assert.equal(once.status, 200);
    const headerLength = Number(once.headers.get('inference-header-content-length'));
    assert.deepEqual((JSON.parse(once.body.subarray(0, headerLength).toString()) as { outputs: unknown }).outputs, [
      { name: 'scores', shape: [images, 2], datatype: 'FP32', parameters: { binary_data_size: images * 2 * 4 } },
    ]);
    assert.equal(once.body.length, headerLength + images * 2 * 4);

    refused(
      await infer('credit', {
        inputs: creditInputs([1], [1]),
        outputs: [{ name: 'probabilities' }, { name: 'logits' }],
      }),
      400,
      /^outputs: asks for 2 outputs; this model has 1 \(probabilities\)\.$/,
    );
  });

  it('answers a versioned inference from that version only, and 404 for a version no route serves', async () => {
    const { status, body } = await call(`/v2/models/bars/versions/${barsVersion}/infer`, {
      body: {
        inputs: [
          {
            name: 'pixels',
            shape: [1, IMAGE_SIZE, IMAGE_SIZE, 1],
            datatype: 'FP32',
            data: new Array(IMAGE_SIZE * IMAGE_SIZE).fill(0.1),
          },
        ],
      },
    });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.model_version, String(barsVersion));
    refused(
      await call('/v2/models/bars/versions/7/infer', { body: { inputs: [] } }),
      404,
      /version of deployment "bars" with number "7"/,
    );
    refused(
      await call('/v2/models/bars/versions/first/infer', { body: { inputs: [] } }),
      404,
      /No model version with number "first"/,
    );
  });

  it('refuses malformed requests with 400 and a message that names what to fix', async () => {
    const cases: [unknown, RegExp][] = [
      [[], /^body: must be a JSON object/],
      [{ inputs: 'x' }, /^inputs: must be a non-empty list of tensors/],
      [{ inputs: [{ name: 'income', shape: [1], datatype: 'FP32', data: [1] }] }, /^inputs: misses "age"/],
      [
        { inputs: [...creditInputs([1], [1]), { name: 'debt', shape: [1], datatype: 'FP32', data: [1] }] },
        /^inputs\[2\]\.name: "debt" is not an input of this model; it takes income, age/,
      ],
      [
        { inputs: [{ ...creditInputs([1], [1])[0]!, datatype: 'FP64' }, creditInputs([1], [1])[1]] },
        /^inputs\[0\]\.datatype: must be FP32 for "income", got "FP64"/,
      ],
      [
        { inputs: [{ ...creditInputs([1], [1])[0]!, shape: [1, 2] }, creditInputs([1], [1])[1]] },
        /^inputs\[0\]\.shape: must be \[n\] or \[n, 1\] with n instances, got \[1, 2\]/,
      ],
      [{ inputs: creditInputs([1, 2], [1]) }, /holds 1 instances, another input 2/],
      [
        { inputs: [{ ...creditInputs([1, 2], [1, 2])[0]!, data: [1] }, creditInputs([1, 2], [1, 2])[1]] },
        /^inputs\[0\]\.data: must be FLOAT32 of shape \[2\]; at depth 0 expected a list of 2, got a list of 1/,
      ],
      [
        { inputs: [{ ...creditInputs([1], [1])[0]!, data: ['x'] }, creditInputs([1], [1])[1]] },
        /^inputs\[0\]\.data\[0\]: must be a finite number, got "x"/,
      ],
      [{ id: 7, inputs: creditInputs([1], [1]) }, /^id: must be a string/],
    ];
    for (const [body, message] of cases) refused(await infer('credit', body), 400, message);
    refused(await call('/v2/models/credit/infer', { raw: '{"inputs": [' }), 400, /not valid JSON/);
  });

  it('refuses callers as GraphQL does: 401 without valid credentials, 403 without the right, 404 for what they may not see', async () => {
    refused(await infer('credit', { inputs: creditInputs([1], [1]) }, {}), 401, /Sign in to predict|Sign in/);
    refused(
      await infer('credit', { inputs: creditInputs([1], [1]) }, { 'x-api-key': 'mgk_not-a-key' }),
      401,
      /The API key is not known/,
    );
    const viewer = {
      authorization: `Bearer ${await gw.token({ user: 'vera', roles: ['viewer'], teams: [chain.team.name] })}`,
    };
    refused(await infer('credit', { inputs: creditInputs([1], [1]) }, viewer), 403, /do not allow you to predict/);
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'oip-bars', deploymentNames: ['bars'] },
    });
    const service = { 'x-api-key': createApiKey.secret };
    refused(
      await infer('credit', { inputs: creditInputs([1], [1]) }, service),
      404,
      /No deployment with name "credit"/,
    );
    refused(await call('/v2/models/credit', { headers: service }), 404, /No deployment with name "credit"/);
  });

  it('answers 404 for an endpoint the protocol lacks and 405 for a method it does not take', async () => {
    refused(await call('/v2/models/credit/explain', { body: {} }), 404, /No such endpoint/);
    refused(await call('/v2/models/credit/infer'), 405, /GET is not allowed here; use POST/);
  });

  it('answers 503 with Retry-After for a retired deployment', async () => {
    await deploy(gw, chain.team.id, 'credit-old', chain.modelVersion.id);
    await gw.client.data(RetireDeploymentDocument, { name: 'credit-old' });
    const answer = await infer('credit-old', { inputs: creditInputs([1], [1]) });
    refused(answer, 503, /is RETIRED and answers no predictions/);
    assert.equal(answer.headers.get('retry-after'), '1');
  });

  it('routes by weight, a routing key (parameter or header) to one route, and logs every inference', async () => {
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
          { modelVersionId: chain.modelVersion.id, weight: 50 },
          { modelVersionId: canary.id, weight: 50 },
        ],
      },
    });
    const logged = () => gw.gateway.predictionLog.stats.written + gw.gateway.predictionLog.pending;
    const before = logged();
    const versionOf = async (parameters: object, headers = admin) =>
      (await infer('credit-canary', { inputs: creditInputs([1], [1]), parameters }, headers)).body.model_version;
    const unkeyed = new Set<unknown>();
    for (let i = 0; i < 40; i += 1) unkeyed.add(await versionOf({}));
    assert.equal(unkeyed.size, 2, 'without a key both routes answer');
    const keyed = new Set<unknown>();
    for (let i = 0; i < 10; i += 1) keyed.add(await versionOf({ routing_key: 'customer-42' }));
    for (let i = 0; i < 10; i += 1) keyed.add(await versionOf({}, { ...admin, 'x-routing-key': 'customer-42' }));
    assert.equal(keyed.size, 1, 'one key, one route, whether sent as a parameter or a header');
    assert.equal(logged() - before, 60, 'every inference is logged');
  });
});
