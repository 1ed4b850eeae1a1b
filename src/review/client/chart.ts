import { h, number, svg } from './dom.js';
import type { ReviewExplanationQuery } from './generated/graphql.js';

type Explanation = ReviewExplanationQuery['explainPrediction'][number];

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
