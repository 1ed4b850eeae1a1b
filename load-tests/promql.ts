import { parseExposition } from '../test/support/prometheus';

/**
 * Just enough of Prometheus for dashboard-picture.ts: an evaluator of the PromQL shapes that
 * src/telemetry/grafana-dashboard.json uses, over a list of scrapes taken a second apart. Anything else in an expression is refused, never guessed at.
 *
 * Supported: numbers; selectors with =, !=, =~, !~ matchers; rate() and increase() of a range
 * selector; sum, max, min and avg, optionally `by (labels)`; histogram_quantile(); scalar();
 * vector(); + - * / and `or`, with one-to-one matching on all labels.
 *
 * Where it differs from Prometheus: rate() and increase() take the difference between the first and
 * the last sample inside the window (counter resets allowed for) without extrapolating it to the
 * window's edges, and an instant selector reads the scrape at the evaluation time itself.
 */

export type Labels = Record<string, string>;

export interface Sample {
  labels: Labels;
  value: number;
}

/** One scrape of /metrics: when (seconds), and every sample by its series key. */
export interface Scrape {
  t: number;
  series: Map<string, Sample>;
}

const seriesKey = (labels: Labels) =>
  Object.keys(labels)
    .sort()
    .map((name) => `${name}=${JSON.stringify(labels[name])}`)
    .join(',');

/** Every sample of a /metrics text (parsed as the tests parse it), by series key, `__name__` among its labels. */
export function samplesOf(text: string): Map<string, Sample> {
  const series = new Map<string, Sample>();
  for (const family of parseExposition(text)) {
    for (const sample of family.metrics) {
      const labels: Labels = { __name__: family.name, ...sample.labels };
      const value = sample.value === '+Inf' ? Infinity : sample.value === '-Inf' ? -Infinity : Number(sample.value);
      series.set(seriesKey(labels), { labels, value });
    }
  }
  return series;
}

type Matcher = { label: string; op: '=' | '!=' | '=~' | '!~'; value: string };
type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'selector'; name: string; matchers: Matcher[]; range?: number }
  | { kind: 'call'; fn: 'rate' | 'increase' | 'histogram_quantile' | 'scalar' | 'vector'; args: Expr[] }
  | { kind: 'aggregate'; op: 'sum' | 'max' | 'min' | 'avg'; by?: string[]; arg: Expr }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/' | 'or'; left: Expr; right: Expr };

const FUNCTIONS = new Set(['rate', 'increase', 'histogram_quantile', 'scalar', 'vector']);
const AGGREGATIONS = new Set(['sum', 'max', 'min', 'avg']);

/** Parses an expression of the supported shapes (variables already substituted). */
export function parse(source: string): Expr {
  const tokens =
    source.match(/"(?:[^"\\]|\\.)*"|\d+(?:\.\d+)?(?:ms|s|m|h)?|[a-zA-Z_:][\w:]*|=~|!~|!=|[=(){}[\],+\-*/]|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (token === undefined || (expected !== undefined && token !== expected))
      throw new Error(`expected ${expected ?? 'more'} at token ${at} of: ${source}`);
    return token;
  };
  const labelList = () => {
    take('(');
    const labels: string[] = [];
    while (peek() !== ')') {
      labels.push(take());
      if (peek() === ',') take(',');
    }
    take(')');
    return labels;
  };
  const duration = (token: string) => {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(token);
    if (!match) throw new Error(`not a duration: ${token}`);
    return Number(match[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  };
  const primary = (): Expr => {
    const token = take();
    if (token === '(') {
      const inner = expression(0);
      take(')');
      return inner;
    }
    if (/^\d/.test(token)) return { kind: 'number', value: Number(token) };
    if (AGGREGATIONS.has(token)) {
      const by = peek() === 'by' ? (take(), labelList()) : undefined;
      take('(');
      const arg = expression(0);
      take(')');
      return { kind: 'aggregate', op: token as 'sum', by, arg };
    }
    if (FUNCTIONS.has(token) && peek() === '(') {
      take('(');
      const args: Expr[] = [];
      while (peek() !== ')') {
        args.push(expression(0));
        if (peek() === ',') take(',');
      }
      take(')');
      return { kind: 'call', fn: token as 'rate', args };
    }
    if (!/^[a-zA-Z_:]/.test(token) || peek() === '(') throw new Error(`unsupported "${token}" in: ${source}`);
    const matchers: Matcher[] = [];
    if (peek() === '{') {
      take('{');
      while (peek() !== '}') {
        const label = take();
        const op = take() as Matcher['op'];
        if (!['=', '!=', '=~', '!~'].includes(op)) throw new Error(`bad matcher operator ${op} in: ${source}`);
        matchers.push({ label, op, value: JSON.parse(take()) as string });
        if (peek() === ',') take(',');
      }
      take('}');
    }
    let range: number | undefined;
    if (peek() === '[') {
      take('[');
      range = duration(take());
      take(']');
    }
    return { kind: 'selector', name: token, matchers, range };
  };
  const precedence: Record<string, number> = { or: 1, '+': 2, '-': 2, '*': 3, '/': 3 };
  const expression = (minimum: number): Expr => {
    let left = primary();
    for (;;) {
      const op = peek();
      if (op === undefined || precedence[op] === undefined || precedence[op]! < minimum) return left;
      take();
      const right = expression(precedence[op]! + 1);
      left = { kind: 'binary', op: op as '+', left, right };
    }
  };
  const expr = expression(0);
  if (at !== tokens.length) throw new Error(`unexpected "${peek()}" in: ${source}`);
  return expr;
}

type Value = { type: 'scalar'; value: number } | { type: 'vector'; samples: Sample[] };

const withoutName = ({ __name__: _, ...labels }: Labels) => labels;
const matches = (labels: Labels, name: string, matchers: Matcher[]) =>
  labels.__name__ === name &&
  matchers.every(({ label, op, value }) => {
    const actual = labels[label] ?? '';
    if (op === '=') return actual === value;
    if (op === '!=') return actual !== value;
    const regex = new RegExp(`^(?:${value})$`);
    return op === '=~' ? regex.test(actual) : !regex.test(actual);
  });

/** Prometheus' histogram_quantile: linear interpolation inside the bucket that holds the rank. */
function quantile(q: number, buckets: { le: number; count: number }[]): number {
  buckets.sort((a, b) => a.le - b.le);
  const total = buckets.at(-1);
  if (!total || total.le !== Infinity || !(total.count > 0)) return NaN;
  const rank = q * total.count;
  const index = buckets.findIndex((bucket) => bucket.count >= rank);
  if (index === buckets.length - 1) return buckets.length > 1 ? buckets.at(-2)!.le : NaN;
  const lower = index === 0 ? 0 : buckets[index - 1]!.le;
  const below = index === 0 ? 0 : buckets[index - 1]!.count;
  const bucket = buckets[index]!;
  return lower + (bucket.le - lower) * ((rank - below) / (bucket.count - below || 1));
}

/** Evaluates `expr` at the time of scrapes[at]. */
export function evaluate(expr: Expr, scrapes: Scrape[], at: number): Value {
  const vector = (value: Value) => {
    if (value.type !== 'vector') throw new Error('expected an instant vector');
    return value.samples;
  };
  switch (expr.kind) {
    case 'number':
      return { type: 'scalar', value: expr.value };
    case 'selector': {
      if (expr.range !== undefined) throw new Error(`a range selector outside rate() or increase(): ${expr.name}`);
      return {
        type: 'vector',
        samples: [...scrapes[at]!.series.values()].filter((sample) => matches(sample.labels, expr.name, expr.matchers)),
      };
    }
    case 'call': {
      const [first, second] = expr.args;
      if (expr.fn === 'rate' || expr.fn === 'increase') {
        if (first?.kind !== 'selector' || first.range === undefined)
          throw new Error(`${expr.fn}() needs a range selector`);
        const now = scrapes[at]!.t;
        const window = scrapes.slice(0, at + 1).filter((scrape) => scrape.t > now - first.range! - 1e-9);
        const samples: Sample[] = [];
        for (const [key, sample] of scrapes[at]!.series) {
          if (!matches(sample.labels, first.name, first.matchers)) continue;
          const points = window.flatMap((scrape) => {
            const point = scrape.series.get(key);
            return point ? [{ t: scrape.t, value: point.value }] : [];
          });
          if (points.length < 2) continue;
          let increase = 0;
          for (let i = 1; i < points.length; i += 1)
            increase +=
              points[i]!.value >= points[i - 1]!.value ? points[i]!.value - points[i - 1]!.value : points[i]!.value;
          const seconds = points.at(-1)!.t - points[0]!.t;
          samples.push({
            labels: withoutName(sample.labels),
            value: expr.fn === 'rate' ? increase / seconds : increase,
          });
        }
        return { type: 'vector', samples };
      }
      if (expr.fn === 'histogram_quantile') {
        if (first?.kind !== 'number' || !second) throw new Error('histogram_quantile(number, vector)');
        const groups = new Map<string, { labels: Labels; buckets: { le: number; count: number }[] }>();
        for (const sample of vector(evaluate(second, scrapes, at))) {
          const { le, ...labels } = withoutName(sample.labels);
          if (le === undefined) continue;
          const key = seriesKey(labels);
          if (!groups.has(key)) groups.set(key, { labels, buckets: [] });
          groups.get(key)!.buckets.push({ le: le === '+Inf' ? Infinity : Number(le), count: sample.value });
        }
        return {
          type: 'vector',
          samples: [...groups.values()].map(({ labels, buckets }) => ({
            labels,
            value: quantile(first.value, buckets),
          })),
        };
      }
      if (expr.fn === 'scalar') {
        const samples = vector(evaluate(first!, scrapes, at));
        return { type: 'scalar', value: samples.length === 1 ? samples[0]!.value : NaN };
      }
      const value = evaluate(first!, scrapes, at);
      if (value.type !== 'scalar') throw new Error('vector() needs a scalar');
      return { type: 'vector', samples: [{ labels: {}, value: value.value }] };
    }
    case 'aggregate': {
      const groups = new Map<string, { labels: Labels; values: number[] }>();
      for (const sample of vector(evaluate(expr.arg, scrapes, at))) {
        const labels = Object.fromEntries(
          (expr.by ?? [])
            .filter((name) => sample.labels[name] !== undefined)
            .map((name) => [name, sample.labels[name]!]),
        );
        const key = seriesKey(labels);
        if (!groups.has(key)) groups.set(key, { labels, values: [] });
        groups.get(key)!.values.push(sample.value);
      }
      const combine = {
        sum: (v: number[]) => v.reduce((a, b) => a + b, 0),
        max: (v: number[]) => Math.max(...v),
        min: (v: number[]) => Math.min(...v),
        avg: (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length,
      }[expr.op];
      return {
        type: 'vector',
        samples: [...groups.values()].map(({ labels, values }) => ({ labels, value: combine(values) })),
      };
    }
    case 'binary': {
      const left = evaluate(expr.left, scrapes, at);
      const right = evaluate(expr.right, scrapes, at);
      if (expr.op === 'or') {
        const kept = vector(left);
        const seen = new Set(kept.map((sample) => seriesKey(withoutName(sample.labels))));
        return {
          type: 'vector',
          samples: [...kept, ...vector(right).filter((sample) => !seen.has(seriesKey(withoutName(sample.labels))))],
        };
      }
      const apply = (a: number, b: number) => ({ '+': a + b, '-': a - b, '*': a * b, '/': a / b })[expr.op as '+'];
      if (left.type === 'scalar' && right.type === 'scalar')
        return { type: 'scalar', value: apply(left.value, right.value) };
      if (left.type === 'scalar')
        return {
          type: 'vector',
          samples: vector(right).map((s) => ({ labels: withoutName(s.labels), value: apply(left.value, s.value) })),
        };
      if (right.type === 'scalar')
        return {
          type: 'vector',
          samples: left.samples.map((s) => ({ labels: withoutName(s.labels), value: apply(s.value, right.value) })),
        };
      const others = new Map(right.samples.map((sample) => [seriesKey(withoutName(sample.labels)), sample.value]));
      return {
        type: 'vector',
        samples: left.samples.flatMap((sample) => {
          const labels = withoutName(sample.labels);
          const other = others.get(seriesKey(labels));
          return other === undefined ? [] : [{ labels, value: apply(sample.value, other) }];
        }),
      };
    }
  }
}
