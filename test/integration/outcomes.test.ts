import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  AuditEventsDocument,
  CreateApiKeyDocument,
  CreateModelDocument,
  DeploymentQualityDocument,
  PredictDocument,
  RecordOutcomesDocument,
  RegisterModelVersionDocument,
  type DeploymentQualityQuery,
} from '../../src/client/generated/graphql';
import { GatewayRefusal } from '../../src/client/graphql-client';
import { GraphQLClient } from '../support/client';
import { random } from '../../src/random';
import { classifierVersion, createChain, deploy, serviceClient } from '../support/fixtures';
import { eventually } from '../support/eventually';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { tinyRegressorFiles, uploadModel } from '../support/models';
import { policyFolder } from '../support/policies';
import {
  argmaxOf,
  assertClassificationMatches,
  classificationReference,
  close,
  ratesByGroup,
} from '../support/quality-reference';

/** Checks judged at once, on few outcomes: accuracy must stay at 0.7 or above, equal opportunity within 0.1. */
const qualityPolicy = `
enabled: true
windowHours: 24
minLabelled: 50
checkEverySeconds: 0.2
checks:
  - { name: accuracy-floor, metric: accuracy, min: 0.7 }
  - { name: equal-opportunity, metric: equalOpportunityDifference, max: 0.1 }
attributionDrift: { enabled: false, sampleRate: 0, minExplained: 1, ndcgAlert: 0.9, referenceRows: 16 }
`;

type Quality = NonNullable<DeploymentQualityQuery['deployment']>['quality'][number];

const refusal = async (work: Promise<unknown>): Promise<GatewayRefusal> => {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof GatewayRefusal, `expected a refusal, got ${String(error)}`);
  return error;
};

describe('ground truth and live quality', () => {
  let gw: TestGateway;
  let service: GraphQLClient;
  let teamId: string;
  let runId: string;
  const deployment = 'outcomes-credit';
  /** Every answered instance: its prediction id, scores, group and the outcome the test reports. */
  const answered: { id: string; scores: number[]; group: string; truth: number }[] = [];

  const quality = async (name = deployment): Promise<Quality> => {
    const { deployment: found } = await gw.client.data(DeploymentQualityDocument, { name });
    assert.equal(found?.quality.length, 1, 'one version answered');
    return found!.quality[0]!;
  };

  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: policyFolder({ 'quality.yaml': qualityPolicy }) });
    // The tiny classifier (softmax of income and age) trained on data whose `gender` is SENSITIVE.
    const chain = await createChain(gw.client, 'outcomes');
    teamId = chain.team.id;
    runId = chain.run.id;
    await deploy(gw, teamId, deployment, chain.modelVersion.id);
    service = await serviceClient(gw, teamId, 'outcome-reporter', [deployment]);
    // 220 instances, 20 a request, each with its gender beside the inputs: 90% m, 10% f.
    const next = random(24);
    for (let request = 0; request < 11; request += 1) {
      const instances = Array.from({ length: 20 }, (_, i) => {
        const group = i % 10 === 0 ? 'f' : 'm';
        // The f group has high incomes: the model mostly predicts "repaid" for them.
        return { income: group === 'f' ? 1.5 : next() * 2, age: next() * 4, gender: group };
      });
      const { predict } = await service.data(PredictDocument, { deployment, instances });
      predict.outputs.forEach((output, i) => {
        const predicted = argmaxOf(output.scores!, 0, 2);
        const group = instances[i]!.gender;
        // m: the truth is the answer but for every seventh; f: every applicant defaulted, so the
        // model misses most of its positives (a degraded model for one group).
        const truth = group === 'f' ? 1 : answered.length % 7 === 0 ? 1 - predicted : predicted;
        answered.push({ id: output.predictionId!, scores: output.scores!, group, truth });
      });
    }
    // Answered instances are counted as the log writes them (every 200 ms): all of them, now.
    await gw.gateway.predictionLog.flush();
  });
  after(() => gw.stop());

  const labels = ['repaid', 'default'];
  const outcomeOf = (item: (typeof answered)[number]) => ({ predictionId: item.id, label: labels[item.truth]! });

  it('gives every answered instance its own prediction id', () => {
    assert.equal(new Set(answered.map((item) => item.id)).size, answered.length);
    for (const { id } of answered) assert.match(id, /^[0-9a-f-]{36}:\d+$/);
  });

  it('measures the labelled instances as the reference does, overall and per group, and alerts on equal opportunity only', async () => {
    const labelled = answered.slice(0, 200);
    const { recordOutcomes } = await service.data(RecordOutcomesDocument, {
      deployment,
      outcomes: labelled.map(outcomeOf),
    });
    assert.deepEqual(recordOutcomes, { recorded: 200, unchanged: 0, corrected: 0 });

    const live = await quality();
    assert.equal(live.answered, 220);
    assert.equal(live.labelled, 200);
    close(live.labelledShare, 200 / 220, 'labelled share');
    const scores = labelled.flatMap((item) => item.scores);
    const truth = labelled.map((item) => item.truth);
    const reference = classificationReference(scores, truth, 2);
    // Live AUC reads scores binned in thousandths: within one bin's width of the exact one.
    assertClassificationMatches(live.classification!, reference, 0.001);

    const predicted = labelled.map((item) => argmaxOf(item.scores, 0, 2));
    const expected = ratesByGroup(
      predicted,
      truth,
      labelled.map((item) => item.group),
      1,
    );
    const [gender] = live.fairness;
    assert.equal(gender?.sensitiveFeature, 'gender');
    assert.equal(gender.positiveLabel, 'default');
    assert.deepEqual(
      gender.groups.map((group) => [group.group, group.rows]),
      expected.map((group) => [group.group, group.rows]),
    );
    gender.groups.forEach((group, i) => {
      close(group.selectionRate, expected[i]!.selection, `selection rate of ${group.group}`);
      close(group.truePositiveRate, expected[i]!.tpr, `TPR of ${group.group}`);
      close(group.falsePositiveRate, expected[i]!.fpr, `FPR of ${group.group}`);
    });
    close(gender.equalOpportunityDifference, Math.abs(expected[0]!.tpr! - expected[1]!.tpr!), 'equal opportunity');
    assert.ok(
      reference.accuracy >= 0.7 && gender.equalOpportunityDifference! > 0.1,
      'the data make one alert, not the other',
    );

    const alerted = await eventually(
      () => quality(),
      (found) => found.alerts.length > 0,
      30_000,
    );
    assert.deepEqual(
      alerted.alerts.map((alert) => [alert.check, alert.metric, alert.bound, alert.labelled]),
      [['equal-opportunity', 'equalOpportunityDifference', 0.1, 200]],
    );
    const { auditEvents } = await gw.client.data(AuditEventsDocument, {
      first: 5,
      filter: { actionIn: ['qualityAlert'] },
    });
    assert.equal(auditEvents.totalCount, 1);
    assert.equal(auditEvents.nodes[0]!.actor, 'modelgate');
    assert.equal((auditEvents.nodes[0]!.after as { check: string }).check, 'equal-opportunity');
    const metrics = await (await fetch(gw.gateway.url.replace(/\/graphql$/, '/metrics'))).text();
    assert.match(
      metrics,
      /modelgate_quality_alerts_total\{deployment="outcomes-credit",version="1",check="equal-opportunity"\} 1/,
    );
  });

  it('takes a report again without counting it twice, and refuses a different outcome whole', async () => {
    const again = await service.data(RecordOutcomesDocument, {
      deployment,
      outcomes: answered.slice(0, 10).map(outcomeOf),
    });
    assert.deepEqual(again.recordOutcomes, { recorded: 0, unchanged: 10, corrected: 0 });
    const first = answered[0]!;
    const changed = { predictionId: first.id, label: labels[1 - first.truth]! };
    const error = await service.error(RecordOutcomesDocument, {
      deployment,
      outcomes: [outcomeOf(answered[200]!), changed],
    });
    assert.equal(error.extensions?.code, 'CONFLICT');
    assert.match(error.message, /outcomes\[1\]: .*already has a different outcome.*correction/);
    // Nothing of the refused report was kept: not even its new outcome.
    assert.equal((await quality()).labelled, 200);
  });

  it('replaces an outcome marked as a correction, and audits it', async () => {
    const first = answered[0]!;
    const { recordOutcomes } = await service.data(RecordOutcomesDocument, {
      deployment,
      outcomes: [{ predictionId: first.id, label: labels[1 - first.truth]!, correction: true }],
    });
    assert.deepEqual(recordOutcomes, { recorded: 0, unchanged: 0, corrected: 1 });
    first.truth = 1 - first.truth;
    const labelled = answered.slice(0, 200);
    const reference = classificationReference(
      labelled.flatMap((item) => item.scores),
      labelled.map((item) => item.truth),
      2,
    );
    const live = await quality();
    assert.equal(live.labelled, 200);
    close(live.classification!.accuracy, reference.accuracy, 'accuracy after the correction');
    close(live.classification!.logLoss, reference.logLoss, 'log loss after the correction');
    const { auditEvents } = await gw.client.data(AuditEventsDocument, {
      first: 5,
      filter: { actionIn: ['correctOutcomes'] },
    });
    assert.equal(auditEvents.totalCount, 1);
    assert.deepEqual((auditEvents.nodes[0]!.after as { corrections: unknown[] }).corrections, [
      { predictionId: first.id, from: labels[1 - first.truth], to: labels[first.truth] },
    ]);
  });

  it('refuses outcomes for predictions its team did not make exactly as for ones that do not exist', async () => {
    // The admin belongs to no team: its prediction is not the service's team's to report on.
    const { predict } = await gw.client.data(PredictDocument, { deployment, instances: [{ income: 1, age: 1 }] });
    const foreign = await service.error(RecordOutcomesDocument, {
      deployment,
      outcomes: [{ predictionId: predict.outputs[0]!.predictionId!, label: 'repaid' }],
    });
    const unknownId = '00000000-0000-4000-8000-000000000000:0';
    const unknown = await service.error(RecordOutcomesDocument, {
      deployment,
      outcomes: [{ predictionId: unknownId, label: 'repaid' }],
    });
    assert.equal(foreign.extensions?.code, 'NOT_FOUND');
    assert.equal(unknown.extensions?.code, 'NOT_FOUND');
    assert.equal(
      foreign.message.replace(predict.outputs[0]!.predictionId!, '<id>'),
      unknown.message.replace(unknownId, '<id>'),
    );
    // An index past the request's instances names nothing either.
    const pastEnd = await service.error(RecordOutcomesDocument, {
      deployment,
      outcomes: [{ predictionId: answered[0]!.id.replace(/:\d+$/, ':20'), label: 'repaid' }],
    });
    assert.equal(pastEnd.extensions?.code, 'NOT_FOUND');
    for (const [outcome, pattern] of [
      [{ predictionId: 'not-an-id', label: 'repaid' }, /outcomes\[0\]\.predictionId: is no prediction id/],
      [
        { predictionId: answered[201]!.id, label: 'maybe' },
        /outcomes\[0\]\.label: is none of the model's classes \(repaid, default\)/,
      ],
      [{ predictionId: answered[201]!.id }, /outcomes\[0\]: must give either "label"/],
      [{ predictionId: answered[201]!.id, value: 1 }, /the model is a classifier/],
    ] as const) {
      const error = await service.error(RecordOutcomesDocument, { deployment, outcomes: [outcome] });
      assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
      assert.match(error.message, pattern);
    }
  });

  it('takes an outcome that comes days after its prediction, and counts it in the hours it was answered', async () => {
    const { predict } = await service.data(PredictDocument, {
      deployment,
      instances: [{ income: 0.5, age: 3, gender: 'm' }],
    });
    const predictionId = predict.outputs[0]!.predictionId!;
    await gw.gateway.predictionLog.flush();
    // As if it had been answered three days ago (reached under the gateway, as a superuser could).
    const client = new pg.Client({ connectionString: gw.databaseEnv.MODELGATE_MIGRATION_URL });
    await client.connect();
    try {
      await client.query(`update prediction_log_entry set created_at = now() - interval '3 days' where id = $1`, [
        predictionId.split(':')[0],
      ]);
    } finally {
      await client.end();
    }
    const before = (await quality()).labelled;
    const { recordOutcomes } = await service.data(RecordOutcomesDocument, {
      deployment,
      outcomes: [{ predictionId, label: 'default' }],
    });
    assert.equal(recordOutcomes.recorded, 1);
    assert.equal((await quality()).labelled, before, 'not in the last 24 hours of answers');
    const { deployment: found } = await gw.client.data(DeploymentQualityDocument, { name: deployment, hours: 96 });
    assert.equal(found!.quality[0]!.labelled, before + 1, 'in the last 96 hours');
  });

  it('takes outcomes in bulk as JSON Lines, naming the line it refuses', async () => {
    const rest = answered.slice(200).map(outcomeOf);
    const broken = [JSON.stringify(rest[0]), '{"predictionId": ', JSON.stringify(rest[1])].join('\n');
    const error = await refusal(service.reportOutcomes(deployment, broken));
    assert.equal(error.code, 'BAD_USER_INPUT');
    assert.match(error.message, /line 2: is not JSON/);
    assert.deepEqual(await service.reportOutcomes(deployment, rest), { recorded: 20, unchanged: 0, corrected: 0 });
    assert.equal((await quality()).labelled, 220);
    const anonymous = new GraphQLClient(gw.gateway.url);
    assert.equal((await refusal(anonymous.reportOutcomes(deployment, rest))).code, 'UNAUTHENTICATED');
  });

  it('gives v2 answers an id and a prediction id per instance, and takes their outcomes', async () => {
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId, name: 'v2-reporter', deploymentNames: [deployment] },
    });
    const response = await fetch(gw.gateway.url.replace(/\/graphql$/, `/v2/models/${deployment}/infer`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': createApiKey.secret },
      body: JSON.stringify({
        inputs: [
          { name: 'income', datatype: 'FP32', shape: [2], data: [0.5, 1.5] },
          { name: 'age', datatype: 'FP32', shape: [2], data: [3, 1] },
        ],
      }),
    });
    assert.equal(response.status, 200);
    const answer = (await response.json()) as { id: string; parameters: { prediction_ids: string[] } };
    assert.match(answer.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(answer.parameters.prediction_ids, [`${answer.id}:0`, `${answer.id}:1`]);
    const reporter = new GraphQLClient(gw.gateway.url, { 'x-api-key': createApiKey.secret });
    const { recordOutcomes } = await reporter.data(RecordOutcomesDocument, {
      deployment,
      outcomes: answer.parameters.prediction_ids.map((predictionId) => ({ predictionId, label: 'repaid' })),
    });
    assert.equal(recordOutcomes.recorded, 2);
  });

  it('measures a regressor as the reference does', async () => {
    const { createModel } = await gw.client.data(CreateModelDocument, {
      input: { teamId, name: 'outcome-values', taskType: 'REGRESSION' },
    });
    const admin = `Bearer ${await gw.token({ user: 'ops', roles: ['admin'] })}`;
    const artifact = await uploadModel(gw.gateway.url, admin, await tinyRegressorFiles());
    const { registerModelVersion: version } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(createModel.id, runId),
        artifact,
        signature: {
          inputs: [
            { name: 'income', dtype: 'FLOAT32', shape: [] },
            { name: 'age', dtype: 'FLOAT32', shape: [] },
          ],
          outputs: [{ name: 'value', dtype: 'FLOAT32', shape: [1] }],
          classLabels: [],
        },
        metrics: [{ name: 'rmse', value: 0.5 }],
        fairnessMetrics: [],
      },
    });
    await deploy(gw, teamId, 'outcome-values', version.id);
    const values = await serviceClient(gw, teamId, 'values-reporter', ['outcome-values']);
    const next = random(5);
    const instances = Array.from({ length: 60 }, () => ({ income: next() * 4, age: next() * 4 }));
    const { predict } = await values.data(PredictDocument, { deployment: 'outcome-values', instances });
    const predicted = predict.outputs.map((output) => output.value!);
    const truth = predicted.map((value) => value + (next() - 0.5));
    const { recordOutcomes } = await values.data(RecordOutcomesDocument, {
      deployment: 'outcome-values',
      outcomes: predict.outputs.map((output, i) => ({ predictionId: output.predictionId!, value: truth[i]! })),
    });
    assert.equal(recordOutcomes.recorded, 60);
    const classLabel = await values.error(RecordOutcomesDocument, {
      deployment: 'outcome-values',
      outcomes: [{ predictionId: predict.outputs[0]!.predictionId!, label: 'high' }],
    });
    assert.match(classLabel.message, /the model is a regressor/);

    const live = await quality('outcome-values');
    assert.equal(live.labelled, 60);
    assert.equal(live.classification, null);
    // The reference: each measure by its definition, from the raw values, the mean taken first.
    const errors = predicted.map((value, i) => value - truth[i]!);
    const mean = truth.reduce((a, b) => a + b, 0) / truth.length;
    const squared = errors.reduce((sum, error) => sum + error * error, 0);
    close(live.regression!.rmse, Math.sqrt(squared / 60), 'RMSE');
    close(live.regression!.mae, errors.reduce((sum, error) => sum + Math.abs(error), 0) / 60, 'MAE');
    close(live.regression!.r2, 1 - squared / truth.reduce((sum, y) => sum + (y - mean) ** 2, 0), 'R²');
  });
});
