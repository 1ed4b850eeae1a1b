import { h, number, table, when, type Child, type Row } from './dom.js';
import { selectionRateChart } from './chart.js';
import type { ReviewEvaluationFieldsFragment, ReviewVersionQuery } from './generated/graphql.js';

type Version = ReviewVersionQuery['modelVersion'];
type Evaluation = ReviewEvaluationFieldsFragment;
type Fairness = Evaluation['fairness'][number];
type Group = Fairness['groups'][number];
type FairnessClaim = Version['fairnessMetrics'][number];

/** A claim further than this (absolute) from what the gateway measured is contradicted by the measurement. */
export const CONTRADICTION_TOLERANCE = 0.02;

/** Claimed metric names that mean a measured one: the shipped gates' `auc` is what the gateway measures as `roc_auc`. */
const SAME_AS: Record<string, string> = { auc: 'roc_auc' };
const measuredName = (claimed: string) => SAME_AS[claimed] ?? claimed;

/** Per-group claims (FairnessMetric with a group) that a measured group rate answers. */
const GROUP_RATES: Record<string, keyof Pick<Group, 'selectionRate' | 'truePositiveRate' | 'falsePositiveRate'>> = {
  selection_rate: 'selectionRate',
  true_positive_rate: 'truePositiveRate',
  false_positive_rate: 'falsePositiveRate',
};

/** The newest evaluation that succeeded (the list is newest first): what the page sets beside the claims. */
export function newestMeasurement(version: Version): Evaluation | undefined {
  return version.evaluations.find((evaluation) => evaluation.status === 'SUCCEEDED');
}

export const shortDigest = (sha256: string) => `${sha256.slice(0, 12)}…`;

/** The evaluation set an evaluation ran on, by dataset name and version when the caller may read it. */
export function evaluationSet(evaluation: Evaluation): string {
  const data = evaluation.datasetVersion;
  return data ? `${data.dataset.name} v${data.version}` : 'an evaluation set you cannot read';
}

/** Each group's rows (under `rows`: rows of a set, or labelled answers) and rates. */
const groupsTable = (groups: Group[], rows: string) =>
  table(
    ['Group', rows, 'Selection rate', 'True-positive rate', 'False-positive rate'],
    groups.map((group) => [
      group.group,
      group.rows,
      number(group.selectionRate, 4),
      number(group.truePositiveRate, 4),
      number(group.falsePositiveRate, 4),
    ]),
    'No groups.',
  );

/** The differences across groups of one sensitive feature, under the names gates read them. */
function fairnessMeasures(fairness: Fairness): [string, number | null | undefined][] {
  return [
    ['demographic_parity_difference', fairness.demographicParityDifference],
    ['demographic_parity_ratio', fairness.demographicParityRatio],
    ['equal_opportunity_difference', fairness.equalOpportunityDifference],
    ['equalized_odds_difference', fairness.equalizedOddsDifference],
  ];
}

/**
 * One row of claimed beside measured: marked (class `contradicted`, and a badge that says so in
 * words) when both exist and differ by more than CONTRADICTION_TOLERANCE.
 */
function comparison(label: Child, claimed: number | null | undefined, measured: number | null | undefined): Row {
  let verdict: HTMLElement;
  let contradicted = false;
  if (claimed == null || measured == null) {
    verdict = h('span', { class: 'empty' }, claimed == null ? 'no claim' : 'not measured');
  } else {
    const difference = Math.abs(claimed - measured);
    contradicted = difference > CONTRADICTION_TOLERANCE;
    verdict = contradicted
      ? h(
          'span',
          {
            class: 'badge contradicted',
            title: `They differ by ${number(difference, 4)}, more than ${CONTRADICTION_TOLERANCE}.`,
          },
          'claim contradicted by measurement',
        )
      : h(
          'span',
          { class: 'badge agrees', title: `They differ by ${number(difference, 4)}.` },
          `agrees within ${CONTRADICTION_TOLERANCE}`,
        );
  }
  return {
    cells: [label, number(claimed, 4), number(measured, 4), verdict],
    attributes: { class: contradicted ? 'contradicted' : undefined },
  };
}

const COMPARISON_HEADERS = (evaluation: Evaluation) => [
  'Metric',
  'Claimed',
  `Measured on ${evaluationSet(evaluation)}`,
  'Claim against measurement',
];

/** Says that the gateway has not measured the version, and how it would. */
function notMeasured(version: Version, id: string): HTMLElement {
  const pending = version.evaluations.find((e) => e.status === 'QUEUED' || e.status === 'RUNNING');
  return h(
    'p',
    { class: 'not-measured', id },
    pending
      ? `The gateway has not measured this version yet: an evaluation is ${pending.status} (${pending.rowsDone} of ${pending.rows} rows; see Evaluations). Until it succeeds, the numbers below are only what the version claims.`
      : 'The gateway has not measured this version: the numbers below are only what it claims. evaluateModelVersion runs it on an evaluation set (a dataset version whose rows were uploaded) and measures it.',
  );
}

/** Where the measured column comes from: which rows, how many, when; `again` for a second mention. */
function measuredOn(evaluation: Evaluation, again = false): HTMLElement {
  const rows = h('code', {}, shortDigest(evaluation.datasetSha256));
  if (again)
    return h(
      'p',
      { class: 'measured-on' },
      `Measured on the same evaluation, ${evaluationSet(evaluation)} (rows sha256 `,
      rows,
      `), with the same tolerance, ${CONTRADICTION_TOLERANCE}.`,
    );
  return h(
    'p',
    { class: 'measured-on' },
    `Measured by the gateway on ${evaluationSet(evaluation)} (rows sha256 `,
    rows,
    `), ${evaluation.rows} rows, ${evaluation.finishedAt ? `finished ${when(evaluation.finishedAt)}` : 'succeeded'}: its newest evaluation that succeeded. A claim more than ${CONTRADICTION_TOLERANCE} from the measurement is contradicted by it.`,
  );
}

/** The Metrics section: each claim beside its measurement, then what was measured without a claim. */
export function metricsSection(version: Version): HTMLElement {
  const section = h('section', { id: 'metrics' }, h('h2', {}, 'Metrics'));
  const evaluation = newestMeasurement(version);
  if (!evaluation) {
    section.append(
      notMeasured(version, 'not-measured'),
      table(
        ['Metric', 'Claimed'],
        version.metrics.map((metric) => [metric.name, number(metric.value, 4)]),
        'No metrics were reported.',
      ),
    );
    return section;
  }
  const measured = evaluation.metrics;
  const claimedNames = new Set(version.metrics.map((metric) => measuredName(metric.name)));
  const rows = [
    ...version.metrics.map((claim) => {
      const name = measuredName(claim.name);
      const label = name === claim.name ? claim.name : `${name} (claimed as ${claim.name})`;
      return comparison(label, claim.value, measured.find((m) => m.name === name)?.value);
    }),
    ...measured.filter((m) => !claimedNames.has(m.name)).map((m) => comparison(m.name, null, m.value)),
  ];
  section.append(
    measuredOn(evaluation),
    table(COMPARISON_HEADERS(evaluation), rows, 'Neither claimed nor measured metrics.'),
  );
  return section;
}

/**
 * The Fairness section: per sensitive feature the evaluation measured, its groups (table and a
 * chart of selection rates) and the differences across them beside what the version claims; then
 * claims the evaluation did not measure.
 */
export function fairnessSection(version: Version): HTMLElement {
  const section = h('section', { id: 'fairness' }, h('h2', {}, 'Fairness'));
  const evaluation = newestMeasurement(version);
  const claims = version.fairnessMetrics;
  const claimsTable = (rows: FairnessClaim[], empty: string) =>
    table(
      ['Metric', 'Sensitive feature', 'Group', 'Claimed'],
      rows.map((claim) => [
        claim.metric,
        claim.sensitiveFeature,
        claim.group ?? 'across groups',
        number(claim.value, 4),
      ]),
      empty,
    );
  if (!evaluation) {
    section.append(
      notMeasured(version, 'not-measured-fairness'),
      claimsTable(claims, 'No fairness metrics were reported.'),
    );
    return section;
  }
  if (evaluation.fairness.length > 0) section.append(measuredOn(evaluation, true));
  else
    section.append(
      h(
        'p',
        { class: 'empty' },
        `The evaluation on ${evaluationSet(evaluation)} measured no fairness: its rows have no SENSITIVE column, or the version is not a classifier with a positive class.`,
      ),
    );
  const measuredFeatures = new Set(evaluation.fairness.map((fairness) => fairness.sensitiveFeature));
  for (const fairness of evaluation.fairness) {
    const mine = claims.filter((claim) => claim.sensitiveFeature === fairness.sensitiveFeature);
    const measures = fairnessMeasures(fairness);
    const rows = [
      ...measures.map(([name, value]) =>
        comparison(name, mine.find((claim) => claim.group == null && claim.metric === name)?.value, value),
      ),
      // Claims the four differences do not answer: other measures, and values of one group.
      ...mine
        .filter((claim) => claim.group != null || !measures.some(([name]) => name === claim.metric))
        .map((claim) => {
          if (claim.group == null) return comparison(claim.metric, claim.value, null);
          const group = fairness.groups.find((g) => g.group === claim.group);
          const rate = GROUP_RATES[claim.metric];
          return comparison(`${claim.metric} of ${claim.group}`, claim.value, group && rate ? group[rate] : null);
        }),
    ];
    section.append(
      h(
        'div',
        { class: 'fairness-feature', 'data-feature': fairness.sensitiveFeature },
        h('h3', {}, `${fairness.sensitiveFeature}, for the positive class "${fairness.positiveLabel}"`),
        groupsTable(fairness.groups, 'Rows'),
        selectionRateChart(fairness),
        table(COMPARISON_HEADERS(evaluation), rows, 'No differences.'),
      ),
    );
  }
  const unmeasured = claims.filter((claim) => !measuredFeatures.has(claim.sensitiveFeature));
  if (unmeasured.length)
    section.append(h('h3', {}, 'Claimed for features the evaluation did not measure'), claimsTable(unmeasured, ''));
  return section;
}

/** The Evaluations section: every run of the version, newest first, so runs in progress show. */
export function evaluationsSection(version: Version): HTMLElement {
  return h(
    'section',
    { id: 'evaluations' },
    h('h2', {}, 'Evaluations'),
    table(
      ['Status', 'Started', 'Finished', 'Rows', 'Evaluation set', 'Rows sha256', 'By'],
      version.evaluations.map((evaluation) => [
        h(
          'span',
          { class: `status ${evaluation.status}` },
          evaluation.status,
          evaluation.error ? h('span', { class: 'status-error' }, `: ${evaluation.error}`) : null,
        ),
        when(evaluation.createdAt),
        evaluation.finishedAt ? when(evaluation.finishedAt) : '–',
        evaluation.rowsDone === evaluation.rows
          ? String(evaluation.rows)
          : `${evaluation.rowsDone} of ${evaluation.rows}`,
        evaluationSet(evaluation),
        h('code', {}, shortDigest(evaluation.datasetSha256)),
        evaluation.createdBy,
      ]),
      'No evaluation has run. evaluateModelVersion measures the version on an evaluation set; the metrics above are then set beside what it claims.',
    ),
  );
}

/** Which evaluation a gate's value came from, for gates on measured values; nothing for the others. */
export function gateEvidence(version: Version, gate: Version['gateResults'][number]): Child {
  if (!gate.evaluationId) return '–';
  const evaluation = version.evaluations.find((e) => e.id === gate.evaluationId);
  return h(
    'span',
    { class: 'evidence' },
    `measured on ${evaluation ? evaluationSet(evaluation) : 'an evaluation'}, rows `,
    h('code', {}, gate.evaluationSha256 ? shortDigest(gate.evaluationSha256) : '?'),
  );
}

type Deployment = Version['deployments'][number];
type Live = Deployment['quality'][number];

/** The live measures of a version's answers on one deployment, as a header and a row. */
function liveMeasures(live: Live): [string[], Child[]] {
  const counts: Child[] = [live.answered, live.labelled, number(live.labelledShare, 4)];
  if (live.classification) {
    const { accuracy, logLoss, rocAuc, expectedCalibrationError } = live.classification;
    return [
      ['Answered', 'Labelled', 'Share labelled', 'Accuracy', 'Log loss', 'ROC AUC', 'ECE'],
      [...counts, number(accuracy, 4), number(logLoss, 4), number(rocAuc, 4), number(expectedCalibrationError, 4)],
    ];
  }
  const regression = live.regression;
  return [
    ['Answered', 'Labelled', 'Share labelled', 'RMSE', 'MAE', 'R²'],
    [...counts, number(regression?.rmse, 4), number(regression?.mae, 4), number(regression?.r2, 4)],
  ];
}

/**
 * The Live quality section: once deployed, per deployment, the version's answers measured against
 * the outcomes client services reported (Deployment.quality), its groups' rates and the checks it
 * fails now.
 */
export function liveQualitySection(version: Version): HTMLElement {
  const section = h('section', { id: 'live-quality' }, h('h2', {}, 'Live quality'));
  const live = version.deployments.flatMap((deployment) =>
    deployment.quality
      .filter((quality) => quality.modelVersionId === version.id)
      .map((quality) => ({ deployment, quality })),
  );
  if (live.length === 0) {
    section.append(
      h(
        'p',
        { class: 'empty' },
        version.deployments.length === 0
          ? 'Not deployed: live quality is measured once client services report outcomes of its predictions.'
          : 'No outcomes reported for its predictions in the window (recordOutcomes, or POST /deployments/{name}/outcomes).',
      ),
    );
    return section;
  }
  for (const { deployment, quality } of live) {
    const [headers, row] = liveMeasures(quality);
    section.append(
      h(
        'div',
        { class: 'live', 'data-deployment': deployment.name },
        h('h3', {}, `${deployment.name} (${deployment.environment}), answers since ${when(quality.since)}`),
        table(headers, [row], ''),
        table(
          ['Failing check', 'Metric', 'Live', 'Bound', 'Labelled'],
          quality.alerts.map((alert) => ({
            cells: [alert.check, alert.metric, number(alert.value, 4), number(alert.bound, 4), alert.labelled],
            attributes: { class: 'contradicted' },
          })),
          'Every check of policies/quality.yaml passes.',
        ),
        quality.fairness.map((fairness) =>
          h(
            'div',
            { class: 'fairness-feature', 'data-feature': fairness.sensitiveFeature },
            h('h4', {}, `${fairness.sensitiveFeature}, for the positive class "${fairness.positiveLabel}"`),
            groupsTable(fairness.groups, 'Labelled'),
            selectionRateChart(fairness),
          ),
        ),
      ),
    );
  }
  return section;
}
