import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AuditEventsDocument,
  CreateDeploymentDocument,
  PredictDocument,
  PredictExplainedDocument,
  RegisterModelVersionDocument,
  UpdateDeploymentExplanationsDocument,
  type RegisterDatasetVersionInput,
} from '../../src/client/generated/graphql';
import type { GraphQLClient } from '../support/client';
import {
  approveVersion,
  classifierVersion,
  createChain,
  creditDatasetVersion,
  deploy,
  registerBarsVersion,
  serviceClient,
} from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { linearModelFiles, uploadModel } from '../support/models';

/** Training data whose reference statistics cover both inputs of the test model, with `age` personal (pseudonymised). */
function profiledVersion(datasetId: string): RegisterDatasetVersionInput {
  return {
    ...creditDatasetVersion(datasetId),
    features: [
      { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
      { name: 'age', dtype: 'FLOAT32', role: 'FEATURE', pii: true },
      { name: 'default', dtype: 'BOOL', role: 'LABEL' },
    ],
    statistics: [
      { feature: 'income', mean: 2, quantiles: [{ q: 0.5, value: 1.5 }] },
      { feature: 'age', mean: -1, quantiles: [{ q: 0.5, value: -0.5 }] },
    ],
    anonymization: 'PSEUDONYMIZED',
  };
}

describe('explanation baselines, deployment defaults and redaction', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  let service: GraphQLClient;
  const instance = { income: 4, age: -2 };
  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'explain', 'CONFIDENTIAL', profiledVersion);
    await deploy(gw, chain.team.id, 'explained', chain.modelVersion.id);
    service = await serviceClient(gw, chain.team.id, 'explainer', ['explained']);
  });
  after(() => gw?.stop());

  it("measures from the training data's means by default, or its medians, or zero, as asked", async () => {
    const { predict } = await gw.client.data(PredictExplainedDocument, {
      deployment: 'explained',
      instances: [instance],
      steps: 64,
    });
    const [explanation] = predict.explanations;
    assert.equal(explanation!.baselineSource, 'TRAINING_MEAN');
    assert.deepEqual(explanation!.baseline, { income: 2, age: -1 });
    // The output at the baseline is the model's own answer for the baseline instance.
    const atMean = await gw.client.data(PredictDocument, {
      deployment: 'explained',
      instances: [{ income: 2, age: -1 }],
    });
    assert.ok(
      Math.abs(explanation!.outputAtBaseline - atMean.predict.outputs[0]!.scores![explanation!.target]!) < 1e-5,
    );
    assert.ok(
      explanation!.completenessGap! < 0.01 * Math.abs(explanation!.outputAtInput - explanation!.outputAtBaseline),
    );

    const median = await gw.client.data(PredictExplainedDocument, {
      deployment: 'explained',
      instances: [instance],
      baselineFrom: 'TRAINING_MEDIAN',
    });
    assert.equal(median.predict.explanations[0]!.baselineSource, 'TRAINING_MEDIAN');
    assert.deepEqual(median.predict.explanations[0]!.baseline, { income: 1.5, age: -0.5 });
    const zero = await gw.client.data(PredictExplainedDocument, {
      deployment: 'explained',
      instances: [instance],
      baselineFrom: 'ZERO',
    });
    assert.deepEqual(zero.predict.explanations[0]!.baseline, { income: 0, age: 0 });
    const custom = await gw.client.data(PredictExplainedDocument, {
      deployment: 'explained',
      instances: [instance],
      baseline: { income: 3, age: 3 },
    });
    assert.equal(custom.predict.explanations[0]!.baselineSource, 'CUSTOM');
    assert.deepEqual(custom.predict.explanations[0]!.baseline, { income: 3, age: 3 });

    const both = await gw.client.error(PredictExplainedDocument, {
      deployment: 'explained',
      instances: [instance],
      baselineFrom: 'ZERO',
      baseline: { income: 3, age: 3 },
    });
    assert.equal(both.extensions?.code, 'BAD_USER_INPUT');
    assert.match(both.message, /^baselineFrom: is ZERO, but baseline values were given too/);
    const unknown = await gw.client.send(
      JSON.stringify({
        query:
          '{ predict(deployment: "explained", instances: [{ income: 1, age: 1 }]) { explanations(method: SHAPLEY) { method } } }',
      }),
    );
    assert.equal(unknown.errors![0]!.extensions?.code, 'BAD_USER_INPUT');
    assert.match(unknown.errors![0]!.message, /^Value "SHAPLEY" does not exist in "ExplanationMethod" enum/);
  });

  it('falls back to zeros where the training data has no mean for an input, and says so; refuses when the mean was asked for', async () => {
    // creditDatasetVersion has statistics for income only.
    const sparse = await createChain(gw.client, 'sparse');
    await deploy(gw, sparse.team.id, 'sparse', sparse.modelVersion.id);
    const { predict } = await gw.client.data(PredictExplainedDocument, { deployment: 'sparse', instances: [instance] });
    assert.equal(predict.explanations[0]!.baselineSource, 'ZERO');
    assert.deepEqual(predict.explanations[0]!.baseline, { income: 0, age: 0 });
    const asked = await gw.client.error(PredictExplainedDocument, {
      deployment: 'sparse',
      instances: [instance],
      baselineFrom: 'TRAINING_MEAN',
    });
    assert.equal(asked.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(
      asked.message,
      'baselineFrom: the training data of this model version has no mean for age; pass baseline values instead.',
    );
  });

  it("explains with the deployment's defaults, which callers override within their role's limits", async () => {
    const { updateDeploymentExplanations: updated } = await gw.client.data(UpdateDeploymentExplanationsDocument, {
      input: { name: 'explained', explanationDefaults: { method: 'KERNEL_SHAP', seed: 7, baseline: 'ZERO' } },
    });
    assert.deepEqual(updated.explanationDefaults, {
      method: 'KERNEL_SHAP',
      steps: null,
      samples: null,
      seed: 7,
      patch: null,
      baseline: 'ZERO',
    });
    const byDefault = (
      await gw.client.data(PredictExplainedDocument, { deployment: 'explained', instances: [instance] })
    ).predict.explanations[0]!;
    assert.deepEqual([byDefault.method, byDefault.seed, byDefault.baselineSource], ['KERNEL_SHAP', 7, 'ZERO']);
    const overridden = (
      await gw.client.data(PredictExplainedDocument, {
        deployment: 'explained',
        instances: [instance],
        method: 'INTEGRATED_GRADIENTS',
      })
    ).predict.explanations[0]!;
    assert.deepEqual(
      [overridden.method, overridden.steps, overridden.baselineSource],
      ['INTEGRATED_GRADIENTS', 32, 'ZERO'],
    );

    // A generous default is still cut to a service key's cap (policies/explanations.yaml: 64 steps).
    await gw.client.data(UpdateDeploymentExplanationsDocument, {
      input: { name: 'explained', explanationDefaults: { steps: 200 } },
    });
    assert.equal(
      (await service.data(PredictExplainedDocument, { deployment: 'explained', instances: [instance] })).predict
        .explanations[0]!.steps,
      64,
    );
    assert.equal(
      (await gw.client.data(PredictExplainedDocument, { deployment: 'explained', instances: [instance] })).predict
        .explanations[0]!.steps,
      200,
    );

    const { auditEvents } = await gw.client.data(AuditEventsDocument, {
      filter: { actionIn: ['updateDeploymentExplanations'] },
    });
    assert.equal(auditEvents.totalCount, 2, 'every change of defaults is audited');

    // A default that does not fit the answering model (OCCLUSION is for images) is passed over.
    await gw.client.data(UpdateDeploymentExplanationsDocument, {
      input: { name: 'explained', explanationDefaults: { method: 'OCCLUSION' } },
    });
    assert.equal(
      (await gw.client.data(PredictExplainedDocument, { deployment: 'explained', instances: [instance] })).predict
        .explanations[0]!.method,
      'INTEGRATED_GRADIENTS',
    );

    const badSteps = await gw.client.error(UpdateDeploymentExplanationsDocument, {
      input: { name: 'explained', explanationDefaults: { steps: 0 } },
    });
    assert.equal(badSteps.extensions?.code, 'BAD_USER_INPUT');
    assert.match(badSteps.message, /^input\.explanationDefaults\.steps: must be between 1 and 256, got 0\./);
    const custom = await gw.client.error(UpdateDeploymentExplanationsDocument, {
      input: { name: 'explained', explanationDefaults: { baseline: 'CUSTOM' } },
    });
    assert.match(
      custom.message,
      /^input\.explanationDefaults\.baselineValues: give the baseline values for baseline: CUSTOM/,
    );
    const stray = await gw.client.error(UpdateDeploymentExplanationsDocument, {
      input: { name: 'explained', explanationDefaults: { baselineValues: { income: 1, age: 1 } } },
    });
    assert.match(stray.message, /^input\.explanationDefaults\.baseline: must be CUSTOM when baselineValues are given/);
    const refused = await service.error(UpdateDeploymentExplanationsDocument, {
      input: { name: 'explained', explanationDefaults: {} },
    });
    assert.equal(refused.extensions?.code, 'FORBIDDEN');

    await approveVersion(gw, chain.modelVersion.id);
    const { createDeployment } = await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: chain.team.id,
        name: 'explained-by-shap',
        environment: 'STAGING',
        routes: [{ modelVersionId: chain.modelVersion.id, weight: 100 }],
        explanationDefaults: { method: 'GRADIENT_X_INPUT', baseline: 'TRAINING_MEDIAN' },
      },
    });
    assert.equal(createDeployment.explanationDefaults.method, 'GRADIENT_X_INPUT');
    const fromCreate = (
      await gw.client.data(PredictExplainedDocument, { deployment: 'explained-by-shap', instances: [instance] })
    ).predict.explanations[0]!;
    assert.deepEqual([fromCreate.method, fromCreate.baselineSource], ['GRADIENT_X_INPUT', 'TRAINING_MEDIAN']);
  });

  it('explains a model of one feature vector element by element, from per-element statistics, redacting a personal element', async () => {
    const vector = (datasetId: string): RegisterDatasetVersionInput => ({
      ...creditDatasetVersion(datasetId),
      features: [0, 1, 2].map((i) => ({
        name: `features.${i}`,
        dtype: 'FLOAT32' as const,
        role: 'FEATURE' as const,
        pii: i === 1,
      })),
      statistics: [0, 1, 2].map((i) => ({ feature: `features.${i}`, mean: 0.5 })),
      anonymization: 'PSEUDONYMIZED',
    });
    const linear = await createChain(gw.client, 'vector', 'CONFIDENTIAL', vector);
    const artifact = await uploadModel(
      gw.gateway.url,
      `Bearer ${await gw.token({ user: 'ops', roles: ['admin'] })}`,
      await linearModelFiles(),
    );
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(linear.model.id, linear.run.id),
        artifact,
        signature: {
          inputs: [{ name: 'features', dtype: 'FLOAT32', shape: [3] }],
          outputs: [{ name: 'scores', dtype: 'FLOAT32', shape: [2] }],
          classLabels: ['a', 'b'],
        },
      },
    });
    await deploy(gw, linear.team.id, 'vector', registerModelVersion.id);
    const deployer = await gw.as({ user: 'dora', roles: ['deployer'], teams: [linear.team.name] });

    // f_a(x) = x·[1, 0.5, −1]: for x = [2, 1, −1] from the means 0.5, w·(x − b) = [1.5, 0.25, 1.5].
    const request = {
      deployment: 'vector',
      instances: [{ features: [2, 1, -1] }],
      method: 'INTEGRATED_GRADIENTS' as const,
    };
    const [full] = (await gw.client.data(PredictExplainedDocument, request)).predict.explanations;
    assert.equal(full!.targetLabel, 'a');
    assert.deepEqual(full!.baseline, { features: [0.5, 0.5, 0.5] });
    assert.deepEqual(
      full!.attributions.map((a) => a.feature),
      ['features.0', 'features.1', 'features.2'],
    );
    full!.attributions.forEach((a, i) =>
      assert.ok(Math.abs(a.value! - [1.5, 0.25, 1.5][i]!) < 1e-3, `${a.feature}: ${a.value}`),
    );
    const [redacted] = (await deployer.data(PredictExplainedDocument, request)).predict.explanations;
    assert.deepEqual(
      redacted!.attributions.map((a) => a.value === null),
      [false, true, false],
    );
    assert.deepEqual(redacted!.baseline, { features: [0.5, null, 0.5] });
  });

  it('withholds the whole occlusion map, heatmap included, of an image input that holds personal data', async () => {
    const faces = (datasetId: string): RegisterDatasetVersionInput => ({
      ...creditDatasetVersion(datasetId),
      features: [{ name: 'pixels', dtype: 'FLOAT32', role: 'FEATURE', pii: true }],
      statistics: [],
      anonymization: 'PSEUDONYMIZED',
    });
    const faceChain = await createChain(gw.client, 'faces', 'CONFIDENTIAL', faces);
    const registerModelVersion = await registerBarsVersion(gw, faceChain.team.id, 'faces', faceChain.run.id);
    await deploy(gw, faceChain.team.id, 'faces', registerModelVersion.id);
    const image = Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, () => [r === 3 ? 0.9 : 0.1]));
    const request = { deployment: 'faces', instances: [{ pixels: image }] };
    const [shown] = (await gw.client.data(PredictExplainedDocument, request)).predict.explanations;
    assert.equal(shown!.method, 'OCCLUSION', 'the gateway default for an image model');
    assert.match(shown!.heatmap!, /^data:image\/png;base64,/);
    const deployer = await gw.as({ user: 'dora', roles: ['deployer'], teams: [faceChain.team.name] });
    const [withheld] = (await deployer.data(PredictExplainedDocument, request)).predict.explanations;
    assert.equal(withheld!.attributions.length, 16);
    assert.ok(withheld!.attributions.every((a) => a.redacted && a.value === null));
    assert.equal(withheld!.heatmap, null);
    assert.deepEqual(withheld!.baseline, { pixels: null });
  });

  it('withholds the shares of personal features from callers who may not see which features are personal', async () => {
    const teams = [chain.team.name];
    const callers = {
      deployer: await gw.as({ user: 'dora', roles: ['deployer'], teams }),
      scientist: await gw.as({ user: 'sam', roles: ['data-scientist'], teams }),
      admin: gw.client,
    };
    const seen: Record<string, unknown> = {};
    for (const [who, client] of Object.entries(callers)) {
      const { predict } = await client.data(PredictExplainedDocument, {
        deployment: 'explained',
        instances: [instance],
        method: 'INTEGRATED_GRADIENTS',
        baselineFrom: 'TRAINING_MEAN',
      });
      const explanation = predict.explanations[0]!;
      const age = explanation.attributions.find((a) => a.feature === 'age')!;
      const income = explanation.attributions.find((a) => a.feature === 'income')!;
      assert.equal(income.redacted, false);
      assert.equal(typeof income.value, 'number');
      seen[who] = {
        age: age.value === null ? 'withheld' : 'shown',
        redacted: age.redacted,
        baseline: explanation.baseline,
      };
    }
    assert.deepEqual(seen, {
      deployer: { age: 'withheld', redacted: true, baseline: { income: 2, age: null } },
      scientist: { age: 'shown', redacted: false, baseline: { income: 2, age: -1 } },
      admin: { age: 'shown', redacted: false, baseline: { income: 2, age: -1 } },
    });
  });

  it("never measures a caller's explanations from training statistics it may not read", async () => {
    // A service key reads no dataset version: asked for, the training mean is refused; by default, it gets ZERO, and says so.
    const asked = await service.error(PredictExplainedDocument, {
      deployment: 'explained',
      instances: [instance],
      method: 'INTEGRATED_GRADIENTS',
      baselineFrom: 'TRAINING_MEAN',
    });
    assert.equal(asked.extensions?.code, 'FORBIDDEN');
    assert.match(
      asked.message,
      /training data statistics of this model version \(baselineFrom: TRAINING_MEAN\); ask for ZERO/,
    );
    const { predict } = await service.data(PredictExplainedDocument, {
      deployment: 'explained',
      instances: [instance],
      method: 'INTEGRATED_GRADIENTS',
    });
    assert.equal(predict.explanations[0]!.baselineSource, 'ZERO');
    assert.deepEqual(
      predict.explanations[0]!.baseline,
      { income: 0, age: null },
      'age is personal, so even its zero is withheld',
    );
    // The three-request scan: inputs equal to the hidden mean (income 2) would give a zero share if it were the baseline.
    for (const income of [2, 3, 4]) {
      const scan = await service.data(PredictExplainedDocument, {
        deployment: 'explained',
        instances: [{ income, age: -2 }],
        method: 'INTEGRATED_GRADIENTS',
      });
      const share = scan.predict.explanations[0]!.attributions.find((a) => a.feature === 'income')!.value!;
      assert.ok(
        Math.abs(share) > 1e-6,
        `income ${income} gets a share of its own (${share}), not one measured from the hidden mean`,
      );
    }
  });

  it('explains by GRADIENT_X_INPUT, which uses no baseline, though the training baseline asked for is hidden', async () => {
    const request = {
      deployment: 'explained',
      instances: [instance],
      method: 'GRADIENT_X_INPUT',
      baselineFrom: 'TRAINING_MEAN',
    } as const;
    const [hidden] = (await service.data(PredictExplainedDocument, request)).predict.explanations;
    const [readable] = (await gw.client.data(PredictExplainedDocument, request)).predict.explanations;
    assert.equal(hidden!.method, 'GRADIENT_X_INPUT');
    assert.deepEqual(
      [hidden!.baselineSource, hidden!.baseline],
      ['ZERO', { income: 0, age: null }],
      'the hidden mean is neither used nor shown',
    );
    assert.equal(readable!.baselineSource, 'TRAINING_MEAN', 'a caller who may read the mean gets it');
    const income = (explanation: typeof hidden) =>
      explanation!.attributions.find((a) => a.feature === 'income')!.value!;
    assert.ok(
      Math.abs(income(hidden) - income(readable)) < 1e-6,
      `the same share either way: ${income(hidden)} and ${income(readable)}`,
    );
  });

  it("explains callers who may not read the training data from the deployment's declared baseline", async () => {
    await gw.client.data(UpdateDeploymentExplanationsDocument, {
      input: {
        name: 'explained',
        explanationDefaults: { baseline: 'CUSTOM', baselineValues: { income: 1, age: 0.5 } },
      },
    });
    const { predict } = await service.data(PredictExplainedDocument, {
      deployment: 'explained',
      instances: [instance],
      method: 'INTEGRATED_GRADIENTS',
    });
    assert.equal(predict.explanations[0]!.baselineSource, 'CUSTOM');
    assert.deepEqual(
      predict.explanations[0]!.baseline,
      { income: 1, age: null },
      'the declared values, age withheld as personal',
    );
    await gw.client.data(UpdateDeploymentExplanationsDocument, {
      input: { name: 'explained', explanationDefaults: {} },
    });
  });
});
