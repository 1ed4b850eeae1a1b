import { ApiError, request, session } from './api.js';
import { h, number, table, when } from './dom.js';
import { explanationChart } from './chart.js';
import { evaluationsSection, fairnessSection, gateEvidence, liveQualitySection, metricsSection } from './quality.js';
import {
  ReviewApproveDocument,
  ReviewExplanationDocument,
  ReviewMeDocument,
  ReviewPredictionsDocument,
  ReviewQueueDocument,
  ReviewRejectDocument,
  ReviewVersionDocument,
  type ReviewMeQuery,
  type ReviewPredictionsQuery,
  type ReviewVersionQuery,
} from './generated/graphql.js';

type Me = ReviewMeQuery['me'];
type Version = ReviewVersionQuery['modelVersion'];
type LoggedPrediction = ReviewPredictionsQuery['modelVersion']['predictions']['nodes'][number];

const root = document.getElementById('app')!;
let me: Me | undefined;

/** What a person can do about each error code, after the gateway's own message. */
const nextSteps: Record<string, string> = {
  UNAUTHENTICATED: 'Sign in again: the token was refused or has expired.',
  FORBIDDEN: 'Your roles do not allow this. Ask an administrator for the reviewer role if you review models.',
  NOT_FOUND: 'It does not exist, or your roles may not see it. Go back to the queue.',
  CONFLICT:
    'Someone changed it meanwhile, or a rule stands in the way: reload the page and read the gates and reviews.',
  BAD_USER_INPUT: 'Correct what the message names and try again.',
  FAILED_PRECONDITION: 'This cannot be done for this item; the message says why.',
  RATE_LIMITED: 'Wait a few seconds, then retry.',
  LIMIT_EXCEEDED: 'Ask for less work in one request.',
  UNAVAILABLE: 'The gateway is busy or a dependency is down; retry shortly.',
  NETWORK: 'Check your connection, then reload.',
};

/** An error as people can act on it: the gateway's message, its code, and what to do next. */
function errorBox(error: unknown): HTMLElement {
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-code': code },
    h('strong', {}, message),
    h(
      'p',
      {},
      h('code', {}, code),
      ' ',
      nextSteps[code] ?? 'Reload the page; if it persists, tell the gateway operators.',
    ),
    code === 'UNAUTHENTICATED' ? h('button', { type: 'button', onclick: signOut }, 'Sign in again') : null,
  );
}

function signOut(): void {
  session.signOut();
  me = undefined;
  location.hash = '#/';
  void route();
}

function show(...content: (Node | null)[]): void {
  root.replaceChildren(...content.filter((node): node is Node => node !== null));
}

function header(): HTMLElement {
  return h(
    'header',
    {},
    h('a', { href: '#/', class: 'brand' }, 'modelgate review'),
    me ? h('span', { class: 'who' }, `${me.subject} (${me.roles.join(', ') || 'no roles'})`) : null,
    me ? h('button', { type: 'button', class: 'secondary', onclick: signOut }, 'Sign out') : null,
  );
}

function signInPage(): void {
  const input = h('textarea', {
    id: 'token',
    rows: 4,
    required: true,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'eyJhbGciOi… or mg_…',
  });
  const form = h(
    'form',
    { class: 'sign-in' },
    h('h1', {}, 'Sign in'),
    h(
      'label',
      { for: 'token' },
      'Paste a bearer token (JWT) or an API key. It stays in this tab only, until you sign out or close it.',
    ),
    input,
    h('button', { type: 'submit' }, 'Sign in'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    session.signIn(input.value);
    void route();
  });
  show(header(), h('main', {}, form));
}

/** The caller's packed CASL rules (me.permissions) allow it to review some model version. */
function mayReview(identity: Me): boolean {
  const rules = Array.isArray(identity.permissions) ? (identity.permissions as unknown[][]) : [];
  return rules.some(([actions, subjects, , inverted]) => {
    const can = String(actions)
      .split(',')
      .some((action) => action === 'review' || action === 'manage');
    return (
      can &&
      !inverted &&
      String(subjects)
        .split(',')
        .some((subject) => subject === 'ModelVersion' || subject === 'all')
    );
  });
}

async function queuePage(): Promise<HTMLElement> {
  const [mine, inReview] = await Promise.all([
    request(ReviewQueueDocument, { first: 50, filter: { awaitingMyReview: true } }),
    request(ReviewQueueDocument, { first: 50, filter: { lifecycleStateIn: ['IN_REVIEW'] } }),
  ]);
  const rows = (page: typeof mine) =>
    page.modelVersions.nodes.map((version) => {
      const passed = version.gateResults.filter((gate) => gate.passed).length;
      return [
        h(
          'a',
          { href: `#/versions/${encodeURIComponent(version.id)}`, class: 'version-link' },
          `${version.model.name} v${version.version}`,
        ),
        version.model.team.name,
        version.model.taskType,
        version.createdBy,
        when(version.createdAt),
        h(
          'span',
          { class: passed === version.gateResults.length ? 'pass' : 'fail' },
          `${passed}/${version.gateResults.length} passed`,
        ),
      ];
    });
  const headers = ['Version', 'Team', 'Task', 'Registered by', 'Registered', 'Gates'];
  return h(
    'main',
    {},
    h(
      'section',
      { id: 'queue' },
      h('h1', {}, `Awaiting your review (${mine.modelVersions.totalCount})`),
      table(
        headers,
        rows(mine),
        mayReview(me!) ? 'Nothing awaits your review.' : 'Your roles do not review model versions.',
      ),
    ),
    h(
      'section',
      { id: 'in-review' },
      h('h2', {}, `All versions in review that you can see (${inReview.modelVersions.totalCount})`),
      table(headers, rows(inReview), 'No version is in review.'),
    ),
  );
}

async function versionPage(id: string): Promise<HTMLElement> {
  const { modelVersion: version } = await request(ReviewVersionDocument, { id });
  const predictions = h(
    'section',
    { id: 'predictions' },
    h('h2', {}, 'Recent predictions'),
    h('p', { class: 'empty' }, 'Loading…'),
  );
  void loadPredictions(version, predictions);
  return h(
    'main',
    {},
    h(
      'section',
      { class: 'title' },
      h(
        'h1',
        {},
        `${version.model.name} v${version.version} `,
        h('span', { class: `state ${version.lifecycleState}`, id: 'state' }, version.lifecycleState),
      ),
      h(
        'p',
        {},
        `${version.model.taskType} · team ${version.model.team.name} · registered by ${version.createdBy} on ${when(version.createdAt)}`,
      ),
      version.description ? h('p', {}, version.description) : null,
    ),
    decisionPanel(version),
    h(
      'section',
      { id: 'gates' },
      h('h2', {}, 'Gate results'),
      table(
        ['Gate', 'Stage', 'Verdict', 'Observed', 'Threshold', 'Reason', 'Measured by'],
        version.gateResults.map((gate) => [
          gate.gate,
          gate.stage,
          h('span', { class: gate.passed ? 'pass' : 'fail' }, gate.passed ? 'passed' : 'failed'),
          number(gate.observed),
          number(gate.threshold),
          gate.reason,
          gateEvidence(version, gate),
        ]),
        'No gate has judged this version yet: gates run when it is submitted and approved.',
      ),
    ),
    h('section', { id: 'model-card' }, h('h2', {}, 'Model card'), modelCard(version)),
    metricsSection(version),
    fairnessSection(version),
    evaluationsSection(version),
    liveQualitySection(version),
    h('section', { id: 'lineage' }, h('h2', {}, 'Lineage'), lineage(version)),
    h(
      'section',
      { id: 'reviews' },
      h('h2', {}, 'Reviews so far'),
      table(
        ['Reviewer', 'Decision', 'Comment', 'When'],
        version.reviews.map((review) => [review.reviewer, review.decision, review.comment, when(review.createdAt)]),
        'No reviewer has decided yet.',
      ),
    ),
    predictions,
  );
}

function modelCard(version: Version): HTMLElement {
  const card = version.modelCard;
  const entries: [string, string | null | undefined][] = [
    ['Intended use', card.intendedUse],
    ['Limitations', card.limitations],
    ['Ethical considerations', card.ethicalConsiderations],
    ['Training procedure', card.trainingProcedure],
  ];
  return h(
    'dl',
    {},
    entries.flatMap(([term, text]) => [
      h('dt', {}, term),
      h('dd', { class: text ? '' : 'missing' }, text ?? 'Not written.'),
    ]),
  );
}

function lineage(version: Version): HTMLElement {
  const step = (title: string, ...lines: (string | HTMLElement)[]) =>
    h('div', { class: 'step' }, h('strong', {}, title), ...lines.map((line) => h('div', {}, line)));
  const arrow = () => h('div', { class: 'arrow', 'aria-hidden': 'true' }, '→');
  return h(
    'div',
    { class: 'lineage' },
    step(
      'Training data',
      ...(version.trainingDatasets.length
        ? version.trainingDatasets.map((data) => `${data.dataset.name} v${data.version} (${data.dataset.sensitivity})`)
        : ['none recorded']),
    ),
    arrow(),
    step(
      'Run',
      ...(version.run
        ? [
            `${version.run.experiment.name} / ${version.run.name ?? 'unnamed'}`,
            `by ${version.run.owner}, ${version.run.status}`,
          ]
        : ['none recorded']),
    ),
    arrow(),
    step('This version', `v${version.version}`, version.artifact.sha256.slice(0, 12)),
    arrow(),
    step(
      'Deployments',
      ...(version.deployments.length
        ? version.deployments.map(
            (deployment) => `${deployment.name} (${deployment.environment}, ${deployment.status})`,
          )
        : ['not deployed']),
    ),
  );
}

/** Approve or reject with a comment, or why the caller cannot: the API refuses anyway, this only spares a round trip. */
function decisionPanel(version: Version): HTMLElement {
  const section = h('section', { id: 'decision' }, h('h2', {}, 'Your decision'));
  const mine = version.reviews.find((review) => review.reviewer === me!.subject);
  const reason = !mayReview(me!)
    ? `Your roles (${me!.roles.join(', ') || 'none'}) do not review model versions.`
    : version.lifecycleState !== 'IN_REVIEW'
      ? `This version is ${version.lifecycleState}; decisions are taken while it is IN_REVIEW.`
      : version.createdBy === me!.subject || version.run?.owner === me!.subject
        ? 'You registered this version or ran its training; separation of duties needs another reviewer.'
        : mine
          ? `You decided already: ${mine.decision} on ${when(mine.createdAt)}.`
          : undefined;
  if (reason) {
    section.append(h('p', { class: 'empty', id: 'no-decision' }, reason));
    return section;
  }
  const comment = h('textarea', {
    id: 'comment',
    rows: 3,
    required: true,
    placeholder: 'Why: it goes into the audit trail.',
  });
  const outcome = h('div', { id: 'decision-outcome' });
  const decide = async (decision: 'approve' | 'reject') => {
    outcome.replaceChildren();
    try {
      if (decision === 'approve') await request(ReviewApproveDocument, { id: version.id, comment: comment.value });
      else await request(ReviewRejectDocument, { id: version.id, reason: comment.value });
      await route();
    } catch (error) {
      outcome.replaceChildren(errorBox(error));
    }
  };
  section.append(
    h('label', { for: 'comment' }, 'Comment (required)'),
    comment,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'approve', onclick: () => void decide('approve') }, 'Approve'),
      h('button', { type: 'button', id: 'reject', class: 'danger', onclick: () => void decide('reject') }, 'Reject'),
    ),
    outcome,
  );
  return section;
}

async function loadPredictions(version: Version, section: HTMLElement): Promise<void> {
  const heading = section.firstElementChild!;
  try {
    const { modelVersion } = await request(ReviewPredictionsDocument, { id: version.id, first: 10 });
    const chart = h('div', { id: 'explanation' });
    const rows = modelVersion.predictions.nodes.map((entry) => [
      when(entry.createdAt),
      entry.caller,
      entry.deployment?.name ?? '–',
      `${entry.instanceCount}${entry.shadow ? ' (shadow)' : ''}`,
      answer(entry),
      entry.instances
        ? h('code', {}, JSON.stringify(entry.instances[0]))
        : h('span', { class: 'withheld' }, `${entry.instancesWithheld}: digest ${entry.instancesSha256.slice(0, 12)}…`),
      entry.instances
        ? h(
            'button',
            { type: 'button', class: 'secondary explain', onclick: () => void explain(entry, chart) },
            'Explain',
          )
        : null,
    ]);
    section.replaceChildren(
      heading,
      h('p', {}, `${modelVersion.predictions.totalCount} in the last 7 days, newest first:`),
      table(
        ['When', 'Caller', 'Deployment', 'Instances', 'First answer', 'First instance', ''],
        rows,
        'This version answered no predictions in the last 7 days.',
      ),
      chart,
    );
  } catch (error) {
    section.replaceChildren(heading, errorBox(error));
  }
}

function answer(entry: LoggedPrediction): string {
  const [first] = entry.outputs;
  if (!first) return '–';
  if (first.label) return `${first.label} (${number(Math.max(...(first.scores ?? [])))})`;
  return number(first.value ?? null);
}

async function explain(entry: LoggedPrediction, target: HTMLElement): Promise<void> {
  target.replaceChildren(h('p', { class: 'empty' }, 'Explaining…'));
  try {
    const { explainPrediction } = await request(ReviewExplanationDocument, { id: entry.id, instance: 0 });
    target.replaceChildren(
      h('h3', {}, `Why the first instance of ${when(entry.createdAt)} was answered so`),
      ...explainPrediction.map(explanationChart),
    );
  } catch (error) {
    target.replaceChildren(errorBox(error));
  }
}

async function route(): Promise<void> {
  if (!session.token) return signInPage();
  try {
    me ??= (await request(ReviewMeDocument, {})).me;
    const version = /^#\/versions\/(.+)$/.exec(location.hash);
    const page = version ? await versionPage(decodeURIComponent(version[1]!)) : await queuePage();
    show(header(), page);
  } catch (error) {
    show(header(), h('main', {}, errorBox(error), h('p', {}, h('a', { href: '#/' }, 'Back to the queue'))));
  }
}

window.addEventListener('hashchange', () => void route());
void route();
