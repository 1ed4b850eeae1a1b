import { signToken } from '../authz/jwt';
import {
  ApproveModelVersionDocument,
  CreateApiKeyDocument,
  CreateDatasetDocument,
  CreateDeploymentDocument,
  CreateExperimentDocument,
  CreateModelDocument,
  CreateTeamDocument,
  EvaluateModelVersionDocument,
  EvaluationDocument,
  FinishRunDocument,
  PredictDocument,
  RecordOutcomesDocument,
  LogRunMetricsDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
  StartRunDocument,
  SubmitModelVersionForReviewDocument,
  TeamsDocument,
  type EvaluationFieldsFragment,
  type ExplanationDefaultsInput,
  type FairnessMetricInput,
  type FeatureSpecInput,
  type FeatureStatisticsInput,
  type MetricInput,
  type ModelCardInput,
  type SignatureInput,
  type TaskType,
} from '../client/generated/graphql';
import { GraphQLClient } from '../client/graphql-client';
import type { Config } from '../config';
import { loadBackend } from '../inference/backend';
import type { Logger } from '../telemetry/logger';
import { columnStatistics, type Applicant } from './data';
import {
  barsEvaluationSet,
  barsTable,
  creditEvaluationSet,
  creditTable,
  type EvaluationRowsBody,
} from './evaluation-sets';
import { barsSignature, creditFeatures, creditSignature, trainBarsModel, trainCreditModel } from './train';

/** How long the demo waits for its holdout evaluations before it reports itself ready all the same. */
const EVALUATION_WAIT_MS = 60_000;

/** The query that shows what the gateway measured of the demo's versions, for anyone of the demo team. */
export const DEMO_EVALUATIONS_QUERY =
  '{ models(first: 10) { nodes { name versions { version evaluations { status rows classification { accuracy rocAuc } fairness { sensitiveFeature demographicParityDifference groups { group selectionRate } } } } } } }';

/** What a newcomer can paste once the demo is up. */
export interface DemoReady {
  /** A curl that calls `predict` on the credit-risk deployment with the demo's API key. */
  predict: string;
  /** A curl that reads the versions' measured metrics (ModelVersion.evaluations) with a demo-team viewer's token. */
  evaluations: string;
}

/**
 * The demo a new user meets on the embedded default: modelgate trains two small models itself
 * (a credit-risk classifier with a sensitive attribute, and a CNN on images), and takes them
 * through the gateway like anyone would: datasets, runs, versions, artifacts, evaluation on holdout
 * rows they never trained on, review, deployment. Waits (at most EVALUATION_WAIT_MS) for the
 * evaluations and logs what they measured. Returns ready-to-paste commands, or undefined when the
 * demo is already there.
 */
export async function seedDemo(config: Config, graphqlUrl: string, logger: Logger): Promise<DemoReady | undefined> {
  const as = async (subject: string, roles: string[], teams: string[] = []) =>
    new GraphQLClient(graphqlUrl, {
      authorization: `Bearer ${await signToken(config, { subject, roles, teams }, '1h')}`,
    });
  const admin = await as('modelgate-demo', ['admin']);
  const { teams } = await admin.data(TeamsDocument, { filter: { nameContains: 'demo' } });
  if (teams.totalCount > 0) return undefined;

  const started = Date.now();
  // wasm has no gradients for convolutions: train on native TensorFlow when installed, else plain JS.
  const { tf } = await loadBackend(config.serving.backend === 'tensorflow' ? 'tensorflow' : 'cpu');
  const credit = await trainCreditModel(tf);
  const bars = await trainBarsModel(tf);
  logger.info({ ms: Date.now() - started, credit: credit.metrics, bars: bars.accuracy }, 'demo: trained two models');

  const { createTeam: team } = await admin.data(CreateTeamDocument, {
    input: { name: 'demo', description: 'Models modelgate trained on first start' },
  });
  const scientist = await as('demo-scientist', ['data-scientist'], ['demo']);
  const reviewers = [await as('demo-reviewer-1', ['reviewer']), await as('demo-reviewer-2', ['reviewer'])];

  /**
   * Dataset → version → experiment → run → model → version → evaluation → review → deployment.
   * The evaluation runs in the background while the version goes through review; answers its id.
   */
  const publish = async (spec: {
    name: string;
    taskType: TaskType;
    features: FeatureSpecInput[];
    statistics?: FeatureStatisticsInput[];
    rows: number;
    params: Record<string, string>;
    metrics: MetricInput[];
    fairnessMetrics: FairnessMetricInput[];
    signature: SignatureInput;
    modelCard: ModelCardInput;
    files: Map<string, Buffer>;
    explanationDefaults?: ExplanationDefaultsInput;
    holdout: EvaluationRowsBody;
    /** The class fairness is measured for (for credit, the adverse decision); else the second of two. */
    positiveLabel?: string;
  }): Promise<string> => {
    const { createDataset } = await scientist.data(CreateDatasetDocument, {
      input: {
        teamId: team.id,
        name: `${spec.name}-data`,
        sensitivity: 'INTERNAL',
        description: 'Generated by modelgate for the demo',
      },
    });
    const { registerDatasetVersion } = await scientist.data(RegisterDatasetVersionDocument, {
      input: {
        datasetId: createDataset.id,
        location: `memory:demo/${spec.name}`,
        sha256: 'd'.repeat(64),
        rowCount: spec.rows,
        features: spec.features,
        statistics: spec.statistics ?? [],
      },
    });
    const { createExperiment } = await scientist.data(CreateExperimentDocument, {
      input: { teamId: team.id, name: `${spec.name}-training` },
    });
    const { startRun } = await scientist.data(StartRunDocument, {
      input: {
        experimentId: createExperiment.id,
        name: 'first-start',
        params: Object.entries(spec.params).map(([key, value]) => ({ key, value })),
        datasetVersionIds: [registerDatasetVersion.id],
      },
    });
    await scientist.data(LogRunMetricsDocument, { input: { runId: startRun.id, metrics: spec.metrics } });
    await scientist.data(FinishRunDocument, { input: { runId: startRun.id } });
    const { createModel } = await scientist.data(CreateModelDocument, {
      input: { teamId: team.id, name: spec.name, taskType: spec.taskType },
    });
    const artifact = await scientist.uploadArtifact(spec.files);
    const { registerModelVersion } = await scientist.data(RegisterModelVersionDocument, {
      input: {
        modelId: createModel.id,
        runId: startRun.id,
        artifact,
        signature: spec.signature,
        metrics: spec.metrics,
        fairnessMetrics: spec.fairnessMetrics,
        modelCard: spec.modelCard,
      },
    });
    const id = registerModelVersion.id;
    // Measured by the gateway on rows the model never trained on, their digest declared before they are sent.
    const { createDataset: holdoutDataset } = await scientist.data(CreateDatasetDocument, {
      input: {
        teamId: team.id,
        name: `${spec.name}-holdout`,
        sensitivity: 'INTERNAL',
        description: 'Generated by modelgate for the demo: rows held out of training, to evaluate on',
      },
    });
    const { registerDatasetVersion: holdoutVersion } = await scientist.data(RegisterDatasetVersionDocument, {
      input: {
        datasetId: holdoutDataset.id,
        location: `memory:demo/${spec.name}-holdout`,
        sha256: spec.holdout.sha256,
        rowCount: spec.holdout.rows,
        features: spec.holdout.features,
        statistics: [],
      },
    });
    await scientist.uploadRows(holdoutVersion.id, spec.holdout.body, spec.holdout.contentType);
    const { evaluateModelVersion: evaluation } = await scientist.data(EvaluateModelVersionDocument, {
      input: { modelVersionId: id, datasetVersionId: holdoutVersion.id, positiveLabel: spec.positiveLabel },
    });
    await scientist.data(SubmitModelVersionForReviewDocument, { id });
    for (const reviewer of reviewers)
      await reviewer.data(ApproveModelVersionDocument, { id, comment: 'meets the gates' });
    await admin.data(CreateDeploymentDocument, {
      input: {
        teamId: team.id,
        name: spec.name,
        environment: 'PRODUCTION',
        routes: [{ modelVersionId: id, weight: 100 }],
        explanationDefaults: spec.explanationDefaults ?? {},
      },
    });
    return evaluation.id;
  };

  const creditStatistics = creditSignature.inputs.map(({ name }, column) =>
    columnStatistics(
      name,
      credit.rows.map((row) => creditFeatures(row)[column]!),
    ),
  );
  const creditEvaluation = await publish({
    name: 'credit-risk',
    taskType: 'CLASSIFICATION',
    features: creditTable,
    statistics: creditStatistics,
    // Client services may not read the training data; they are explained from its means all the same, which the deployer declares.
    explanationDefaults: {
      baseline: 'CUSTOM',
      baselineValues: Object.fromEntries(creditStatistics.map((column) => [column.feature, column.mean])),
    },
    rows: credit.rows.length,
    params: { layers: '3-16-2', optimizer: 'adam', epochs: '30' },
    metrics: [
      { name: 'auc', value: credit.metrics.auc },
      { name: 'accuracy', value: credit.metrics.accuracy },
    ],
    fairnessMetrics: [
      {
        metric: 'demographic_parity_difference',
        sensitiveFeature: 'gender',
        value: credit.demographicParityDifference,
      },
    ],
    signature: creditSignature,
    modelCard: {
      intendedUse:
        'Demo: triage of credit applications (income and age in hundreds of thousands and hundreds of years).',
      limitations: 'Trained on generated data; not for real decisions.',
    },
    files: credit.files,
    holdout: creditEvaluationSet(credit.holdout),
    positiveLabel: 'defaults',
  });
  const barsEvaluation = await publish({
    name: 'bars',
    taskType: 'IMAGE_CLASSIFICATION',
    features: barsTable,
    rows: bars.rows,
    params: { layers: 'conv3x3x4-pool-dense2', optimizer: 'adam', epochs: '8' },
    metrics: [{ name: 'accuracy', value: bars.accuracy }],
    fairnessMetrics: [],
    signature: barsSignature,
    modelCard: {
      intendedUse: 'Demo: tells horizontal from vertical bars in 8×8 grey images.',
      limitations: 'Knows nothing but bars.',
    },
    files: bars.files,
    holdout: barsEvaluationSet(bars.holdout),
  });

  const { createApiKey } = await admin.data(CreateApiKeyDocument, {
    input: { teamId: team.id, name: 'demo-client', deploymentNames: ['credit-risk', 'bars'] },
  });
  const query = JSON.stringify({
    query:
      '{ predict(deployment: "credit-risk", instances: [{ income: 0.42, age: 0.35, debt_ratio: 0.6 }]) { version outputs { label scores } } }',
  });
  await reportEvaluations(scientist, { credit: creditEvaluation, bars: barsEvaluation }, logger);
  // A client service of its own: the key the demo hands out starts with an empty prediction log.
  const reporter = await admin.data(CreateApiKeyDocument, {
    input: { teamId: team.id, name: 'demo-reporter', deploymentNames: ['credit-risk'] },
  });
  await feedOutcomes(
    new GraphQLClient(graphqlUrl, { 'x-api-key': reporter.createApiKey.secret }),
    credit.holdout,
    logger,
  );
  const measured = JSON.stringify({ query: DEMO_EVALUATIONS_QUERY });
  return {
    predict: `curl -s ${graphqlUrl} -H 'content-type: application/json' -H 'x-api-key: ${createApiKey.secret}' -d '${query}'`,
    evaluations: `curl -s ${graphqlUrl} -H 'content-type: application/json' -H "authorization: Bearer $(node dist/src/cli/main.js token --role viewer --team demo --user you)" -d '${measured}'`,
  };
}

/** Of every five demo predictions, this many get their outcome reported: live quality shows a labelled share. */
const OUTCOMES_OF_FIVE = 3;

/**
 * Plays a client service on the holdout applicants: asks credit-risk about each (gender beside the
 * inputs, for live fairness) and reports what happened to three in five, so Deployment.quality has
 * something to show from the first start.
 */
async function feedOutcomes(client: GraphQLClient, holdout: Applicant[], logger: Logger): Promise<void> {
  let reported = 0;
  for (let start = 0; start < holdout.length; start += 100) {
    const applicants = holdout.slice(start, start + 100);
    const instances = applicants.map((a) => {
      const [income, age, debt_ratio] = creditFeatures(a);
      return { income, age, debt_ratio, gender: a.gender };
    });
    const { predict } = await client.data(PredictDocument, { deployment: 'credit-risk', instances });
    const outcomes = predict.outputs.flatMap((output, i) =>
      (start + i) % 5 < OUTCOMES_OF_FIVE
        ? [{ predictionId: output.predictionId!, label: applicants[i]!.defaulted ? 'defaults' : 'repays' }]
        : [],
    );
    reported += (await client.data(RecordOutcomesDocument, { deployment: 'credit-risk', outcomes })).recordOutcomes
      .recorded;
  }
  logger.info(
    { predictions: holdout.length, outcomes: reported },
    `demo: a client service asked credit-risk about ${holdout.length} applicants and reported ${reported} outcomes; deployment(name: "credit-risk") { quality { ... } } measures them`,
  );
}

const finished = (evaluation: EvaluationFieldsFragment) => !['QUEUED', 'RUNNING'].includes(evaluation.status);

/**
 * Waits, at most EVALUATION_WAIT_MS, for the demo's evaluations to end, and logs in one line what
 * they measured, or which have not succeeded (the gateway keeps running them either way).
 */
async function reportEvaluations(
  client: GraphQLClient,
  ids: { credit: string; bars: string },
  logger: Logger,
): Promise<void> {
  const started = Date.now();
  const read = async (id: string) => (await client.data(EvaluationDocument, { id })).node as EvaluationFieldsFragment;
  let [credit, bars] = await Promise.all([read(ids.credit), read(ids.bars)]);
  while (!(finished(credit) && finished(bars)) && Date.now() - started < EVALUATION_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    [credit, bars] = await Promise.all([read(ids.credit), read(ids.bars)]);
  }
  if (credit.status !== 'SUCCEEDED' || bars.status !== 'SUCCEEDED') {
    logger.warn(
      { credit: { status: credit.status, error: credit.error }, bars: { status: bars.status, error: bars.error } },
      'demo: the holdout evaluations have not both succeeded; ModelVersion.evaluations shows where they stand',
    );
    return;
  }
  const fixed = (value: number | null | undefined) => (typeof value === 'number' ? value.toFixed(3) : 'n/a');
  const gender = credit.fairness.find((f) => f.sensitiveFeature === 'gender');
  const measured = {
    credit: {
      accuracy: credit.classification?.accuracy,
      rocAuc: credit.classification?.rocAuc,
      demographicParityDifference: gender?.demographicParityDifference,
    },
    bars: { accuracy: bars.classification?.accuracy },
  };
  logger.info(
    { waitedMs: Date.now() - started, ...measured },
    `demo: measured by the gateway on holdout rows: credit-risk accuracy ${fixed(measured.credit.accuracy)}, ` +
      `ROC AUC ${fixed(measured.credit.rocAuc)}, demographic parity difference by gender ` +
      `${fixed(measured.credit.demographicParityDifference)}; bars accuracy ${fixed(measured.bars.accuracy)}`,
  );
}
