import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  CreateDeploymentDocument,
  DeploymentPredictionsDocument,
  ExplainPredictionDocument,
  ModelVersionPredictionsDocument,
  PredictDocument,
  PredictExplainedDocument,
  SubmitModelVersionForReviewDocument,
  type RegisterDatasetVersionInput,
} from '../../src/client/generated/graphql';
import type { GraphQLClient } from '../support/client';
import { createChain, creditDatasetVersion, deploy, serviceClient } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { policyFolder, shippedPolicy } from '../support/policies';

/** Training data with a personal column: the log keeps only the digest of what the model was asked. */
function personalVersion(datasetId: string): RegisterDatasetVersionInput {
  return {
    ...creditDatasetVersion(datasetId),
    features: [{ name: 'income', dtype: 'FLOAT32', role: 'FEATURE', pii: true }],
    anonymization: 'PSEUDONYMIZED',
  };
}

describe('the prediction log in the graph: ModelVersion.predictions, Deployment.predictions, explainPrediction, retention', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  let personal: Awaited<ReturnType<typeof createChain>>;
  let reviewer: GraphQLClient;
  const instances = [
    { income: 0.52, age: 0.41 },
    { income: 3, age: -1.5 },
  ];

  const predictions = async (client: GraphQLClient, id = chain.modelVersion.id) =>
    (await client.data(ModelVersionPredictionsDocument, { id, first: 10 })).modelVersion.predictions;

  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'logged');
    personal = await createChain(gw.client, 'personal', 'CONFIDENTIAL', personalVersion);
    await deploy(gw, chain.team.id, 'credit-logged', chain.modelVersion.id);
    await deploy(gw, personal.team.id, 'credit-personal', personal.modelVersion.id);
    await gw.client.data(PredictDocument, { deployment: 'credit-logged', instances });
    await (
      await serviceClient(gw, chain.team.id, 'scorer', ['credit-logged'])
    ).data(PredictDocument, { deployment: 'credit-logged', instances: [instances[0]] });
    await gw.client.data(PredictDocument, { deployment: 'credit-personal', instances });
    await gw.gateway.predictionLog.flush();
    reviewer = gw.reviewers[0];
  });
  after(() => gw?.stop());

  it('shows a reviewer what a version answered, for whom, and with which instances', async () => {
    const page = await predictions(reviewer);
    assert.equal(page.totalCount, 2);
    const [fromService, fromAdmin] = page.nodes; // newest first
    assert.match(fromService!.caller, /^api-key:/);
    assert.equal(fromAdmin!.caller, 'test-admin');
    assert.deepEqual(fromAdmin!.instances, instances);
    assert.equal(fromAdmin!.instancesWithheld, null);
    assert.equal(fromAdmin!.instanceCount, 2);
    assert.match(fromAdmin!.instancesSha256, /^[0-9a-f]{64}$/);
    assert.equal(fromAdmin!.outputs.length, 2);
    assert.equal(fromAdmin!.outputs[0]!.label, 'repaid');
    assert.equal(fromAdmin!.modelVersion.id, chain.modelVersion.id);
    assert.equal(fromAdmin!.deployment?.name, 'credit-logged');
    assert.equal(fromAdmin!.shadow, false);
    assert.ok(fromAdmin!.latencyMs >= 0);

    const { deployment } = await reviewer.data(DeploymentPredictionsDocument, { name: 'credit-logged', first: 10 });
    assert.deepEqual(
      deployment.predictions.nodes.map((node) => node.id),
      page.nodes.map((node) => node.id),
    );
  });

  it('filters by caller, trace id, shadow and time, within a bounded range', async () => {
    const id = chain.modelVersion.id;
    const byCaller = await reviewer.data(ModelVersionPredictionsDocument, { id, filter: { caller: 'test-admin' } });
    assert.equal(byCaller.modelVersion.predictions.totalCount, 1);
    assert.equal(
      (await reviewer.data(ModelVersionPredictionsDocument, { id, filter: { shadow: true } })).modelVersion.predictions
        .totalCount,
      0,
    );
    assert.equal(
      (await reviewer.data(ModelVersionPredictionsDocument, { id, filter: { traceId: 'f'.repeat(32) } })).modelVersion
        .predictions.totalCount,
      0,
    );
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    assert.equal(
      (await reviewer.data(ModelVersionPredictionsDocument, { id, filter: { to: yesterday } })).modelVersion.predictions
        .totalCount,
      0,
    );

    const tooLong = await reviewer.error(ModelVersionPredictionsDocument, {
      id,
      filter: { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' },
    });
    assert.equal(tooLong.extensions?.code, 'BAD_USER_INPUT');
    assert.match(tooLong.message, /at most 31 days/);
    const backwards = await reviewer.error(ModelVersionPredictionsDocument, {
      id,
      filter: { from: '2026-03-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    });
    assert.equal(backwards.extensions?.field, 'filter.from');
  });

  it('gives a data scientist of the team the answers, but only the digest of the instances', async () => {
    const dana = await gw.as({ user: 'dana', roles: ['data-scientist'], teams: ['team-logged'] });
    const page = await predictions(dana);
    assert.equal(page.totalCount, 2);
    for (const entry of page.nodes) {
      assert.equal(entry.instances, null);
      assert.equal(entry.instancesWithheld, 'NOT_PERMITTED');
      assert.match(entry.instancesSha256, /^[0-9a-f]{64}$/);
      assert.ok(entry.outputs.length > 0);
    }
    const error = await dana.error(ExplainPredictionDocument, { id: page.nodes[0]!.id });
    assert.equal(error.extensions?.code, 'FORBIDDEN');
    assert.match(error.message, /instances of this logged prediction/);
  });

  it('keeps the log from whoever its roles do not name', async () => {
    const other = await gw.as({ user: 'otis', roles: ['data-scientist'], teams: ['team-personal'] });
    assert.equal((await predictions(other, personal.modelVersion.id)).totalCount, 1, 'its own team’s version');
    const vera = await gw.as({ user: 'vera', roles: ['viewer'], teams: ['team-logged'] });
    assert.equal(
      (await vera.error(ModelVersionPredictionsDocument, { id: chain.modelVersion.id })).extensions?.code,
      'FORBIDDEN',
    );
  });

  it('keeps only the digest when the training data holds personal data, and says why it cannot explain it', async () => {
    const [entry] = (await predictions(reviewer, personal.modelVersion.id)).nodes;
    assert.equal(entry!.instances, null);
    assert.equal(entry!.instancesWithheld, 'DIGEST_ONLY');
    assert.match(entry!.instancesSha256, /^[0-9a-f]{64}$/);
    const error = await reviewer.error(ExplainPredictionDocument, { id: entry!.id });
    assert.equal(error.extensions?.code, 'FAILED_PRECONDITION');
    assert.match(error.message, /Only a digest/);
  });

  it('explains a logged prediction again, as predict explained it then, and the same way every time', async () => {
    const entry = (await predictions(reviewer)).nodes.find((node) => node.caller === 'test-admin')!;
    const args = { method: 'KERNEL_SHAP' as const, samples: 64, seed: 7 };
    const first = await reviewer.data(ExplainPredictionDocument, { id: entry.id, instance: 1, ...args });
    const again = await reviewer.data(ExplainPredictionDocument, { id: entry.id, instance: 1, ...args });
    assert.equal(first.explainPrediction.length, 1);
    assert.deepEqual(again, first, 'seeded: the same request, the same attributions');
    const atTheTime = await gw.client.data(PredictExplainedDocument, {
      deployment: 'credit-logged',
      instances: [instances[1]],
      ...args,
    });
    assert.deepEqual(
      first.explainPrediction[0]!.attributions.map((a) => a.value),
      atTheTime.predict.explanations[0]!.attributions.map((a) => a.value),
      'the same version, from the same inputs',
    );
    const all = await reviewer.data(ExplainPredictionDocument, { id: entry.id });
    assert.equal(all.explainPrediction.length, 2, 'one per instance');
    assert.equal(all.explainPrediction[0]!.method, 'INTEGRATED_GRADIENTS');
    assert.ok(all.explainPrediction[0]!.completenessGap! < 0.01);
  });

  it('refuses an instance the prediction did not have, and ids of other node types', async () => {
    const entry = (await predictions(reviewer)).nodes[0]!;
    const outOfRange = await reviewer.error(ExplainPredictionDocument, { id: entry.id, instance: 5 });
    assert.equal(outOfRange.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(outOfRange.extensions?.field, 'instance');
    assert.equal(
      (await reviewer.error(ExplainPredictionDocument, { id: chain.modelVersion.id })).extensions?.code,
      'BAD_USER_INPUT',
    );
  });

  it('drops entries past the retention period in bulk, and nothing younger', async () => {
    const client = new pg.Client({ connectionString: gw.databaseUrl });
    await client.connect();
    const count = async () => Number((await client.query('select count(*) from prediction_log_entry')).rows[0].count);
    try {
      // Entries of earlier requests still in the buffer would arrive between the counts below.
      while (gw.gateway.predictionLog.pending > 0) await gw.gateway.predictionLog.flush();
      const young = await count();
      await client.query(
        `insert into prediction_log_entry (id, created_at, deployment_id, model_version_id, shadow, latency_ms, caller, request_id, trace_id, inputs, instance_count, instances_sha256, outputs)
         select gen_random_uuid(), now() - interval '91 days', deployment_id, model_version_id, shadow, latency_ms, caller, request_id, trace_id, inputs, instance_count, instances_sha256, outputs
         from prediction_log_entry cross join generate_series(1, 3)`,
      );
      assert.equal(
        await gw.gateway.predictionLogRetention.purge(),
        3 * young,
        'three copies of each entry, 91 days old (retention: 90 days)',
      );
      assert.equal(await count(), young);
    } finally {
      await client.end();
    }
  });
});

describe('explainPrediction under custom policies: the inference budget, and personal features', () => {
  // An auditor reads the log with its instances, but no training data, so not which columns are personal.
  const auditor = '  auditor:\n    rules:\n      - { action: read, subject: [ModelVersion, PredictionLogEntry] }\n';
  const dir = policyFolder({
    // A budget of 100 instance-evaluations: integrated gradients of 2 instances at 32 steps (2 × 34) fits once.
    'limits.yaml': shippedPolicy('limits.yaml').replace('default: 20000000', 'default: 100'),
    'roles.yaml': shippedPolicy('roles.yaml').replace('  admin:\n', `${auditor}  admin:\n`),
  });
  let gw: TestGateway;
  let versionId: string;
  let entryId: string;

  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: dir });
    // income is a SENSITIVE column of the training data: kept in the log (not personal data), hidden from whom may not see it.
    const chain = await createChain(gw.client, 'audited', 'CONFIDENTIAL', (id) => ({
      ...creditDatasetVersion(id),
      features: [
        { name: 'income', dtype: 'FLOAT32', role: 'SENSITIVE' },
        { name: 'age', dtype: 'FLOAT32', role: 'FEATURE' },
      ],
    }));
    // IN_REVIEW is enough for STAGING; approval would want a fairness metric over income.
    await gw.client.data(SubmitModelVersionForReviewDocument, { id: chain.modelVersion.id });
    await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: chain.team.id,
        name: 'credit-audited',
        environment: 'STAGING',
        routes: [{ modelVersionId: chain.modelVersion.id, weight: 100 }],
      },
    });
    await gw.client.data(PredictDocument, {
      deployment: 'credit-audited',
      instances: [
        { income: 1, age: 2 },
        { income: 3, age: 4 },
      ],
    });
    await gw.gateway.predictionLog.flush();
    versionId = chain.modelVersion.id;
    entryId = (await gw.client.data(ModelVersionPredictionsDocument, { id: versionId })).modelVersion.predictions
      .nodes[0]!.id;
  });
  after(async () => {
    await gw?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('charges the work to the request before it runs, aliases together', async () => {
    const reviewer = gw.reviewers[0];
    assert.equal(
      (await reviewer.data(ExplainPredictionDocument, { id: entryId })).explainPrediction.length,
      2,
      '2 × (32 + 2) fits in 100',
    );
    const tooMany = await reviewer.error(ExplainPredictionDocument, { id: entryId, steps: 64 });
    assert.equal(tooMany.extensions?.code, 'LIMIT_EXCEEDED');
    assert.match(tooMany.message, /132 instance-evaluations/);
    const aliases = await reviewer.send<unknown>(
      JSON.stringify({
        query: `{ a: explainPrediction(id: "${entryId}") { method } b: explainPrediction(id: "${entryId}") { method } }`,
      }),
    );
    assert.equal(aliases.errors?.length, 1, 'the second alias is over the budget the first one spent');
    assert.equal(aliases.errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED');
  });

  it('withholds instances whose inputs are sensitive columns the caller may not see, and will not explain them', async () => {
    const auditor = await gw.as({ user: 'aude', roles: ['auditor'] });
    const entry = (await auditor.data(ModelVersionPredictionsDocument, { id: versionId })).modelVersion.predictions
      .nodes[0]!;
    assert.equal(entry.instances, null);
    assert.equal(entry.instancesWithheld, 'PERSONAL_DATA');
    const error = await auditor.error(ExplainPredictionDocument, { id: entryId });
    assert.equal(error.extensions?.code, 'FORBIDDEN');
    assert.match(error.message, /personal or sensitive/);
    const reviewed = (await gw.reviewers[0].data(DeploymentPredictionsDocument, { name: 'credit-audited' })).deployment
      .predictions.nodes[0]!;
    assert.deepEqual(
      reviewed.instances,
      [
        { income: 1, age: 2 },
        { income: 3, age: 4 },
      ],
      'reviewers may see sensitive columns',
    );
  });
});
