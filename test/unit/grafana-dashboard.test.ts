import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Metrics } from '../../src/telemetry/metrics';

interface Target {
  expr: string;
  datasource?: { type?: string; uid?: string };
}
interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: Target[];
}
interface Variable {
  name: string;
  type: string;
  query: string | { query: string };
  datasource?: { type?: string; uid?: string };
}

// Read from the source tree (dist/test/unit → the repository root): the file Grafana imports.
const dashboard = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../src/telemetry/grafana-dashboard.json'), 'utf8'),
) as {
  schemaVersion: number;
  panels: Panel[];
  templating: { list: Variable[] };
};
const panels = dashboard.panels.filter((panel) => panel.type !== 'row');
const variable = (name: string) => dashboard.templating.list.find((v) => v.name === name);
const variableQuery = (v: Variable) => (typeof v.query === 'string' ? v.query : v.query.query);

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'inf',
  'nan',
]);

/**
 * The metric names a PromQL expression selects: what is left of its identifiers once strings,
 * label matchers, ranges and label lists (by, on, ignoring…) are cut away, less function names
 * (followed by a parenthesis) and keywords.
 */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = new Set<string>();
  for (const match of bare.matchAll(/(?<![\w.$])[a-zA-Z_:][\w:]*/g)) {
    const after = bare.slice(match.index + match[0].length);
    if (/^\s*\(/.test(after) || KEYWORDS.has(match[0].toLowerCase())) continue;
    names.add(match[0]);
  }
  return [...names];
}

/** Every series name the gateway's own registry exposes: histograms' and summaries' with their suffixes. */
async function registeredNames(): Promise<Set<string>> {
  const metrics = new Metrics();
  metrics.readFrom({
    predictionLog: () => ({ written: 0, dropped: 0, failedWrites: 0, rejected: 0, pending: 0 }),
    queuedInstances: () => 0,
    workers: () => [],
    databasePools: () => ({ orm: { used: 0, free: 0, waiting: 0 }, background: { used: 0, free: 0, waiting: 0 } }),
    drift: () => [],
    liveQuality: () => [],
    quarantinedModels: () => 0,
    workerReplacements: () => 0,
  });
  const names = new Set<string>();
  for (const metric of await metrics.registry.getMetricsAsJSON()) {
    names.add(metric.name);
    const type = String(metric.type);
    if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(metric.name + suffix);
    if (type === 'summary') for (const suffix of ['_sum', '_count']) names.add(metric.name + suffix);
  }
  return names;
}

describe('Grafana dashboard (src/telemetry/grafana-dashboard.json)', () => {
  it('reads metric names from PromQL', () => {
    assert.deepEqual(
      metricNames(
        'histogram_quantile(0.99, sum by (le, deployment) (rate(a_bucket{deployment=~"$deployment", code!="x{y}"}[$__rate_interval]))) / scalar((sum(b) or vector(0)) + sum(c_total))',
      ),
      ['a_bucket', 'b', 'c_total'],
    );
  });

  it('selects only metrics that the gateway registers', async () => {
    const registered = await registeredNames();
    const used = new Map<string, string>();
    for (const panel of panels)
      for (const target of panel.targets ?? [])
        for (const name of metricNames(target.expr)) used.set(name, panel.title);
    for (const v of dashboard.templating.list.filter((v) => v.type === 'query')) {
      const from = /^label_values\(\s*([a-zA-Z_:][\w:]*)\s*,/.exec(variableQuery(v));
      if (from) used.set(from[1]!, `variable ${v.name}`);
    }
    assert.ok(used.size > 20, `only ${used.size} metric names found in the dashboard`);
    const missing = [...used].filter(([name]) => !registered.has(name)).map(([name, where]) => `${name} (${where})`);
    assert.deepEqual(missing, [], `the dashboard selects metrics that new Metrics(...) does not register`);
  });

  it('gives every panel a unique id, the ${datasource} variable as data source, and a place on the grid', () => {
    const ids = dashboard.panels.map((panel) => panel.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate panel ids: ${ids.join(', ')}`);
    const prometheus = { type: 'prometheus', uid: '${datasource}' };
    for (const panel of panels) {
      assert.deepEqual(panel.datasource, prometheus, `panel "${panel.title}"`);
      assert.ok(panel.targets?.length, `panel "${panel.title}" has no query`);
      for (const target of panel.targets)
        assert.deepEqual(target.datasource, prometheus, `a query of panel "${panel.title}"`);
    }
    const cells = new Map<string, string>();
    for (const panel of dashboard.panels) {
      const { x, y, w, h } = panel.gridPos;
      assert.ok(x >= 0 && w > 0 && h > 0 && x + w <= 24, `panel "${panel.title}" lies outside the 24 columns`);
      for (let row = y; row < y + h; row += 1) {
        for (let column = x; column < x + w; column += 1) {
          const other = cells.get(`${row},${column}`);
          assert.equal(other, undefined, `panels "${other}" and "${panel.title}" overlap`);
          cells.set(`${row},${column}`, panel.title);
        }
      }
    }
  });

  it('is import-ready: a Prometheus data source variable and a deployment variable, no fixed data source uid', () => {
    assert.ok(dashboard.schemaVersion >= 36);
    const datasource = variable('datasource');
    assert.equal(datasource?.type, 'datasource');
    assert.equal(datasource?.query, 'prometheus');
    const deployment = variable('deployment');
    assert.equal(deployment?.type, 'query');
    assert.equal(variableQuery(deployment!), 'label_values(modelgate_predictions_total, deployment)');
    assert.deepEqual(deployment?.datasource, { type: 'prometheus', uid: '${datasource}' });
    const uids = [...JSON.stringify(dashboard).matchAll(/"uid":\s*"([^"]*)"/g)].map((match) => match[1]);
    assert.deepEqual(
      uids.filter((uid) => uid !== '${datasource}' && uid !== '-- Grafana --' && uid !== 'modelgate'),
      [],
      'a data source uid other than ${datasource}',
    );
  });
});
