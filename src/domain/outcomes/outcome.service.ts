import { setImmediate } from 'node:timers/promises';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound, unavailable } from '../../errors';
import type { AuditTrail } from '../audit/audit.service';
import type { CallContext } from '../context';
import { Deployment } from '../deployments/deployment.entity';
import type { Signature } from '../models/model.entity';
import { inTransaction } from '../persistence';
import { tallyHour } from '../prediction-log/answered';
import { parsePredictionId, predictionIdOf } from '../prediction-log/prediction-id';
import type { PredictionService } from '../serving/predict.service';
import { GroupBound, Tallies, tallyClassified, tallyRegressed } from './tally';

/** One reported outcome: what actually happened to an answered instance. */
export interface OutcomeInput {
  predictionId: string;
  /** The true class, for classifiers. */
  label?: string | null;
  /** The true value, for regressors. */
  value?: number | null;
  /** Replaces an outcome reported before with a different one (audited); otherwise that is a CONFLICT. */
  correction?: boolean | null;
}

/** What a report did: outcomes new to the gateway, those it held already as they are, and those corrected. */
export interface OutcomeReceipt {
  recorded: number;
  unchanged: number;
  corrected: number;
}

/** Bounds on what one report may carry and how many run at once (see docs/quality.md). */
export interface OutcomeLimits {
  /** Outcomes one report may carry (MODELGATE_OUTCOMES_PER_REQUEST). */
  perRequest: number;
  /** Corrections one report may carry: each is written to the audit trail. */
  correctionsPerRequest: number;
  /** Reports written at once by this gateway; others wait, up to as many again, then UNAVAILABLE. */
  atOnce: number;
}

/** Told which versions received outcomes, so their live quality is judged again (QualityWatch). */
export interface OutcomeObserver {
  received(deploymentId: string, versionIds: Iterable<string>): void;
}

/** Outcomes read from the log a report is joined with, a chunk at a time. */
const CHUNK = 10_000;
/** The longest class label an outcome may name: labels are at most 100 characters (Signature.classLabels). */
const MAX_LABEL_LENGTH = 100;

interface Parsed {
  index: number;
  entry: string;
  instance: number;
  label: string | null;
  value: number | null;
  correction: boolean;
}

/** An outcome joined with the instance it is about, as the log and the outcome table hold them. */
interface Joined {
  i: number;
  version: string;
  /** A Date, or its text: the ORM's connection reads timestamps as text. */
  predicted_at: Date | string;
  /** The hour of the prediction, as its tally rows are keyed. */
  hour: string;
  ours: boolean;
  output: { label?: string; scores?: number[]; value?: number } | null;
  groups: Record<string, string> | null;
  old_label: string | null;
  old_value: number | null;
  known: boolean;
}

/**
 * Ground truth: client services report what happened to answered instances, by prediction id. A
 * report is all or nothing: every outcome must name an instance its caller's team was answered on
 * this deployment (others are refused alike, whether they exist or not), fit the version's classes
 * or be a number for a regressor, and agree with what was reported before unless it is marked as a
 * correction. Each new outcome adds to the live quality tallies in the same transaction.
 */
export class OutcomeService {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly signatures = new Map<string, Signature>();
  private readonly groups = new GroupBound();

  constructor(
    private readonly predictions: PredictionService,
    private readonly audit: AuditTrail,
    private readonly limits: OutcomeLimits,
    private readonly observer: OutcomeObserver,
    /** Writes what this gateway's prediction log holds: an outcome may follow its prediction within milliseconds. */
    private readonly flushLog: () => Promise<void>,
  ) {}

  /**
   * Records a report. `field` names the report in refusals and `at` one of its outcomes (GraphQL:
   * outcomes and outcomes[i]; the bulk route: its body and its lines).
   */
  async record(
    ctx: CallContext,
    deploymentName: string,
    outcomes: OutcomeInput[],
    field = 'outcomes',
    at: (index: number) => string = (index) => `${field}[${index}]`,
  ): Promise<OutcomeReceipt> {
    const deployment = this.predictions.deploymentFor(ctx, deploymentName, 'predict');
    if (outcomes.length === 0) throw badInput(field, 'must hold at least one outcome.');
    if (outcomes.length > this.limits.perRequest)
      throw badInput(
        field,
        `holds ${outcomes.length} outcomes; at most ${this.limits.perRequest} are allowed per report.`,
      );
    const parsed = await parseOutcomes(outcomes, at);
    const corrections = parsed.filter((outcome) => outcome.correction).length;
    if (corrections > this.limits.correctionsPerRequest)
      throw badInput(
        field,
        `holds ${corrections} corrections; at most ${this.limits.correctionsPerRequest} are allowed per report (each is audited).`,
      );
    await this.turn();
    try {
      const { receipt, versions } = await inTransaction(ctx, (em) =>
        this.write(ctx, em, { id: deployment.id, name: deployment.name }, parsed, field, at),
      );
      this.observer.received(deployment.id, versions);
      return receipt;
    } finally {
      // The turn passes straight to the next report waiting, if any: none can slip in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Waits for a turn: at most `atOnce` reports write at a time, and as many again may wait. */
  private async turn(): Promise<void> {
    if (this.running < this.limits.atOnce) {
      this.running += 1;
      return;
    }
    if (this.waiting.length >= this.limits.atOnce)
      throw unavailable('Too many outcome reports are being written; retry shortly.');
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private async write(
    ctx: CallContext,
    em: EntityManager,
    deployment: { id: string; name: string },
    parsed: Parsed[],
    field: string,
    at: (index: number) => string,
  ): Promise<{ receipt: OutcomeReceipt; versions: Set<string> }> {
    const receipt = { recorded: 0, unchanged: 0, corrected: 0 };
    const tallies = new Map<string, Tallies>();
    const tallyOf = (version: string, hour: string) => {
      const key = `${version}/${hour}`;
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = new Tallies()));
      return tally;
    };
    const corrected: { predictionId: string; from: unknown; to: unknown }[] = [];
    const teams = ctx.identity.teamIds;
    for (let start = 0; start < parsed.length; start += CHUNK) {
      const chunk = parsed.slice(start, start + CHUNK);
      let joined = await join(em, deployment.id, teams, chunk);
      if (joined.length < chunk.length) {
        // Answered a moment ago: the entry may still wait in this gateway's log buffer.
        await this.flushLog();
        joined = await join(em, deployment.id, teams, chunk);
      }
      if (joined.length < chunk.length || joined.some((row) => !row.ours)) {
        const found = new Set(joined.filter((row) => row.ours).map((row) => row.i));
        const first = chunk.find((_, i) => !found.has(i))!;
        throw notFound(
          `prediction of your team's on deployment "${deployment.name}"`,
          predictionIdOf(first.entry, first.instance),
        );
      }
      await this.loadSignatures(em, joined);
      await this.loadGroups(em, deployment.id, joined);
      const inserts: NewOutcome[] = [];
      const updates: unknown[] = [];
      for (const row of joined) {
        const outcome = chunk[row.i]!;
        const signature = this.signatures.get(row.version)!;
        checkOutcome(outcome, signature, row.output, at(outcome.index));
        const tally = tallyOf(row.version, row.hour);
        row.groups = this.groups.bound(`${deployment.id}/${row.version}`, row.groups);
        if (!row.known) {
          inserts.push({ ...columnsOf(outcome), version: row.version, predicted_at: row.predicted_at });
          addOutcome(tally, signature, row, outcome.label, outcome.value, 1);
          receipt.recorded += 1;
        } else if (row.old_label === outcome.label && row.old_value === outcome.value) receipt.unchanged += 1;
        else if (!outcome.correction)
          throw conflict(
            `${at(outcome.index)}: prediction ${predictionIdOf(outcome.entry, outcome.instance)} already has a different outcome; send it with "correction": true to replace it (audited).`,
            at(outcome.index),
          );
        else {
          updates.push({ ...columnsOf(outcome), old_label: row.old_label, old_value: row.old_value });
          addOutcome(tally, signature, row, row.old_label, row.old_value, -1);
          addOutcome(tally, signature, row, outcome.label, outcome.value, 1);
          corrected.push({
            predictionId: predictionIdOf(outcome.entry, outcome.instance),
            from: row.old_label ?? row.old_value,
            to: outcome.label ?? outcome.value,
          });
          receipt.corrected += 1;
        }
      }
      await insertOutcomes(em, deployment.id, ctx.identity.subject, inserts, field);
      await correctOutcomes(em, ctx.identity.subject, updates, field);
    }
    await upsertTallies(em, deployment.id, tallies);
    if (corrected.length > 0)
      await this.audit.record(ctx, em, 'correctOutcomes', em.getReference(Deployment, deployment.id), null, {
        deployment: deployment.name,
        corrections: corrected,
      });
    return { receipt, versions: new Set([...tallies.keys()].map((key) => key.split('/')[0]!)) };
  }

  /** The groups already tallied for the versions outcomes are about, once per version and gateway. */
  private async loadGroups(em: EntityManager, deploymentId: string, joined: Joined[]): Promise<void> {
    for (const version of new Set(joined.filter((row) => row.groups).map((row) => row.version))) {
      const key = `${deploymentId}/${version}`;
      if (this.groups.has(key)) continue;
      const rows = await query<{ key: string }>(
        em,
        `select distinct key from quality_tally where deployment_id = ? and model_version_id = ? and key like 'g:%'`,
        [deploymentId, version],
      );
      this.groups.learn(
        key,
        rows.map((row) => row.key),
      );
    }
  }

  /** Signatures of the versions outcomes are about: versions never change, so each is read once. */
  private async loadSignatures(em: EntityManager, joined: Joined[]): Promise<void> {
    const missing = [...new Set(joined.map((row) => row.version))].filter((id) => !this.signatures.has(id));
    if (missing.length === 0) return;
    const rows = await query<{ id: string; signature: Signature }>(
      em,
      'select id::text as id, signature from model_version where id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
      [JSON.stringify(missing)],
    );
    for (const row of rows) this.signatures.set(row.id, row.signature);
  }
}

/**
 * Runs a statement in the report's transaction with server-side parameters: MikroORM's execute
 * would inline them as literals, escaping megabytes of JSON character by character.
 */
async function query<T = unknown>(em: EntityManager, sql: string, bindings: unknown[]): Promise<T[]> {
  const transaction = em.getTransactionContext<Knex.Transaction>()!;
  return ((await transaction.raw(sql, bindings as Knex.RawBinding[])) as { rows: T[] }).rows;
}

/** Checks each outcome's shape and reads its prediction id; the same instance twice must agree. */
async function parseOutcomes(outcomes: OutcomeInput[], itemAt: (index: number) => string): Promise<Parsed[]> {
  const seen = new Map<string, Parsed>();
  const parsed: Parsed[] = [];
  for (let index = 0; index < outcomes.length; index += 1) {
    // A large report must not hold up predictions: the event loop gets a turn now and then.
    if (index % 5_000 === 4_999) await setImmediate();
    const outcome = outcomes[index]!;
    const at = () => itemAt(index);
    if (outcome === null || typeof outcome !== 'object') throw badInput(at(), 'must be an object.');
    const id = parsePredictionId(outcome.predictionId);
    if (!id)
      throw badInput(
        `${at()}.predictionId`,
        'is no prediction id; predict answers one per instance (outputs[].predictionId, or the v2 parameters.prediction_ids), <uuid>:<index>.',
      );
    const label = outcome.label ?? null;
    const value = outcome.value ?? null;
    if ((label === null) === (value === null))
      throw badInput(at(), 'must give either "label" (classifiers) or "value" (regressors).');
    if (label !== null && (typeof label !== 'string' || label.length === 0 || label.length > MAX_LABEL_LENGTH))
      throw badInput(`${at()}.label`, `must be a class label: a string of 1 to ${MAX_LABEL_LENGTH} characters.`);
    if (value !== null && !Number.isFinite(value)) throw badInput(`${at()}.value`, 'must be a finite number.');
    if (outcome.correction != null && typeof outcome.correction !== 'boolean')
      throw badInput(`${at()}.correction`, 'must be true or false.');
    const item = { index, ...id, entry: id.entryId, label, value, correction: outcome.correction === true };
    const key = `${id.entryId}:${id.instance}`;
    const before = seen.get(key);
    if (!before) {
      seen.set(key, item);
      parsed.push(item);
    } else if (before.label !== label || before.value !== value)
      throw badInput(at(), `names the same prediction as ${itemAt(before.index)} with a different outcome.`);
  }
  return parsed;
}

/** A label must be one of the version's classes; a value needs a single-output regressor. */
function checkOutcome(outcome: Parsed, signature: Signature, output: Joined['output'], at: string): void {
  const classes = signature.classLabels;
  if (classes.length > 0 && output?.scores?.length === classes.length) {
    if (outcome.label === null) throw badInput(at, 'the model is a classifier: give the true class as "label".');
    if (!classes.includes(outcome.label))
      throw badInput(`${at}.label`, `is none of the model's classes (${classes.join(', ').slice(0, 200)}).`);
  } else if (typeof output?.value === 'number') {
    if (outcome.value === null) throw badInput(at, 'the model is a regressor: give the true value as "value".');
  } else
    throw badInput(
      at,
      "the version's answers are neither classes nor one value: no outcome can be measured against them.",
    );
}

function addOutcome(
  tally: Tallies,
  signature: Signature,
  row: Joined,
  label: string | null,
  value: number | null,
  sign: 1 | -1,
): void {
  if (label !== null)
    tallyClassified(tally, row.output!.scores!, signature.classLabels.indexOf(label), row.groups, sign);
  else tallyRegressed(tally, row.output!.value!, value!, sign);
}

const columnsOf = (outcome: Parsed) => ({
  entry: outcome.entry,
  instance: outcome.instance,
  label: outcome.label,
  value: outcome.value,
});

/** An outcome to insert, with the version and time of its prediction. */
type NewOutcome = ReturnType<typeof columnsOf> & { version: string; predicted_at: Date | string };

/** A log entry as outcomes are joined with it. */
interface EntryRow {
  id: string;
  version: string;
  predicted_at: Date | string;
  instance_count: number;
  ours: boolean;
  outputs: Joined['output'][];
  groups: Record<string, string[]> | null;
}

/**
 * Each outcome of a chunk with the instance it names: the version that answered, when, whether the
 * caller's team asked, the instance's answer and sensitive groups, and an outcome reported before.
 * Shadow answers are not instances a caller was answered with. Each entry is read once, however
 * many of its instances the chunk names (its outputs are one value, read whole).
 */
async function join(em: EntityManager, deploymentId: string, teams: string[], chunk: Parsed[]): Promise<Joined[]> {
  const ids = [...new Set(chunk.map((outcome) => outcome.entry))];
  const entries = await query<EntryRow>(
    em,
    `select id::text as id, model_version_id::text as version, created_at as predicted_at, instance_count,
            coalesce(caller_teams && ?::uuid[], false) as ours, outputs, groups
       from prediction_log_entry
      where id = any(?::uuid[]) and deployment_id = ? and not shadow`,
    [teams, ids, deploymentId],
  );
  const reported = await query<{ entry: string; instance: number; label: string | null; value: number | null }>(
    em,
    `select entry_id::text as entry, instance, label, value from prediction_outcome
      where entry_id = any(?::uuid[])`,
    [ids],
  );
  const byId = new Map(entries.map((entry) => [entry.id, { ...entry, hour: tallyHour(entry.predicted_at) }]));
  const before = new Map(reported.map((outcome) => [`${outcome.entry}:${outcome.instance}`, outcome]));
  const joined: Joined[] = [];
  chunk.forEach((outcome, i) => {
    const entry = byId.get(outcome.entry);
    if (!entry || outcome.instance >= entry.instance_count) return;
    const old = before.get(`${outcome.entry}:${outcome.instance}`);
    const groups = entry.groups;
    joined.push({
      i,
      version: entry.version,
      predicted_at: entry.predicted_at,
      hour: entry.hour,
      ours: entry.ours,
      output: entry.outputs[outcome.instance] ?? null,
      groups: groups
        ? Object.fromEntries(Object.keys(groups).map((feature) => [feature, groups[feature]![outcome.instance]!]))
        : null,
      old_label: old?.label ?? null,
      old_value: old?.value ?? null,
      known: old !== undefined,
    });
  });
  return joined;
}

/** Writes new outcomes; one that another report wrote meanwhile refuses this one (a CONFLICT to send again). */
async function insertOutcomes(
  em: EntityManager,
  deploymentId: string,
  caller: string,
  rows: NewOutcome[],
  field: string,
): Promise<void> {
  if (rows.length === 0) return;
  try {
    // Column arrays, unnested: about twice as fast to insert as the same rows as a JSON document.
    await query(
      em,
      `insert into prediction_outcome (entry_id, instance, deployment_id, model_version_id, predicted_at, label, value, recorded_at, recorded_by)
       select o.entry, o.instance, ?, o.version, o.predicted_at, o.label, o.value, now(), ?
         from unnest(?::uuid[], ?::int[], ?::uuid[], ?::timestamptz[], ?::text[], ?::float8[])
           as o(entry, instance, version, predicted_at, label, value)`,
      [
        deploymentId,
        caller,
        rows.map((row) => row.entry),
        rows.map((row) => row.instance),
        rows.map((row) => row.version),
        rows.map((row) => row.predicted_at),
        rows.map((row) => row.label),
        rows.map((row) => row.value),
      ],
    );
  } catch (error) {
    // A unique violation: another report recorded some of them since they were read.
    if ((error as { code?: string }).code !== '23505') throw error;
    throw conflict(
      `${field}: another report recorded some of these outcomes at the same moment; send this one again.`,
      field,
    );
  }
}

/** Replaces outcomes with their corrections, if no other report changed them since they were read. */
async function correctOutcomes(em: EntityManager, caller: string, rows: unknown[], field: string): Promise<void> {
  if (rows.length === 0) return;
  const updated = await query(
    em,
    `update prediction_outcome p set label = o.label, value = o.value, recorded_at = now(), recorded_by = ?, corrections = p.corrections + 1
       from jsonb_to_recordset(?::jsonb) as o(entry uuid, instance int, label text, value float8, old_label text, old_value float8)
      where p.entry_id = o.entry and p.instance = o.instance
        and p.label is not distinct from o.old_label and p.value is not distinct from o.old_value
     returning 1`,
    [caller, JSON.stringify(rows)],
  );
  if (updated.length < rows.length)
    throw conflict(
      `${field}: another report changed some of these outcomes at the same moment; send this one again.`,
      field,
    );
}

/**
 * Adds a report's tallies to the stored ones: counts and sums add up element by element. Rows go in
 * key order, so that concurrent reports lock them in one order and never deadlock.
 */
async function upsertTallies(em: EntityManager, deploymentId: string, tallies: Map<string, Tallies>): Promise<void> {
  const rows: { version: string; hour: string; key: string; n: number; sums: number[] }[] = [];
  for (const [at, tally] of tallies) {
    const [version, hour] = at.split('/') as [string, string];
    for (const [key, { n, sums }] of tally.byKey) rows.push({ version, hour, key, n, sums });
  }
  if (rows.length === 0) return;
  rows.sort((a, b) => (a.version + a.hour + a.key < b.version + b.hour + b.key ? -1 : 1));
  await query(
    em,
    `insert into quality_tally (deployment_id, model_version_id, hour, key, n, sums)
     select ?, t.version, t.hour, t.key, t.n, array(select jsonb_array_elements_text(t.sums)::float8)
       from jsonb_to_recordset(?::jsonb) as t(version uuid, hour timestamptz, key text, n bigint, sums jsonb)
     on conflict (deployment_id, model_version_id, hour, key) do update
       set n = quality_tally.n + excluded.n,
           sums = array(select coalesce(a, 0) + coalesce(b, 0)
                          from unnest(quality_tally.sums, excluded.sums) with ordinality as x(a, b, i) order by i)`,
    [deploymentId, JSON.stringify(rows)],
  );
}
