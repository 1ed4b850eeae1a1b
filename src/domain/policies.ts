import fs from 'node:fs';
import path from 'node:path';
import type { RawRuleOf, MongoAbility } from '@casl/ability';
import { z } from 'zod';
import { loadExplanationLimits, type ExplanationLimits } from './explanations/limits';
import { loadGates, type GatePolicy } from './governance/gates/index';
import { loadDriftPolicy, type DriftPolicy } from './drift/policy';
import { loadQualityPolicy, type QualityPolicy } from './outcomes/policy';
import { loadPredictionLogPolicy, type PredictionLogPolicy } from './prediction-log/policy';
import { loadRequestLimits, type RequestLimits } from './limits';
import type { Logger } from '../telemetry/logger';
import { readPolicyFile } from '../authz/policy-file';
import { actions, conditionPaths, subjectTypes, type SubjectType } from '../authz/subjects';

export type PolicyRule = RawRuleOf<MongoAbility>;

/** Roles with their rules flattened (inherited rules first); placeholders still unfilled. */
export interface Policy {
  roles: Map<string, PolicyRule[]>;
  /** policies/gates.yaml: governance gates, approval quorum, deployable states. */
  gates: GatePolicy;
  /** policies/explanations.yaml: which explanation methods each role may use, and at what cost. */
  explanations: ExplanationLimits;
  /** policies/limits.yaml: the shape of a request, and each role's inference budget. */
  limits: RequestLimits;
  /** policies/drift.yaml: the window, thresholds and reference of drift monitoring. */
  drift: DriftPolicy;
  /** policies/prediction-log.yaml: which deployments log synchronously. */
  predictionLog: PredictionLogPolicy;
  /** policies/quality.yaml: live quality's window and the checks that raise alerts. */
  quality: QualityPolicy;
}

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).nonempty()]);
const operators = new Set(['$in', '$nin', '$eq', '$ne']);
export const placeholders = ['${identity.teams}', '${identity.subject}', '${identity.deployments}'] as const;

const ruleSchema = z
  .object({
    action: oneOrMany(z.enum(actions)),
    subject: oneOrMany(z.enum(['all', ...subjectTypes] as [string, ...string[]])),
    fields: z.array(z.string().min(1)).nonempty().optional(),
    conditions: z.record(z.string(), z.unknown()).optional(),
    inverted: z.boolean().optional(),
    reason: z.string().optional(),
  })
  .strict();

const fileSchema = z
  .object({
    roles: z.record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, 'role names are lower-case words joined by "-"'),
      z.object({ inherits: z.array(z.string()).default([]), rules: z.array(ruleSchema).default([]) }).strict(),
    ),
  })
  .strict();

type RoleDefinition = z.infer<typeof fileSchema>['roles'][string];

/** Reads and checks policies/roles.yaml and gates.yaml; throws an Error that says what is wrong and where. */
export function loadPolicy(dir: string): Policy {
  const file = path.join(dir, 'roles.yaml');
  const definitions = readPolicyFile(file, fileSchema).roles;
  for (const [role, definition] of Object.entries(definitions)) {
    definition.rules.forEach((rule, index) => checkConditions(`${file}: roles.${role}.rules.${index}`, rule));
  }
  const roles = new Map<string, PolicyRule[]>();
  for (const role of Object.keys(definitions)) roles.set(role, flatten(file, definitions, role, []));
  if (!roles.has('anonymous'))
    throw new Error(`${file}: roles.anonymous is missing; give it an empty rule list to allow nothing.`);
  return {
    roles,
    gates: loadGates(dir),
    explanations: loadExplanationLimits(dir),
    limits: loadRequestLimits(dir),
    drift: loadDriftPolicy(dir),
    predictionLog: loadPredictionLogPolicy(dir),
    quality: loadQualityPolicy(dir),
  };
}

function flatten(
  file: string,
  definitions: Record<string, RoleDefinition>,
  role: string,
  trail: string[],
): PolicyRule[] {
  const definition = definitions[role];
  if (!definition) throw new Error(`${file}: roles.${trail.at(-1)} inherits unknown role "${role}".`);
  if (trail.includes(role)) throw new Error(`${file}: roles inherit in a circle: ${[...trail, role].join(' → ')}.`);
  const inherited = definition.inherits.flatMap((parent) => flatten(file, definitions, parent, [...trail, role]));
  return [...inherited, ...(definition.rules as PolicyRule[])];
}

function checkConditions(at: string, rule: z.infer<typeof ruleSchema>): void {
  if (!rule.conditions) return;
  const subjects = [rule.subject].flat();
  for (const subject of subjects) {
    if (subject === 'all') throw new Error(`${at}: a rule on "all" cannot have conditions.`);
    const allowed: readonly string[] = conditionPaths[subject as SubjectType];
    for (const [field, test] of Object.entries(rule.conditions)) {
      if (!allowed.includes(field))
        throw new Error(`${at}: ${subject} has no condition path "${field}"; use one of ${allowed.join(', ')}.`);
      if (test !== null && typeof test === 'object' && !Array.isArray(test)) {
        for (const [operator, operand] of Object.entries(test)) {
          if (!operators.has(operator))
            throw new Error(`${at}: operator ${operator} is not supported; use ${[...operators].join(', ')}.`);
          checkPlaceholders(at, operand);
        }
      } else {
        checkPlaceholders(at, test);
      }
    }
  }
}

function checkPlaceholders(at: string, value: unknown): void {
  if (typeof value === 'string' && value.includes('${') && !(placeholders as readonly string[]).includes(value)) {
    throw new Error(`${at}: unknown placeholder ${value}; use one of ${placeholders.join(', ')}.`);
  }
}

/**
 * Holds the policy in force. Reloads when a file in the folder changes or on SIGHUP; a policy
 * that fails to load is logged and ignored, so the last good one stays in force.
 */
export class PolicyStore {
  private policy: Policy;
  private watcher?: fs.FSWatcher;
  private debounce?: NodeJS.Timeout;
  private readonly onHangup = () => this.reload();

  constructor(
    private readonly dir: string,
    private readonly logger: Logger,
  ) {
    this.policy = loadPolicy(dir);
  }

  get current(): Policy {
    return this.policy;
  }

  /** Loads the folder again; returns whether the new policy took effect. */
  reload(): boolean {
    try {
      this.policy = loadPolicy(this.dir);
      this.logger.info({ roles: [...this.policy.roles.keys()] }, 'policies reloaded');
      return true;
    } catch (error) {
      this.logger.error({ reason: (error as Error).message }, 'policy refused; the last good policy stays in force');
      return false;
    }
  }

  watch(): void {
    this.watcher = fs.watch(this.dir, () => {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => this.reload(), 100);
    });
    process.on('SIGHUP', this.onHangup);
  }

  close(): void {
    clearTimeout(this.debounce);
    this.watcher?.close();
    process.off('SIGHUP', this.onHangup);
  }
}
