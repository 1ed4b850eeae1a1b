import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  ApproveModelVersionDocument,
  CancelEvaluationDocument,
  CreateDatasetDocument,
  CreateModelDocument,
  EvaluateModelVersionDocument,
  EvaluationDocument,
  ModelVersionEvaluationsDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
  SubmitModelVersionForReviewDocument,
  type EvaluationFieldsFragment,
  type RegisterDatasetVersionInput,
} from '../../src/client/generated/graphql';
import type { RowsContentType } from '../../src/client/graphql-client';
import { barImages } from '../../src/demo/data';
import { random } from '../../src/random';
import { classifierVersion, createChain, registerBarsVersion } from '../support/fixtures';
import { eventually } from '../support/eventually';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { linearScorerFiles, linearScores, tinyRegressorFiles, uploadModel } from '../support/models';
import { policyFolder, shippedPolicy } from '../support/policies';
import {
  argmaxOf,
  assertClassificationMatches,
  classificationReference,
  close,
  ratesByGroup,
} from '../support/quality-reference';

/** Classification approvals read roc_auc as the gateway measured it, not as claimed. */
const measuredGates = shippedPolicy('gates.yaml').replace(
  '- { check: metric, metric: auc, min: 0.8 }',
  '- { check: metric, metric: roc_auc, min: 0.8, source: measured }',
);

describe('evaluations', () => {
  let gw: TestGateway;
  let admin: string;

  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: policyFolder({ 'gates.yaml': measuredGates }) });
    admin = `Bearer ${await gw.token({ user: 'ops', roles: ['admin'] })}`;
  });
  after(() => gw.stop());

  /** A dataset of `teamId` with one version of `features` whose rows are `body`. */
  const datasetWithRows = async (
    teamId: string,
    name: string,
    features: RegisterDatasetVersionInput['features'],
    body: string,
    rows: number,
    type: RowsContentType = 'text/csv',
  ) => {
    const { createDataset } = await gw.client.data(CreateDatasetDocument, {
      input: { teamId, name, sensitivity: 'INTERNAL' },
    });
    const { registerDatasetVersion } = await gw.client.data(RegisterDatasetVersionDocument, {
      input: {
        datasetId: createDataset.id,
        location: `s3://evaluation/${name}`,
        sha256: createHash('sha256').update(body).digest('hex'),
        rowCount: rows,
        features,
      },
    });
    await gw.client.uploadRows(registerDatasetVersion.id, body, type);
    return registerDatasetVersion;
  };

  const finished = async (id: string): Promise<EvaluationFieldsFragment> => {
    const node = await eventually(
      async () => (await gw.client.data(EvaluationDocument, { id })).node as EvaluationFieldsFragment,
      (evaluation) => !['QUEUED', 'RUNNING'].includes(evaluation.status),
      60_000,
    );
    assert.equal(node.status, 'SUCCEEDED', node.error ?? '');
    return node;
  };

  it('measures a classifier and fairness by group as the reference does, and a measured gate holds it to them', async () => {
    const chain = await createChain(gw.client, 'measured');
    // Quarter-grid inputs: the model's scores are exact, so the reference computes them in plain arithmetic.
    const next = random(3);
    const rows = Array.from({ length: 400 }, () => {
      const income = Math.floor(next() * 33) / 4;
      const age = Math.floor(next() * 33) / 4;
      const group = next() < 0.5 ? 'a' : 'b';
      // Labels that the scores barely predict: the measured AUC is far under the 0.91 the version claims.
      const outcome = next() < 0.5 ? 'default' : 'repaid';
      return { income, age, group, outcome };
    });
    const csv = ['income,age,group,outcome', ...rows.map((r) => `${r.income},${r.age},${r.group},${r.outcome}`)].join(
      '\n',
    );
    const holdout = await datasetWithRows(
      chain.team.id,
      'credit-holdout',
      [
        { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'age', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'group', dtype: 'STRING', role: 'SENSITIVE' },
        { name: 'outcome', dtype: 'STRING', role: 'LABEL' },
      ],
      csv,
      rows.length,
    );
    const artifact = await uploadModel(gw.gateway.url, admin, await linearScorerFiles());
    const { registerModelVersion: version } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(chain.model.id, chain.run.id),
        artifact,
        signature: {
          inputs: [
            { name: 'income', dtype: 'FLOAT32', shape: [] },
            { name: 'age', dtype: 'FLOAT32', shape: [] },
          ],
          outputs: [{ name: 'scores', dtype: 'FLOAT32', shape: [2] }],
          classLabels: ['repaid', 'default'],
        },
        metrics: [{ name: 'roc_auc', value: 0.91 }],
      },
    });

    const { evaluateModelVersion } = await gw.client.data(EvaluateModelVersionDocument, {
      input: { modelVersionId: version.id, datasetVersionId: holdout.id },
    });
    assert.equal(evaluateModelVersion.rows, 400);
    assert.equal(evaluateModelVersion.positiveLabel, 'default', "a binary classifier's second class");
    const evaluation = await finished(evaluateModelVersion.id);
    assert.equal(evaluation.rowsDone, 400);
    assert.equal(evaluation.datasetSha256, createHash('sha256').update(csv).digest('hex'));

    const scores = rows.flatMap((r) => linearScores(r.income, r.age));
    const truth = rows.map((r) => (r.outcome === 'default' ? 1 : 0));
    const expected = classificationReference(scores, truth, 2);
    assertClassificationMatches(evaluation.classification!, expected);
    const predicted = rows.map((_, row) => argmaxOf(scores, row, 2));
    const rates = ratesByGroup(
      predicted,
      truth,
      rows.map((r) => r.group),
      1,
    );
    const [fairness] = evaluation.fairness;
    assert.equal(fairness!.sensitiveFeature, 'group');
    fairness!.groups.forEach((g, i) => {
      assert.equal(g.group, rates[i]!.group);
      assert.equal(g.rows, rates[i]!.rows);
      close(g.selectionRate, rates[i]!.selection, `selection rate of ${g.group}`);
      close(g.truePositiveRate, rates[i]!.tpr, `TPR of ${g.group}`);
      close(g.falsePositiveRate, rates[i]!.fpr, `FPR of ${g.group}`);
    });
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    close(fairness!.demographicParityDifference, spread(rates.map((r) => r.selection)), 'DP difference');
    close(fairness!.equalOpportunityDifference, spread(rates.map((r) => r.tpr!)), 'EO difference');

    // The claim says 0.91; the gate reads what was measured, and says which evaluation it read.
    await gw.client.data(SubmitModelVersionForReviewDocument, { id: version.id });
    const refused = await gw.reviewers[1].error(ApproveModelVersionDocument, { id: version.id, comment: 'ok' });
    assert.equal(refused.extensions?.code, 'CONFLICT');
    assert.match(refused.message, /roc_auc measured on credit-holdout 0\.\d+ is below the minimum 0\.8/);
    const { modelVersion } = await gw.client.data(ModelVersionEvaluationsDocument, { id: version.id });
    const gate = modelVersion.gateResults.find((result) => result.gate === 'metric:roc_auc')!;
    assert.equal(gate.passed, false);
    close(gate.observed, expected.rocAuc, 'the gate saw the measured AUC');
    assert.equal(gate.evaluationId, evaluation.id);
    assert.equal(gate.evaluationSha256, evaluation.datasetSha256);
    assert.deepEqual(
      modelVersion.evaluations.map((e) => e.id),
      [evaluation.id],
    );
  });

  it('measures a regressor as the reference does', async () => {
    const chain = await createChain(gw.client, 'regression');
    const { createModel } = await gw.client.data(CreateModelDocument, {
      input: { teamId: chain.team.id, name: 'income-value', taskType: 'REGRESSION' },
    });
    const next = random(9);
    const rows = Array.from({ length: 250 }, () => {
      const income = Math.floor(next() * 40) / 4;
      const age = Math.floor(next() * 40) / 4;
      return { income, age, value: 2 * income - age + 0.5 + (Math.floor(next() * 9) - 4) / 8 };
    });
    const body = rows.map((r) => JSON.stringify(r)).join('\n');
    const set = await datasetWithRows(
      chain.team.id,
      'values',
      [
        { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'age', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'value', dtype: 'FLOAT32', role: 'LABEL' },
      ],
      body,
      rows.length,
      'application/x-ndjson',
    );
    const artifact = await uploadModel(gw.gateway.url, admin, await tinyRegressorFiles());
    const { registerModelVersion: version } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(createModel.id, chain.run.id),
        artifact,
        signature: {
          inputs: [
            { name: 'income', dtype: 'FLOAT32', shape: [] },
            { name: 'age', dtype: 'FLOAT32', shape: [] },
          ],
          outputs: [{ name: 'value', dtype: 'FLOAT32', shape: [1] }],
          classLabels: [],
        },
        metrics: [{ name: 'rmse', value: 0.1 }],
        fairnessMetrics: [],
      },
    });
    const { evaluateModelVersion } = await gw.client.data(EvaluateModelVersionDocument, {
      input: { modelVersionId: version.id, datasetVersionId: set.id },
    });
    const { regression } = await finished(evaluateModelVersion.id);
    // value = 2·income − age + 0.5 exactly, for inputs on a quarter grid.
    const errors = rows.map((r) => 2 * r.income - r.age + 0.5 - r.value);
    const mean = rows.reduce((s, r) => s + r.value, 0) / rows.length;
    close(regression!.rmse, Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / rows.length), 'RMSE');
    close(regression!.mae, errors.reduce((s, e) => s + Math.abs(e), 0) / rows.length, 'MAE');
    close(
      regression!.r2,
      1 - errors.reduce((s, e) => s + e * e, 0) / rows.reduce((s, r) => s + (r.value - mean) ** 2, 0),
      'R²',
    );
  });

  it('measures an image classifier on images sent as arrays', async () => {
    const chain = await createChain(gw.client, 'images');
    const version = await registerBarsVersion(gw, chain.team.id, 'bars-measured', chain.run.id);
    const images = barImages(60, 99);
    const body = images
      .map((image) =>
        JSON.stringify({ pixels: image.pixels, orientation: image.label === 0 ? 'horizontal' : 'vertical' }),
      )
      .join('\n');
    const set = await datasetWithRows(
      chain.team.id,
      'bars-holdout',
      [
        { name: 'pixels', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'orientation', dtype: 'STRING', role: 'LABEL' },
      ],
      body,
      images.length,
      'application/x-ndjson',
    );
    const { evaluateModelVersion } = await gw.client.data(EvaluateModelVersionDocument, {
      input: { modelVersionId: version.id, datasetVersionId: set.id },
    });
    const { classification } = await finished(evaluateModelVersion.id);
    assert.deepEqual(
      classification!.perClass.map((c) => [c.label, c.support]),
      [
        ['horizontal', images.filter((i) => i.label === 0).length],
        ['vertical', images.filter((i) => i.label === 1).length],
      ],
    );
    assert.ok(classification!.accuracy >= 0.9, `the bars CNN tells bars apart: accuracy ${classification!.accuracy}`);
  });

  it('refuses what cannot be evaluated, saying why, and records nothing', async () => {
    const chain = await createChain(gw.client, 'refusals');
    const noRows = await gw.client.error(EvaluateModelVersionDocument, {
      input: { modelVersionId: chain.modelVersion.id, datasetVersionId: chain.datasetVersion.id },
    });
    assert.equal(noRows.extensions?.code, 'FAILED_PRECONDITION');
    assert.match(noRows.message, /has no rows to evaluate on; upload them first/);

    const strange = await datasetWithRows(
      chain.team.id,
      'strange-labels',
      [
        { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'age', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'outcome', dtype: 'STRING', role: 'LABEL' },
      ],
      'income,age,outcome\n1,2,repaid\n3,4,bankrupt',
      2,
    );
    const unknownClass = await gw.client.error(EvaluateModelVersionDocument, {
      input: { modelVersionId: chain.modelVersion.id, datasetVersionId: strange.id },
    });
    assert.equal(unknownClass.extensions?.code, 'BAD_USER_INPUT');
    assert.match(unknownClass.message, /row 2: label "bankrupt" is none of the model's classes \(repaid, default\)/);

    const missing = await datasetWithRows(
      chain.team.id,
      'no-age',
      [
        { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'outcome', dtype: 'STRING', role: 'LABEL' },
      ],
      'income,outcome\n1,repaid',
      1,
    );
    const noInput = await gw.client.error(EvaluateModelVersionDocument, {
      input: { modelVersionId: chain.modelVersion.id, datasetVersionId: missing.id },
    });
    assert.equal(noInput.extensions?.code, 'BAD_USER_INPUT');
    assert.match(noInput.message, /no column for input "age"/);

    // A data scientist of another team may evaluate nothing of this one, nor see that it exists.
    const outsider = await gw.as({ user: 'olga', roles: ['data-scientist'], teams: ['team-other'] });
    const foreign = await outsider.error(EvaluateModelVersionDocument, {
      input: { modelVersionId: chain.modelVersion.id, datasetVersionId: strange.id },
    });
    assert.equal(foreign.extensions?.code, 'NOT_FOUND');
    const { modelVersion } = await gw.client.data(ModelVersionEvaluationsDocument, { id: chain.modelVersion.id });
    assert.deepEqual(modelVersion.evaluations, [], 'nothing recorded');
  });

  it('cancels an evaluation, and refuses to cancel one that has ended', async () => {
    const chain = await createChain(gw.client, 'cancel');
    // Long enough that the first is still running when the second is cancelled.
    const rows = Array.from({ length: 100_000 }, (_, i) => `${i % 7},${i % 5},${i % 2 ? 'repaid' : 'default'}`);
    const set = await datasetWithRows(
      chain.team.id,
      'long',
      [
        { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'age', dtype: 'FLOAT32', role: 'FEATURE' },
        { name: 'outcome', dtype: 'STRING', role: 'LABEL' },
      ],
      ['income,age,outcome', ...rows].join('\n'),
      rows.length,
    );
    const input = { modelVersionId: chain.modelVersion.id, datasetVersionId: set.id };
    const { evaluateModelVersion: first } = await gw.client.data(EvaluateModelVersionDocument, { input });
    const { evaluateModelVersion: second } = await gw.client.data(EvaluateModelVersionDocument, { input });
    // One runs at a time: the second waits, and is cancelled before it starts.
    const { cancelEvaluation } = await gw.client.data(CancelEvaluationDocument, { id: second.id });
    assert.equal(cancelEvaluation.status, 'CANCELLED');
    await finished(first.id);
    const ended = await gw.client.error(CancelEvaluationDocument, { id: first.id });
    assert.equal(ended.extensions?.code, 'FAILED_PRECONDITION');
    const { node } = await gw.client.data(EvaluationDocument, { id: second.id });
    assert.equal((node as EvaluationFieldsFragment).status, 'CANCELLED');
  });
});
