import path from 'node:path';
import { z } from 'zod';
import type { GraphQLError } from 'graphql';
import { readPolicyFile } from '../authz/policy-file';
import { limitExceeded } from '../errors';

const count = z.number().int().min(0);

const rate = z.object({ perSecond: z.number().int().min(1), burst: z.number().int().min(1) }).strict();

const shape = z
  .object({ maxTokens: count, maxDepth: count, maxAliases: count, maxDirectives: count, maxCost: count })
  .strict();

const fileSchema = z
  .object({
    request: z.object({ default: shape, roles: z.record(z.string(), shape).default({}) }).strict(),
    inference: z.object({ default: count, roles: z.record(z.string(), count).default({}) }).strict(),
    rates: z.object({ default: rate, roles: z.record(z.string(), rate).default({}) }).strict(),
    work: z
      .object({ default: rate, roles: z.record(z.string(), rate).default({}) })
      .strict()
      .default({ default: { perSecond: 1_000_000, burst: 20_000_000 }, roles: {} }),
    introspection: z.array(z.string()).default([]),
    apiKeysPerTeam: count.default(20),
  })
  .strict();

export type Rate = z.infer<typeof rate>;
/** How large a GraphQL document may be: tokens, depth, aliases, directives, static cost. */
export type DocumentShape = z.infer<typeof shape>;

/** policies/limits.yaml: the shape a GraphQL document may have, and the inference work each role may ask per request. */
export type RequestLimits = z.infer<typeof fileSchema>;

export function loadRequestLimits(dir: string): RequestLimits {
  return readPolicyFile(path.join(dir, 'limits.yaml'), fileSchema);
}

/** The document shape a caller may send: each limit the most generous of its roles'. */
export function documentShapeOf(limits: RequestLimits, roles: string[]): DocumentShape {
  return widest(roles.map((role) => limits.request.roles[role] ?? limits.request.default));
}

/** The widest shape any role may send: what the server checks for everyone, before it knows the caller's roles. */
export function widestDocumentShape(limits: RequestLimits): DocumentShape {
  return widest([limits.request.default, ...Object.values(limits.request.roles)]);
}

function widest(shapes: DocumentShape[]): DocumentShape {
  const most = (key: keyof DocumentShape) => Math.max(0, ...shapes.map((s) => s[key]));
  return {
    maxTokens: most('maxTokens'),
    maxDepth: most('maxDepth'),
    maxAliases: most('maxAliases'),
    maxDirectives: most('maxDirectives'),
    maxCost: most('maxCost'),
  };
}

/** The inference budget of a caller: the most generous of its roles'. */
export function inferenceBudget(limits: RequestLimits, roles: string[]): number {
  return Math.max(0, ...roles.map((role) => limits.inference.roles[role] ?? limits.inference.default));
}

/** The request rate of a caller: the most generous of its roles'. */
export function rateOf(limits: RequestLimits, roles: string[]): Rate {
  return mostGenerous(limits.rates, roles);
}

/** The inference work a caller may cause a second: the most generous of its roles'. */
export function workRateOf(limits: RequestLimits, roles: string[]): Rate {
  return mostGenerous(limits.work, roles);
}

function mostGenerous(rates: { default: Rate; roles: Record<string, Rate> }, roles: string[]): Rate {
  const own = roles.map((role) => rates.roles[role] ?? rates.default);
  return own.reduce((most, rate) => (rate.perSecond > most.perSecond ? rate : most), own[0] ?? rates.default);
}

/** May a caller with these roles introspect the schema and see suggestions? */
export function mayIntrospect(limits: RequestLimits, roles: string[]): boolean {
  return roles.some((role) => limits.introspection.includes(role));
}

/** LIMIT_EXCEEDED for a request whose inference work is over its roles' budget, naming both. */
export function overBudget(cost: number, budget: number): GraphQLError {
  return limitExceeded(
    `This request asks for ${cost.toLocaleString('en')} instance-evaluations of inference (predict fields × instances × explanation work); ` +
      `your roles allow ${budget.toLocaleString('en')} a request. Send fewer instances, aliases, steps or samples, or split the request.`,
    { cost, budget },
  );
}
