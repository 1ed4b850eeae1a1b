import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PredictDocument, PredictExplainedDocument } from '../../src/client/generated/graphql';
import { createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { Scrape } from '../support/prometheus';

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
    await gw.client.data(PredictDocument, {
      deployment: 'metered',
      instances: [
        { income: 1, age: 2 },
        { income: 3, age: 4 },
      ],
    });
    const v2 = await fetch(gw.gateway.url.replace('/graphql', '/v2/models/metered/infer'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await gw.token({ user: 'metered-admin', roles: ['admin'] })}`,
      },
      body: JSON.stringify({
        inputs: [
          { name: 'income', shape: [1], datatype: 'FP32', data: [1] },
          { name: 'age', shape: [1], datatype: 'FP32', data: [2] },
        ],
      }),
    });
    assert.equal(v2.status, 200);
    await gw.client.request(PredictDocument, { deployment: 'nowhere', instances: [{ income: 1, age: 2 }] });
    await gw.gateway.predictionLog.flush();

    await gw.client.data(PredictExplainedDocument, {
      deployment: 'metered',
      instances: [{ income: 1, age: 2 }],
      method: 'INTEGRATED_GRADIENTS',
      steps: 8,
      baselineFrom: 'ZERO',
    });
    await gw.client.request(PredictDocument, { deployment: 'metered', instances: [{ income: 'lots', age: 2 }] });
    await gw.gateway.predictionLog.flush();

    const response = await fetch(metricsUrl());
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/plain/);
    const scrape = await Scrape.of(metricsUrl());
    const served = { deployment: 'metered', version: '1' };
    assert.equal(scrape.value('modelgate_predictions_total', served), 3, 'GraphQL and v2 alike');
    assert.equal(scrape.value('modelgate_prediction_instances_total', served), 4);
    assert.equal(scrape.value('modelgate_prediction_duration_seconds_count', served), 3);
    assert.equal(
      scrape.value('modelgate_prediction_errors_total', { deployment: 'metered', code: 'BAD_USER_INPUT' }),
      1,
    );
    assert.ok(scrape.value('modelgate_graphql_operations_total', { operation: 'query:predict', code: 'OK' })! >= 1);
    assert.equal(
      scrape.value('modelgate_graphql_operations_total', { operation: 'query:predict', code: 'NOT_FOUND' }),
      1,
    );
    assert.ok(scrape.value('modelgate_inference_batch_size_count', served)! >= 3);
    assert.ok(scrape.value('modelgate_inference_queue_seconds_count', served)! >= 3);
    assert.equal(scrape.value('modelgate_inference_queued_instances'), 0);
    assert.ok(
      scrape.value('modelgate_worker_busy_seconds_total', { worker: '0' })! > 0,
      'the worker was busy for a while',
    );
    assert.equal(scrape.value('modelgate_worker_pending_calls', { worker: '0' }), 0);
    assert.equal(scrape.value('modelgate_explanations_total', { method: 'INTEGRATED_GRADIENTS' }), 1);
    assert.equal(
      scrape.value('modelgate_explanation_evaluations_total', { method: 'INTEGRATED_GRADIENTS' }),
      10,
      '8 steps + 2 per instance',
    );
    assert.equal(scrape.value('modelgate_explanation_duration_seconds_count', { method: 'INTEGRATED_GRADIENTS' }), 1);
    assert.ok(scrape.value('modelgate_prediction_log_entries', { state: 'written' })! >= 3);
    assert.ok(scrape.value('modelgate_db_pool_connections', { pool: 'background', state: 'free' })! >= 1);
    assert.equal(scrape.value('modelgate_db_pool_connections', { pool: 'orm', state: 'waiting' }), 0);
    assert.ok(
      scrape.value('modelgate_drift_psi', { ...served, feature: 'income' })! >= 0,
      'drift of a feature with training statistics',
    );
    assert.ok(scrape.value('modelgate_nodejs_eventloop_lag_seconds')! >= 0, 'process metrics too');
    assert.doesNotMatch(
      scrape.text,
      /metered-admin|test-admin|nowhere|lots/,
      'no caller and no free-written value in a label',
    );
  });

  it('serves them to the bearer of a token when set so, and to nobody else', async () => {
    const guarded = await startTestGateway({
      MODELGATE_METRICS: 'token',
      MODELGATE_METRICS_TOKEN: 'scrape-me-please-0123',
    });
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
