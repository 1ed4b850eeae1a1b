import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PredictDocument } from '../generated/graphql';
import { createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** The value of one sample of the exposition text, or undefined. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('metrics', { timeout: 120_000 }, () => {
  let gw: TestGateway;
  const metricsUrl = () => gw.gateway.url.replace('/graphql', '/metrics');
  before(async () => {
    gw = await startTestGateway();
    const chain = await createChain(gw.client, 'metered');
    await deploy(gw, chain.team.id, 'metered', chain.modelVersion.id);
  });
  after(() => gw?.stop());

  it('counts predictions by deployment and version, and operations by root field and outcome, for this host', async () => {
    await gw.client.data(PredictDocument, { deployment: 'metered', instances: [{ income: 1, age: 2 }, { income: 3, age: 4 }] });
    const v2 = await fetch(gw.gateway.url.replace('/graphql', '/v2/models/metered/infer'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await gw.token({ user: 'metered-admin', roles: ['admin'] })}` },
      body: JSON.stringify({ inputs: [{ name: 'income', shape: [1], datatype: 'FP32', data: [1] }, { name: 'age', shape: [1], datatype: 'FP32', data: [2] }] }),
    });
    assert.equal(v2.status, 200);
    await gw.client.request(PredictDocument, { deployment: 'nowhere', instances: [{ income: 1, age: 2 }] });
    await gw.gateway.predictionLog.flush();

    const response = await fetch(metricsUrl());
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/plain/);
    const text = await response.text();
    assert.equal(sample(text, 'modelgate_predictions_total{deployment="metered",version="1"}'), 2, 'GraphQL and v2 alike');
    assert.equal(sample(text, 'modelgate_prediction_instances_total{deployment="metered",version="1"}'), 3);
    assert.ok(sample(text, 'modelgate_graphql_operations_total{operation="query:predict",code="OK"}')! >= 1);
    assert.equal(sample(text, 'modelgate_graphql_operations_total{operation="query:predict",code="NOT_FOUND"}'), 1);
    assert.ok(sample(text, 'modelgate_inference_batch_size_count')! >= 2);
    assert.ok(sample(text, 'modelgate_prediction_log_entries{state="written"}')! >= 2);
    assert.match(text, /^modelgate_nodejs_eventloop_lag_seconds /m, 'process metrics too');
    assert.doesNotMatch(text, /metered-admin|test-admin|nowhere/, 'no caller and no free-written value in a label');
  });

  it('serves them to the bearer of a token when set so, and to nobody else', async () => {
    const guarded = await startTestGateway({ MODELGATE_METRICS: 'token', MODELGATE_METRICS_TOKEN: 'scrape-me-please-0123' });
    try {
      const url = guarded.gateway.url.replace('/graphql', '/metrics');
      assert.equal((await fetch(url)).status, 401);
      assert.equal((await fetch(url, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status, 401);
      const allowed = await fetch(url, { headers: { authorization: 'Bearer scrape-me-please-0123' } });
      assert.equal(allowed.status, 200);
      assert.match(await allowed.text(), /modelgate_graphql_operations_total/);
    } finally {
      await guarded.stop();
    }
  });
});
