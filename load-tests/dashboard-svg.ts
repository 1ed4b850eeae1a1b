/**
 * Draws a Grafana dashboard's JSON as an SVG picture: its rows and panels where gridPos puts them,
 * each panel's queries evaluated (promql.ts) over scrapes of /metrics. Time series panels draw
 * lines with their legend, table panels their latest values; a panel whose queries find no samples
 * says "No data", as Grafana does.
 */
import { evaluate, parse, type Labels, type Scrape } from './promql';

interface Target {
  expr: string;
  legendFormat?: string;
}
interface Threshold {
  color: string;
  value: number | null;
}
export interface DashboardPanel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: Target[];
  options?: { legend?: { calcs?: string[]; sortBy?: string; sortDesc?: boolean } };
  fieldConfig?: {
    defaults?: {
      unit?: string;
      min?: number;
      max?: number;
      decimals?: number;
      thresholds?: { steps: Threshold[] };
      custom?: { thresholdsStyle?: { mode: string } };
    };
  };
}
export interface Dashboard {
  title: string;
  panels: DashboardPanel[];
}

/** Grafana's classic palette, and its named threshold colours. */
const PALETTE = [
  '#7EB26D',
  '#EAB839',
  '#6ED0E0',
  '#EF843C',
  '#E24D42',
  '#1F78C1',
  '#BA43A9',
  '#705DA0',
  '#508642',
  '#CCA300',
  '#447EBC',
  '#C15C17',
];
const NAMED: Record<string, string> = { green: '#73BF69', yellow: '#FADE2A', red: '#F2495C', orange: '#FF9830' };
const TEXT = '#ccccdc';
const DIM = '#8e8e9e';
const GRID = '#2c3235';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A number as Grafana shows it in `unit`. */
export function formatValue(value: number, unit = 'short', decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = (v: number) => {
    const places = decimals ?? (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2);
    return String(Number(v.toFixed(places)));
  };
  const scaled = (v: number, steps: [number, string][]) => {
    const [factor, suffix] = steps.find(([f]) => Math.abs(v) >= f) ?? steps.at(-1)!;
    return `${fixed(v / factor)}${suffix}`;
  };
  switch (unit) {
    case 's':
      return value === 0
        ? '0 s'
        : scaled(value, [
            [1, ' s'],
            [1e-3, ' ms'],
            [1e-6, ' µs'],
          ]);
    case 'bytes':
      return scaled(value, [
        [2 ** 30, ' GiB'],
        [2 ** 20, ' MiB'],
        [2 ** 10, ' KiB'],
        [1, ' B'],
      ]);
    case 'percentunit':
      return `${fixed(value * 100)}%`;
    case 'reqps':
      return `${scaled(value, [
        [1e6, 'M'],
        [1e3, 'K'],
        [1, ''],
      ])} req/s`;
    default:
      return scaled(value, [
        [1e6, 'M'],
        [1e3, 'K'],
        [1, ''],
      ]);
  }
}

/** 1, 2, 2.5 or 5 × a power of ten, at least `value`. */
const niceCeiling = (value: number) => {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].find((step) => step * power >= value * (1 - 1e-9)) ?? 10) * power;
};

const legendOf = (format: string | undefined, labels: Labels) =>
  format
    ? format.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => labels[name] ?? '')
    : `{${Object.entries(labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(', ')}}`;

/** A target's expression, parsed, with the variables as Grafana sets them for "All" deployments. */
const query = (target: Target, rateWindowSeconds: number) =>
  parse(target.expr.replaceAll('$__rate_interval', `${rateWindowSeconds}s`).replaceAll('$deployment', '.*'));

interface Series {
  name: string;
  points: number[];
}

const maximum = (series: Series) => Math.max(...series.points.filter(Number.isFinite));

/** The legend's order and text: by name, or by the series' maximum as the panel's legend options ask (the only calculation drawn). */
function legend(panel: DashboardPanel, series: Series[]): Series[] {
  const options = panel.options?.legend ?? {};
  const sorted =
    options.sortBy === 'Max'
      ? [...series].sort((a, b) => (maximum(b) - maximum(a)) * (options.sortDesc ? 1 : -1))
      : series;
  const unit = panel.fieldConfig?.defaults?.unit;
  return options.calcs?.includes('max')
    ? sorted.map((s) => ({ ...s, name: `${s.name}  Max: ${formatValue(maximum(s), unit)}` }))
    : sorted;
}

/** Each target's series over every scrape. */
function panelSeries(panel: DashboardPanel, scrapes: Scrape[], rateWindowSeconds: number): Series[] {
  const series: Series[] = [];
  for (const target of panel.targets ?? []) {
    const expr = query(target, rateWindowSeconds);
    const byName = new Map<string, number[]>();
    scrapes.forEach((_, at) => {
      const value = evaluate(expr, scrapes, at);
      const samples = value.type === 'scalar' ? [{ labels: {}, value: value.value }] : value.samples;
      for (const sample of samples) {
        const name = legendOf(target.legendFormat, sample.labels);
        if (!byName.has(name)) byName.set(name, new Array<number>(scrapes.length).fill(NaN));
        byName.get(name)![at] = sample.value;
      }
    });
    for (const [name, points] of byName) if (points.some(Number.isFinite)) series.push({ name, points });
  }
  return series.sort((a, b) => a.name.localeCompare(b.name));
}

const clock = (seconds: number) => new Date(seconds * 1000).toISOString().slice(11, 19);

function timeseries(
  panel: DashboardPanel,
  series: Series[],
  scrapes: Scrape[],
  box: { x: number; y: number; w: number; h: number },
): string[] {
  const defaults = panel.fieldConfig?.defaults ?? {};
  const thresholds =
    defaults.custom?.thresholdsStyle?.mode === 'line'
      ? (defaults.thresholds?.steps ?? []).filter((step) => step.value !== null)
      : [];
  const values = series.flatMap((s) => s.points.filter(Number.isFinite));
  const low = defaults.min ?? Math.min(0, ...values);
  const high = defaults.max ?? niceCeiling(Math.max(...values, ...thresholds.map((step) => step.value! * 1.2)));
  const legendRows = 2;
  const plot = { x: box.x + 64, y: box.y + 30, w: box.w - 76, h: box.h - 30 - 18 - legendRows * 15 - 6 };
  const t0 = scrapes[0]!.t;
  const span = Math.max(1, scrapes.at(-1)!.t - t0);
  const px = (t: number) => plot.x + ((t - t0) / span) * plot.w;
  const py = (v: number) => plot.y + plot.h - ((Math.min(Math.max(v, low), high) - low) / (high - low || 1)) * plot.h;
  const out: string[] = [];
  for (let i = 0; i <= 4; i += 1) {
    const v = low + ((high - low) * i) / 4;
    const y = py(v);
    out.push(
      `<line x1="${plot.x}" y1="${y.toFixed(1)}" x2="${plot.x + plot.w}" y2="${y.toFixed(1)}" stroke="${GRID}"/>`,
    );
    out.push(
      `<text x="${plot.x - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" fill="${DIM}" font-size="10">${escape(formatValue(v, defaults.unit, undefined))}</text>`,
    );
  }
  for (let i = 0; i <= 4; i += 1) {
    const t = t0 + (span * i) / 4;
    const anchor = i === 0 ? 'start' : i === 4 ? 'end' : 'middle';
    out.push(
      `<text x="${px(t).toFixed(1)}" y="${plot.y + plot.h + 15}" text-anchor="${anchor}" fill="${DIM}" font-size="10">${clock(t)}</text>`,
    );
  }
  for (const step of thresholds) {
    const y = py(step.value!).toFixed(1);
    out.push(
      `<line x1="${plot.x}" y1="${y}" x2="${plot.x + plot.w}" y2="${y}" stroke="${NAMED[step.color] ?? step.color}" stroke-dasharray="6 4"/>`,
    );
  }
  series.forEach((s, index) => {
    const color = PALETTE[index % PALETTE.length]!;
    // A gap where the query had no value, as Grafana draws it (spanNulls off).
    const runs: string[][] = [[]];
    s.points.forEach((value, at) => {
      if (Number.isFinite(value)) runs.at(-1)!.push(`${px(scrapes[at]!.t).toFixed(1)},${py(value).toFixed(1)}`);
      else if (runs.at(-1)!.length) runs.push([]);
    });
    for (const run of runs) {
      if (run.length === 1)
        out.push(`<circle cx="${run[0]!.split(',')[0]}" cy="${run[0]!.split(',')[1]}" r="1.5" fill="${color}"/>`);
      else if (run.length > 1)
        out.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${color}" stroke-width="1.5"/>`);
    }
  });
  // The legend: as many entries as two lines hold, then how many more.
  let lx = box.x + 10;
  let row = 0;
  const legendTop = plot.y + plot.h + 22;
  for (const [index, s] of series.entries()) {
    const width = 16 + s.name.length * 6.2;
    if (lx + width > box.x + box.w - 10) {
      row += 1;
      lx = box.x + 10;
    }
    if (row >= legendRows || (row === legendRows - 1 && lx + width > box.x + box.w - 60 && index < series.length - 1)) {
      out.push(
        `<text x="${lx}" y="${legendTop + (legendRows - 1) * 15 + 9}" fill="${DIM}" font-size="10">+${series.length - index} more</text>`,
      );
      break;
    }
    const y = legendTop + row * 15;
    out.push(`<rect x="${lx}" y="${y + 2}" width="10" height="4" rx="1" fill="${PALETTE[index % PALETTE.length]}"/>`);
    out.push(`<text x="${lx + 14}" y="${y + 8}" fill="${TEXT}" font-size="10">${escape(s.name)}</text>`);
    lx += width + 12;
  }
  return out;
}

function table(
  panel: DashboardPanel,
  scrapes: Scrape[],
  rateWindowSeconds: number,
  box: { x: number; y: number; w: number; h: number },
): string[] {
  const defaults = panel.fieldConfig?.defaults ?? {};
  const steps = defaults.thresholds?.steps ?? [];
  const rows: { labels: Labels; value: number }[] = [];
  for (const target of panel.targets ?? []) {
    const value = evaluate(query(target, rateWindowSeconds), scrapes, scrapes.length - 1);
    if (value.type === 'vector') rows.push(...value.samples.filter((sample) => Number.isFinite(sample.value)));
  }
  if (!rows.length) return noData(box);
  rows.sort((a, b) => b.value - a.value);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.labels)))];
  const width = (box.w - 20) / (columns.length + 1);
  const out: string[] = [];
  const header = [...columns, 'PSI'];
  header.forEach((name, i) =>
    out.push(
      `<text x="${box.x + 10 + i * width}" y="${box.y + 46}" fill="${DIM}" font-size="10" font-weight="bold">${escape(name)}</text>`,
    ),
  );
  const fit = Math.floor((box.h - 60) / 18);
  rows.slice(0, fit).forEach((row, r) => {
    const y = box.y + 52 + r * 18;
    columns.forEach((name, i) =>
      out.push(
        `<text x="${box.x + 10 + i * width}" y="${y + 13}" fill="${TEXT}" font-size="10">${escape(row.labels[name] ?? '')}</text>`,
      ),
    );
    const color = [...steps].reverse().find((step) => step.value === null || row.value >= step.value)?.color ?? 'green';
    out.push(
      `<rect x="${box.x + 10 + columns.length * width - 4}" y="${y + 1}" width="${width - 6}" height="16" fill="${NAMED[color] ?? color}"/>`,
    );
    out.push(
      `<text x="${box.x + 10 + columns.length * width}" y="${y + 13}" fill="#111217" font-size="10">${formatValue(row.value, defaults.unit, defaults.decimals)}</text>`,
    );
  });
  if (rows.length > fit)
    out.push(
      `<text x="${box.x + 10}" y="${box.y + box.h - 6}" fill="${DIM}" font-size="10">+${rows.length - fit} more rows</text>`,
    );
  return out;
}

const noData = (box: { x: number; y: number; w: number; h: number }) => [
  `<text x="${box.x + box.w / 2}" y="${box.y + box.h / 2 + 8}" text-anchor="middle" fill="${DIM}" font-size="14">No data</text>`,
];

/** Grafana's grid: 24 columns, rows 30 px high with 8 px between panels. */
const CELL = 30;
const GAP = 8;

/** Renders `dashboard` over `scrapes` (a second or so apart) as an SVG document, with `caption` lines above it. */
export function renderDashboard(
  dashboard: Dashboard,
  scrapes: Scrape[],
  rateWindowSeconds: number,
  caption: string[],
): string {
  const width = 1680;
  const top = 24 + caption.length * 18 + 12;
  const column = (width - 2 * GAP) / 24;
  const bottom = Math.max(...dashboard.panels.map((panel) => panel.gridPos.y + panel.gridPos.h));
  const height = top + bottom * (CELL + GAP) + GAP;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter, Helvetica, Arial, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#111217"/>`,
    `<text x="${GAP + 4}" y="24" fill="${TEXT}" font-size="18">${escape(dashboard.title)}</text>`,
    ...caption.map(
      (line, i) => `<text x="${GAP + 4}" y="${24 + (i + 1) * 18}" fill="${DIM}" font-size="12">${escape(line)}</text>`,
    ),
  ];
  for (const panel of dashboard.panels) {
    const { x, y, w, h } = panel.gridPos;
    const box = { x: GAP + x * column, y: top + y * (CELL + GAP), w: w * column - GAP, h: h * CELL + (h - 1) * GAP };
    if (panel.type === 'row') {
      out.push(
        `<text x="${box.x + 4}" y="${box.y + 21}" fill="${TEXT}" font-size="15" font-weight="bold">${escape(panel.title)}</text>`,
      );
      continue;
    }
    out.push(
      `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="3" fill="#181b1f" stroke="${GRID}"/>`,
    );
    out.push(
      `<text x="${box.x + 10}" y="${box.y + 19}" fill="${TEXT}" font-size="12" font-weight="bold">${escape(panel.title)}</text>`,
    );
    if (panel.type === 'table') {
      out.push(...table(panel, scrapes, rateWindowSeconds, box));
      continue;
    }
    if (panel.type !== 'timeseries') throw new Error(`panel "${panel.title}": no drawing for type ${panel.type}`);
    const series = panelSeries(panel, scrapes, rateWindowSeconds);
    out.push(...(series.length ? timeseries(panel, legend(panel, series), scrapes, box) : noData(box)));
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
