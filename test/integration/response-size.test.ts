/**
 * Every answer's size is bounded before it is built (MODELGATE_MAX_RESPONSE_BYTES): past the
 * bound, v2 inference answers 413 `{ "error" }` and GraphQL predict LIMIT_EXCEEDED with HTTP 413,
 * both naming the bound, the estimate and the setting; answers within it are unchanged.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PredictDocument, PredictExplainedDocument } from '../../src/client/generated/graphql';
import { createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('the bound on one answer (MODELGATE_MAX_RESPONSE_BYTES)', { timeout: 120_000 }, () => {
  let gw: TestGateway;
  let base: string;
  let admin: Record<string, string>;

  before(async () => {
    gw = await startTestGateway({ MODELGATE_MAX_RESPONSE_BYTES: '4096' });
    base = gw.gateway.url.replace(/\/graphql$/, '');
    admin = { authorization: `Bearer ${await gw.token({ user: 'bound-admin', roles: ['admin'] })}` };
    const chain = await createChain(gw.client, 'bound');
    await deploy(gw, chain.team.id, 'credit', chain.modelVersion.id);
  });
  after(() => gw?.stop());

  const instances = (count: number) => Array.from({ length: count }, (_, i) => ({ income: i / count, age: 0.5 }));
  const infer = async (count: number, binary: boolean) => {
    const values = instances(count);
    const response = await fetch(`${base}/v2/models/credit/infer`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({
        inputs: [
          { name: 'income', shape: [count], datatype: 'FP32', data: values.map((value) => value.income) },
          { name: 'age', shape: [count], datatype: 'FP32', data: values.map((value) => value.age) },
        ],
        ...(binary && { parameters: { binary_data_output: true } }),
      }),
    });
    return { status: response.status, text: await response.text() };
  };

  it('refuses a v2 answer past the bound with 413 naming it, and answers the same scores as binary data, 4 bytes a value', async () => {
    // 60 instances × 2 scores: up to 2,880 bytes as JSON numbers, 480 as bytes; and 60 prediction
    // ids of about 45 bytes each, in JSON either way.
    const json = await infer(60, false);
    assert.equal(json.status, 413, json.text);
    const { error } = JSON.parse(json.text) as { error: string };
    assert.match(error, /^The answer would take about [\d.]+ KiB \(1 output\(s\) of 60 instance\(s\)\)/);
    assert.match(error, /more than the 4 KiB \(4096 bytes\) one response may take \(MODELGATE_MAX_RESPONSE_BYTES\)/);
    assert.match(error, /ask for binary data/);

    const binary = await infer(60, true);
    assert.equal(binary.status, 200, binary.text);
    assert.ok(binary.text.length < 4096);
    assert.equal((await infer(10, false)).status, 200, 'a small answer passes as JSON');
  });

  it('refuses a GraphQL prediction past the bound with LIMIT_EXCEEDED and HTTP 413, naming it', async () => {
    const small = await gw.client.request(PredictDocument, { deployment: 'credit', instances: instances(10) });
    assert.equal(small.status, 200);
    assert.equal(small.data?.predict.outputs.length, 10);

    const large = await gw.client.request(PredictDocument, { deployment: 'credit', instances: instances(40) });
    assert.equal(large.status, 413);
    assert.equal(large.data, null);
    const [error] = large.errors!;
    assert.equal(error!.extensions?.code, 'LIMIT_EXCEEDED');
    assert.match(
      error!.message,
      /^The answer would take about [\d.]+ KiB \(40 instances' outputs\), more than the 4 KiB/,
    );
    assert.match(error!.message, /\(MODELGATE_MAX_RESPONSE_BYTES\)\. Send fewer instances a request\./);
    assert.equal(error!.extensions?.maxBytes, 4096);

    // Aliases add up: two predictions, each within the bound, are not one answer past it.
    const batch = JSON.stringify(instances(15)).replace(/"(\w+)":/g, '$1:');
    const aliased = await gw.client.send<{ a: unknown; b: unknown }>(
      JSON.stringify({
        query: `{ a: predict(deployment: "credit", instances: ${batch}) { outputs { label } } b: predict(deployment: "credit", instances: ${batch}) { outputs { label } } }`,
      }),
    );
    assert.equal(aliased.status, 413);
    assert.equal(aliased.errors?.length, 1, 'the first answered fits, the second does not');
    assert.equal(aliased.errors![0]!.extensions?.code, 'LIMIT_EXCEEDED');
    assert.ok(['a', 'b'].includes(String(aliased.errors![0]!.path?.[0])));
  });

  it("counts a prediction's explanations toward the bound", async () => {
    const explained = (count: number) =>
      gw.client.request(PredictExplainedDocument, {
        deployment: 'credit',
        instances: instances(count),
        method: 'GRADIENT_X_INPUT',
      });
    const within = await explained(2);
    assert.equal(within.status, 200, JSON.stringify(within.errors));
    assert.equal(within.data?.predict.explanations.length, 2);

    const past = await explained(8);
    assert.equal(past.status, 413);
    const [error] = past.errors!;
    assert.equal(error!.extensions?.code, 'LIMIT_EXCEEDED');
    assert.match(error!.message, /\(8 explanations\), more than the 4 KiB \(4096 bytes\)/);
  });
});
