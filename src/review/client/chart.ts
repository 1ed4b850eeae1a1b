import { h, number, svg } from './dom.js';
import type { ReviewEvaluationFieldsFragment, ReviewExplanationQuery } from './generated/graphql.js';

type Explanation = ReviewExplanationQuery['explainPrediction'][number];
type Fairness = ReviewEvaluationFieldsFragment['fairness'][number];

const ROW = 22;
const LABEL = 160;
const HALF = 180;

/**
 * Each feature's share of the answer as a horizontal bar from a zero line: right (positive) pushed
 * towards the explained class, left against it. Withheld features say so instead of a bar.
 */
export function explanationChart(explanation: Explanation): HTMLElement {
  const attributions = explanation.attributions;
  const largest = Math.max(1e-12, ...attributions.map((a) => Math.abs(a.value ?? 0)));
  const width = LABEL + 2 * HALF + 80;
  const rows = attributions.map((attribution, i) => {
    const y = i * ROW;
    const label = svg(
      'text',
      { x: LABEL - 8, y: y + ROW * 0.7, 'text-anchor': 'end', class: 'feature' },
      attribution.feature,
    );
    if (attribution.value == null)
      return svg('g', {}, label, svg('text', { x: LABEL + HALF + 6, y: y + ROW * 0.7, class: 'withheld' }, 'withheld'));
    const length = (Math.abs(attribution.value) / largest) * HALF;
    const positive = attribution.value >= 0;
    const bar = svg('rect', {
      x: positive ? LABEL + HALF : LABEL + HALF - length,
      y: y + 3,
      width: Math.max(1, length),
      height: ROW - 6,
      class: positive ? 'bar positive' : 'bar negative',
    });
    const value = svg(
      'text',
      {
        x: positive ? LABEL + HALF + length + 4 : LABEL + HALF - length - 4,
        y: y + ROW * 0.7,
        'text-anchor': positive ? 'start' : 'end',
        class: 'value',
      },
      number(attribution.value, 4),
    );
    return svg('g', { class: 'attribution' }, label, bar, value);
  });
  const axis = svg('line', { x1: LABEL + HALF, x2: LABEL + HALF, y1: 0, y2: attributions.length * ROW, class: 'axis' });
  return h(
    'figure',
    { class: 'chart' },
    svg(
      'svg',
      {
        width,
        height: attributions.length * ROW + 4,
        viewBox: `0 0 ${width} ${attributions.length * ROW + 4}`,
        role: 'img',
        'aria-label': 'Feature attributions',
      },
      axis,
      ...rows,
    ),
    h(
      'figcaption',
      {},
      `${explanation.method} towards "${explanation.targetLabel ?? 'the output'}": output ${number(explanation.outputAtInput)} at the instance, ${number(explanation.outputAtBaseline)} at the ${explanation.baselineSource} baseline.`,
    ),
  );
}

/**
 * Each group's selection rate (the share of its rows given the positive class) as a horizontal bar
 * on one 0–1 scale, with the rate and the group's rows beside it: unequal bars are the demographic
 * parity difference, drawn.
 */
export function selectionRateChart(fairness: Fairness): HTMLElement {
  const groups = fairness.groups;
  const scale = 2 * HALF;
  const width = LABEL + scale + 120;
  const height = groups.length * ROW + 4;
  const rows = groups.map((group, i) => {
    const y = i * ROW;
    const length = Math.min(1, Math.max(0, group.selectionRate)) * scale;
    return svg(
      'g',
      { class: 'group' },
      svg('text', { x: LABEL - 8, y: y + ROW * 0.7, 'text-anchor': 'end', class: 'feature' }, group.group),
      svg('rect', { x: LABEL, y: y + 3, width: Math.max(1, length), height: ROW - 6, class: 'bar rate' }),
      svg(
        'text',
        { x: LABEL + length + 4, y: y + ROW * 0.7, class: 'value' },
        `${number(group.selectionRate)} of ${group.rows} rows`,
      ),
    );
  });
  return h(
    'figure',
    { class: 'chart selection-rates' },
    svg(
      'svg',
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-label': `Selection rate per group of ${fairness.sensitiveFeature}`,
      },
      svg('line', { x1: LABEL, x2: LABEL, y1: 0, y2: height, class: 'axis' }),
      svg('line', { x1: LABEL + scale, x2: LABEL + scale, y1: 0, y2: height, class: 'axis limit' }),
      ...rows,
    ),
    h(
      'figcaption',
      {},
      `Selection rate: the share of each group's rows the version answered "${fairness.positiveLabel}" (the line on the right is 1). The largest minus the smallest is the demographic parity difference, ${number(fairness.demographicParityDifference)}.`,
    ),
  );
}
