import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnonymizationStatus, FeatureRole, type DatasetVersion } from '../../src/domain/datasets/dataset.entity';
import type { Run } from '../../src/domain/experiments/experiment.entity';
import {
  evaluateGate,
  evaluateGates,
  gateKinds,
  loadGates,
  type Gate,
  type GateEvidence,
  type GatePolicy,
} from '../../src/domain/governance/gates/index';
import { GateStage } from '../../src/domain/models/gate-result';
import {
  LifecycleState,
  TaskType,
  type FairnessMetric,
  type ModelCard,
  type ModelVersion,
} from '../../src/domain/models/model.entity';
import { shippedPolicies } from '../support/policies';

/** A model version as the gates read it: its card, metrics and fairness measurements. */
const versionWith = (
  fields: {
    modelCard?: ModelCard;
    metrics?: { name: string; value: number }[];
    fairnessMetrics?: FairnessMetric[];
  } = {},
) => ({ modelCard: {}, metrics: [], fairnessMetrics: [], ...fields }) as unknown as ModelVersion;

/** A training dataset version: its dataset's id, number, treatment of personal data and columns. */
const trainingVersion = (
  datasetId: string,
  version: number,
  anonymization: AnonymizationStatus,
  features: { name: string; role: FeatureRole; pii?: boolean }[] = [],
) =>
  ({
    dataset: { id: datasetId },
    version,
    anonymization,
    features: features.map((feature) => ({ pii: false, ...feature })),
  }) as unknown as DatasetVersion;

const run = { id: '3f0c2a52-6f7e-4c44-9a55-2b1c3d4e5f60', name: 'nightly-42' } as unknown as Run;

const evidence = (fields: Partial<GateEvidence> = {}): GateEvidence => ({
  version: versionWith(),
  taskType: TaskType.CLASSIFICATION,
  run,
  trainingData: [trainingVersion('d-customers', 1, AnonymizationStatus.NOT_APPLICABLE)],
  datasetNames: new Map([['d-customers', 'customers']]),
  evaluations: [],
  ...fields,
});

describe('gate kinds', () => {
  it('are the five kinds policies/gates.yaml may name', () => {
    assert.deepEqual(Object.keys(gateKinds).sort(), ['fairness', 'lineage', 'metric', 'modelCard', 'noRawPii']);
  });
});

describe('modelCard gate', () => {
  const gate: Gate = { check: 'modelCard', require: ['intendedUse', 'limitations', 'trainingProcedure'] };

  it('passes when every required field is filled in', () => {
    const card = {
      intendedUse: 'Churn risk of retail customers.',
      limitations: 'Not for credit.',
      trainingProcedure: 'GBM',
    };
    assert.deepEqual(evaluateGate(gate, evidence({ version: versionWith({ modelCard: card }) })), {
      gate: 'modelCard',
      passed: true,
      reason: 'The model card has intendedUse, limitations, trainingProcedure.',
    });
  });

  it('fails naming each field that is missing, empty or only blanks, in the order required', () => {
    const card = { intendedUse: 'Churn risk.', limitations: '  \n\t', ethicalConsiderations: 'Reviewed.' };
    assert.deepEqual(evaluateGate(gate, evidence({ version: versionWith({ modelCard: card }) })), {
      gate: 'modelCard',
      passed: false,
      reason: 'The model card lacks limitations, trainingProcedure.',
    });
    const empty = evaluateGate(gate, evidence({ version: versionWith({ modelCard: {} }) }));
    assert.equal(empty.passed, false);
    assert.equal(empty.reason, 'The model card lacks intendedUse, limitations, trainingProcedure.');
    assert.equal(
      evaluateGate(
        gate,
        evidence({
          version: versionWith({ modelCard: { intendedUse: '', limitations: 'x', trainingProcedure: 'y' } }),
        }),
      ).reason,
      'The model card lacks intendedUse.',
    );
  });
});

describe('lineage gate', () => {
  const gate: Gate = { check: 'lineage' };

  it('passes when the version names its run and the run its dataset versions', () => {
    assert.deepEqual(evaluateGate(gate, evidence()), {
      gate: 'lineage',
      passed: true,
      reason: 'Trained by run nightly-42 on 1 dataset version(s).',
    });
    // A run without a name is named by its id.
    const unnamed = { id: '3f0c2a52-6f7e-4c44-9a55-2b1c3d4e5f61' } as unknown as Run;
    const two = [
      trainingVersion('d-a', 1, AnonymizationStatus.NOT_APPLICABLE),
      trainingVersion('d-b', 4, AnonymizationStatus.ANONYMIZED),
    ];
    assert.equal(
      evaluateGate(gate, evidence({ run: unnamed, trainingData: two })).reason,
      'Trained by run 3f0c2a52-6f7e-4c44-9a55-2b1c3d4e5f61 on 2 dataset version(s).',
    );
  });

  it('fails without a run, or with a run that names no training data', () => {
    assert.deepEqual(evaluateGate(gate, evidence({ run: undefined, trainingData: [] })), {
      gate: 'lineage',
      passed: false,
      reason: 'The version names no run, so nothing says what it was trained on.',
    });
    assert.deepEqual(evaluateGate(gate, evidence({ trainingData: [] })), {
      gate: 'lineage',
      passed: false,
      reason: 'Its run names no dataset version it trained on.',
    });
  });
});

describe('noRawPii gate', () => {
  const gate: Gate = { check: 'noRawPii' };

  it('passes when no training dataset version holds personal data left as it was', () => {
    const treated = [
      trainingVersion('d-a', 1, AnonymizationStatus.NOT_APPLICABLE),
      trainingVersion('d-b', 2, AnonymizationStatus.PSEUDONYMIZED),
      trainingVersion('d-c', 3, AnonymizationStatus.ANONYMIZED),
    ];
    assert.deepEqual(evaluateGate(gate, evidence({ trainingData: treated })), {
      gate: 'noRawPii',
      passed: true,
      reason: 'No training data holds un-anonymised personal data.',
    });
    assert.equal(evaluateGate(gate, evidence({ trainingData: [] })).passed, true, 'nothing to hold any');
  });

  it('fails naming the raw datasets the caller may read, and only counting the others', () => {
    const trainingData = [
      trainingVersion('d-visits', 7, AnonymizationStatus.NONE),
      trainingVersion('d-clean', 1, AnonymizationStatus.ANONYMIZED),
      trainingVersion('d-secret', 2, AnonymizationStatus.NONE),
      trainingVersion('d-hidden', 5, AnonymizationStatus.NONE),
    ];
    // The caller may read visits and clean; not secret or hidden.
    const datasetNames = new Map([
      ['d-visits', 'visits'],
      ['d-clean', 'clean'],
    ]);
    const outcome = evaluateGate(gate, evidence({ trainingData, datasetNames }));
    assert.deepEqual(outcome, {
      gate: 'noRawPii',
      passed: false,
      reason:
        'Trained on personal data that was not anonymised: visits v7, a dataset you cannot see, a dataset you cannot see.',
    });
    assert.ok(!outcome.reason.includes('secret') && !outcome.reason.includes('hidden'));
    assert.ok(!outcome.reason.includes('d-'), 'no dataset id leaks either');
  });
});

describe('metric gate', () => {
  const auc = (value: number) =>
    evidence({
      version: versionWith({
        metrics: [
          { name: 'loss', value: 9 },
          { name: 'auc', value },
        ],
      }),
    });

  it('passes within the bounds, at them included', () => {
    const gate: Gate = { check: 'metric', metric: 'auc', min: 0.8 };
    assert.deepEqual(evaluateGate(gate, auc(0.85)), {
      gate: 'metric:auc',
      passed: true,
      observed: 0.85,
      threshold: 0.8,
      reason: 'auc 0.85 is within bounds.',
    });
    assert.equal(evaluateGate(gate, auc(0.8)).passed, true, 'the minimum itself');
    const rmse: Gate = { check: 'metric', metric: 'auc', max: 0.9 };
    assert.equal(evaluateGate(rmse, auc(0.9)).passed, true, 'the maximum itself');
    const both: Gate = { check: 'metric', metric: 'auc', min: 0.5, max: 0.9 };
    assert.deepEqual(evaluateGate(both, auc(0.7)), {
      gate: 'metric:auc',
      passed: true,
      observed: 0.7,
      threshold: 0.5,
      reason: 'auc 0.7 is within bounds.',
    });
  });

  it('fails below the minimum', () => {
    assert.deepEqual(evaluateGate({ check: 'metric', metric: 'auc', min: 0.8 }, auc(0.79)), {
      gate: 'metric:auc',
      passed: false,
      observed: 0.79,
      threshold: 0.8,
      reason: 'auc 0.79 is below the minimum 0.8.',
    });
  });

  it('fails above the maximum, holding the maximum as its threshold', () => {
    assert.deepEqual(evaluateGate({ check: 'metric', metric: 'auc', min: 0.5, max: 0.9 }, auc(0.95)), {
      gate: 'metric:auc',
      passed: false,
      observed: 0.95,
      threshold: 0.9,
      reason: 'auc 0.95 is above the maximum 0.9.',
    });
  });

  it('fails when the version does not report the metric', () => {
    const outcome = evaluateGate({ check: 'metric', metric: 'f1', min: 0.6 }, auc(0.9));
    assert.deepEqual(outcome, {
      gate: 'metric:f1',
      passed: false,
      threshold: 0.6,
      reason: 'The version reports no f1.',
    });
    assert.equal(
      evaluateGate({ check: 'metric', metric: 'rmse', max: 1 }, evidence()).reason,
      'The version reports no rmse.',
    );
  });
});

describe('fairness gate', () => {
  const gate: Gate = { check: 'fairness', metric: 'demographic_parity_difference', max: 0.1 };
  const sensitive = (...names: string[]) => [
    trainingVersion('d-customers', 1, AnonymizationStatus.PSEUDONYMIZED, [
      { name: 'income', role: FeatureRole.FEATURE },
      { name: 'churned', role: FeatureRole.LABEL },
      ...names.map((name) => ({ name, role: FeatureRole.SENSITIVE })),
    ]),
  ];
  const dpd = (sensitiveFeature: string, value: number, group?: string): FairnessMetric => ({
    metric: 'demographic_parity_difference',
    sensitiveFeature,
    value,
    ...(group === undefined ? {} : { group }),
  });

  it('passes with every sensitive feature measured within the bound, giving the worst magnitude', () => {
    const version = versionWith({ fairnessMetrics: [dpd('sex', 0.04), dpd('age_band', -0.08)] });
    assert.deepEqual(evaluateGate(gate, evidence({ version, trainingData: sensitive('sex', 'age_band') })), {
      gate: 'fairness:demographic_parity_difference',
      passed: true,
      // |−0.08| > |0.04|: the worst is 0.08.
      observed: 0.08,
      threshold: 0.1,
      reason: 'demographic_parity_difference is at most 0.08 across sex, age_band.',
    });
    const atBound = versionWith({ fairnessMetrics: [dpd('sex', 0.1)] });
    assert.equal(evaluateGate(gate, evidence({ version: atBound, trainingData: sensitive('sex') })).passed, true);
  });

  it('passes when the training data has no sensitive feature and nothing was measured', () => {
    assert.deepEqual(evaluateGate(gate, evidence({ trainingData: sensitive() })), {
      gate: 'fairness:demographic_parity_difference',
      passed: true,
      threshold: 0.1,
      reason: 'The training data has no sensitive feature to compare groups on.',
    });
  });

  it('fails naming each sensitive feature (over every training dataset version, once each) not measured', () => {
    const trainingData = [
      ...sensitive('sex', 'age_band'),
      trainingVersion('d-regions', 3, AnonymizationStatus.NOT_APPLICABLE, [
        { name: 'region', role: FeatureRole.SENSITIVE },
        { name: 'sex', role: FeatureRole.SENSITIVE },
      ]),
    ];
    // sex is measured; age_band only per group (which does not count), region not at all,
    // and the other metric does not count for this one.
    const version = versionWith({
      fairnessMetrics: [
        dpd('sex', 0.01),
        dpd('age_band', 0.02, '18-25'),
        { metric: 'equalized_odds_difference', sensitiveFeature: 'region', value: 0.01 },
      ],
    });
    assert.deepEqual(evaluateGate(gate, evidence({ version, trainingData })), {
      gate: 'fairness:demographic_parity_difference',
      passed: false,
      threshold: 0.1,
      reason: 'No demographic_parity_difference reported for the sensitive feature(s) age_band, region.',
    });
  });

  it('fails over the bound, naming the feature with the worst magnitude', () => {
    const version = versionWith({ fairnessMetrics: [dpd('sex', 0.05), dpd('age_band', -0.25), dpd('region', 0.2)] });
    assert.deepEqual(evaluateGate(gate, evidence({ version, trainingData: sensitive('sex', 'age_band', 'region') })), {
      gate: 'fairness:demographic_parity_difference',
      passed: false,
      observed: 0.25,
      threshold: 0.1,
      reason: 'demographic_parity_difference across age_band is 0.25, above the bound 0.1.',
    });
  });
});

describe('evaluateGates', () => {
  /** The gates of the shipped policies/gates.yaml, written out here so the expectations do not move with it. */
  const policy: GatePolicy = {
    approval: { quorum: 2 },
    deployments: { stagingStates: [LifecycleState.IN_REVIEW, LifecycleState.APPROVED] },
    gates: {
      CLASSIFICATION: {
        submit: [
          { check: 'modelCard', require: ['intendedUse', 'limitations'] },
          { check: 'lineage' },
          { check: 'noRawPii' },
        ],
        approve: [
          { check: 'metric', metric: 'auc', min: 0.8 },
          { check: 'fairness', metric: 'demographic_parity_difference', max: 0.1 },
        ],
      },
      REGRESSION: { submit: [], approve: [{ check: 'metric', metric: 'rmse', max: 1.0 }] },
    },
  };

  it('reads the same gates from the shipped policies/gates.yaml', () => {
    const shipped = loadGates(shippedPolicies);
    assert.deepEqual(shipped.gates.CLASSIFICATION, policy.gates.CLASSIFICATION);
    assert.deepEqual(shipped.gates.REGRESSION!.approve, policy.gates.REGRESSION!.approve);
  });

  /** Evidence that passes every shipped gate of a classifier. */
  const good = () =>
    evidence({
      version: versionWith({
        modelCard: { intendedUse: 'Churn risk.', limitations: 'Retail only.' },
        metrics: [{ name: 'auc', value: 0.91 }],
        fairnessMetrics: [{ metric: 'demographic_parity_difference', sensitiveFeature: 'sex', value: 0.03 }],
      }),
      trainingData: [
        trainingVersion('d-customers', 1, AnonymizationStatus.PSEUDONYMIZED, [
          { name: 'sex', role: FeatureRole.SENSITIVE, pii: true },
        ]),
      ],
    });

  it("runs the policy's gates of the task type and stage, in order, stamped with both", () => {
    const submit = evaluateGates(policy, GateStage.SUBMIT, good());
    assert.deepEqual(
      submit.map((result) => [result.gate, result.stage, result.passed]),
      [
        ['modelCard', GateStage.SUBMIT, true],
        ['lineage', GateStage.SUBMIT, true],
        ['noRawPii', GateStage.SUBMIT, true],
      ],
    );
    assert.ok(submit.every((result) => result.evaluatedAt instanceof Date));
    assert.equal(new Set(submit.map((result) => result.evaluatedAt)).size, 1, 'one time for the whole stage');

    const approve = evaluateGates(policy, GateStage.APPROVE, good());
    assert.deepEqual(
      approve.map((result) => [result.gate, result.stage, result.passed, result.observed]),
      [
        ['metric:auc', GateStage.APPROVE, true, 0.91],
        ['fairness:demographic_parity_difference', GateStage.APPROVE, true, 0.03],
      ],
    );
  });

  it('reports every gate, failed ones with their reasons, not only the first failure', () => {
    const bad = evidence({
      run: undefined,
      trainingData: [],
      version: versionWith({ metrics: [{ name: 'auc', value: 0.6 }] }),
    });
    assert.deepEqual(
      evaluateGates(policy, GateStage.SUBMIT, bad).map(({ gate, passed, reason }) => ({ gate, passed, reason })),
      [
        { gate: 'modelCard', passed: false, reason: 'The model card lacks intendedUse, limitations.' },
        {
          gate: 'lineage',
          passed: false,
          reason: 'The version names no run, so nothing says what it was trained on.',
        },
        { gate: 'noRawPii', passed: true, reason: 'No training data holds un-anonymised personal data.' },
      ],
    );
    const approve = evaluateGates(policy, GateStage.APPROVE, bad);
    assert.equal(approve[0]!.reason, 'auc 0.6 is below the minimum 0.8.');
  });

  it("takes each task type's own gates, and none for a task type the policy leaves out", () => {
    const regression = evidence({
      taskType: TaskType.REGRESSION,
      version: versionWith({ metrics: [{ name: 'rmse', value: 1.5 }] }),
    });
    assert.deepEqual(
      evaluateGates(policy, GateStage.APPROVE, regression).map(({ gate, passed, reason }) => ({
        gate,
        passed,
        reason,
      })),
      [{ gate: 'metric:rmse', passed: false, reason: 'rmse 1.5 is above the maximum 1.' }],
    );
    const withoutRegression: GatePolicy = { ...policy, gates: { CLASSIFICATION: policy.gates.CLASSIFICATION } };
    assert.deepEqual(evaluateGates(withoutRegression, GateStage.APPROVE, regression), []);
    assert.deepEqual(evaluateGates(withoutRegression, GateStage.SUBMIT, regression), []);
  });
});

describe('gates on measured values', () => {
  const holdout = {
    evaluationId: 'RXZhbHVhdGlvbjox',
    datasetSha256: 'a'.repeat(64),
    datasetName: 'holdout',
    datasetVisible: true,
    metrics: [{ name: 'roc_auc', value: 0.62 }],
    fairness: [{ metric: 'demographic_parity_difference', sensitiveFeature: 'group', value: 0.3 }],
  };
  const older = {
    ...holdout,
    evaluationId: 'RXZhbHVhdGlvbjoy',
    datasetName: 'audit-set',
    metrics: [{ name: 'roc_auc', value: 0.95 }],
  };
  // The version claims 0.91; what the gateway measured is what counts.
  const claimed = versionWith({ metrics: [{ name: 'roc_auc', value: 0.91 }] });

  it('reads the newest evaluation, not the claim, and records which one', () => {
    const gate = { check: 'metric', metric: 'roc_auc', min: 0.8, source: 'measured' } as const;
    assert.deepEqual(evaluateGate(gate, evidence({ version: claimed, evaluations: [holdout, older] })), {
      gate: 'metric:roc_auc',
      passed: false,
      observed: 0.62,
      threshold: 0.8,
      evaluationId: holdout.evaluationId,
      evaluationSha256: holdout.datasetSha256,
      reason: 'roc_auc measured on holdout 0.62 is below the minimum 0.8.',
    });
    assert.equal(
      evaluateGate({ ...gate, source: undefined }, evidence({ version: claimed })).passed,
      true,
      'claimed by default',
    );
  });

  it('takes the evaluation on the set the gate names, and says when there is none', () => {
    const gate = {
      check: 'metric',
      metric: 'roc_auc',
      min: 0.8,
      source: 'measured',
      evaluationSet: 'audit-set',
    } as const;
    const onAudit = evaluateGate(gate, evidence({ version: claimed, evaluations: [holdout, older] }));
    assert.equal(onAudit.passed, true);
    assert.equal(onAudit.evaluationId, older.evaluationId);
    assert.deepEqual(evaluateGate(gate, evidence({ version: claimed, evaluations: [holdout] })), {
      gate: 'metric:roc_auc',
      passed: false,
      threshold: 0.8,
      reason: 'The gateway has not evaluated the version on audit-set (evaluateModelVersion).',
    });
    assert.equal(
      evaluateGate({ ...gate, evaluationSet: undefined }, evidence({ version: claimed })).reason,
      'The gateway has not evaluated the version on any evaluation set (evaluateModelVersion).',
    );
    assert.equal(
      evaluateGate({ ...gate, metric: 'rmse', evaluationSet: undefined }, evidence({ evaluations: [holdout] })).reason,
      'The evaluation measured no rmse.',
    );
  });

  it('does not name an evaluation set the caller may not read', () => {
    const gate = { check: 'metric', metric: 'roc_auc', min: 0.5, source: 'measured' } as const;
    assert.equal(
      evaluateGate(gate, evidence({ evaluations: [{ ...holdout, datasetVisible: false }] })).reason,
      'roc_auc measured on an evaluation set you cannot see 0.62 is within bounds.',
    );
  });

  it('holds measured fairness to its bound for every sensitive feature of the training data', () => {
    const gate = { check: 'fairness', metric: 'demographic_parity_difference', max: 0.1, source: 'measured' } as const;
    const trained = [
      trainingVersion('d-customers', 1, AnonymizationStatus.NOT_APPLICABLE, [
        { name: 'group', role: FeatureRole.SENSITIVE },
      ]),
    ];
    assert.deepEqual(evaluateGate(gate, evidence({ trainingData: trained, evaluations: [holdout] })), {
      gate: 'fairness:demographic_parity_difference',
      passed: false,
      observed: 0.3,
      threshold: 0.1,
      evaluationId: holdout.evaluationId,
      evaluationSha256: holdout.datasetSha256,
      reason: 'demographic_parity_difference measured on holdout across group is 0.3, above the bound 0.1.',
    });
    const withoutGroups = { ...holdout, fairness: [] };
    assert.equal(
      evaluateGate(gate, evidence({ trainingData: trained, evaluations: [withoutGroups] })).reason,
      'No demographic_parity_difference measured on holdout for the sensitive feature(s) group.',
    );
  });
});
