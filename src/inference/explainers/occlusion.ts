import { PNG } from 'pngjs';
import { ExplanationMethod } from './methods';
import type { Attributed, Explainer, Score } from './explainer';
import { topClass } from './kernel-shap';

/**
 * Occlusion for images: each `patch`×`patch` square is replaced by the baseline value in turn,
 * all variants of all instances scored as one batch; a patch's attribution is how much the
 * predicted class's output drops without it. Runs in an inference worker, heatmaps included.
 */
export async function occlude(
  score: Score,
  input: { values: Float32Array; shape: number[] },
  patch: number,
  fill: number,
  heatmaps: boolean,
): Promise<Attributed & { grid: [number, number]; heatmaps?: string[] }> {
  const [count, height, width, channels = 1] = input.shape as [number, number, number, number?];
  const size = height * width * channels;
  const rows = Math.ceil(height / patch);
  const cols = Math.ceil(width / patch);
  const variants = rows * cols;
  // Per batch: the instances, every patch variant of each, and each wholly filled.
  const values = new Float32Array((2 * count + count * variants) * size);
  values.set(input.values);
  values.fill(fill, (count + count * variants) * size);
  for (let i = 0; i < count; i += 1) {
    for (let p = 0; p < variants; p += 1) {
      const offset = (count + i * variants + p) * size;
      values.set(input.values.subarray(i * size, (i + 1) * size), offset);
      const [top, left] = [Math.floor(p / cols) * patch, (p % cols) * patch];
      for (let y = top; y < Math.min(top + patch, height); y += 1) {
        for (let x = left; x < Math.min(left + patch, width); x += 1) {
          for (let c = 0; c < channels; c += 1) values[offset + (y * width + x) * channels + c] = fill;
        }
      }
    }
  }
  const scores = await score(values, [count * (2 + variants), ...input.shape.slice(1)]);
  const classes = scores.shape[1]!;
  const result = {
    targets: [] as number[],
    outputAtInput: [] as number[],
    outputAtBaseline: [] as number[],
    attributions: new Float32Array(count * variants),
    grid: [rows, cols] as [number, number],
    heatmaps: heatmaps ? ([] as string[]) : undefined,
  };
  for (let i = 0; i < count; i += 1) {
    const { target, output } = topClass(scores.values, classes, i);
    const patches = Array.from(
      { length: variants },
      (_, p) => output - scores.values[(count + i * variants + p) * classes + target]!,
    );
    result.attributions.set(patches, i * variants);
    result.targets.push(target);
    result.outputAtInput.push(output);
    result.outputAtBaseline.push(scores.values[(count + count * variants + i) * classes + target]!);
    result.heatmaps?.push(
      heatmapPng(input.values.subarray(i * size, (i + 1) * size), input.shape.slice(1), patches, result.grid, patch),
    );
  }
  return result;
}

/**
 * The attribution map as a PNG over the image: the grey input, with red where hiding a patch
 * lowered the answer and blue where it raised it, as a data URL a browser shows as is.
 */
export function heatmapPng(
  image: Float32Array,
  shape: number[],
  patches: number[],
  grid: [number, number],
  patch: number,
  scale = 8,
): string {
  const [height, width, channels = 1] = shape as [number, number, number?];
  const strongest = Math.max(1e-12, ...patches.map(Math.abs));
  const png = new PNG({ width: width * scale, height: height * scale });
  for (let y = 0; y < height * scale; y += 1) {
    for (let x = 0; x < width * scale; x += 1) {
      const [iy, ix] = [Math.floor(y / scale), Math.floor(x / scale)];
      let grey = 0;
      for (let c = 0; c < channels; c += 1) grey += image[(iy * width + ix) * channels + c]!;
      grey = Math.max(0, Math.min(1, grey / channels));
      const weight = patches[Math.floor(iy / patch) * grid[1] + Math.floor(ix / patch)]! / strongest;
      const at = (y * width * scale + x) * 4;
      png.data[at] = Math.round(255 * Math.min(1, grey * 0.5 + Math.max(0, weight)));
      png.data[at + 1] = Math.round(255 * grey * 0.5);
      png.data[at + 2] = Math.round(255 * Math.min(1, grey * 0.5 + Math.max(0, -weight)));
      png.data[at + 3] = 255;
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

/** One evaluation per patch, and the unoccluded image. */
export const occlusionExplainer: Explainer<ExplanationMethod.OCCLUSION> = {
  kind: 'image',
  usesBaseline: true,
  request: (batch, work) => {
    if (batch.kind !== 'image') throw new TypeError('OCCLUSION explains images; it was handed tabular features');
    return {
      method: ExplanationMethod.OCCLUSION,
      input: { ...batch.input, values: Float32Array.from(batch.input.values) },
      patch: work.patch,
      fill: batch.fill,
      heatmaps: batch.heatmaps,
    };
  },
  details: (_result, _row, work) => ({ patch: work.patch }),
  cost: (work, signature) => {
    const [height = 1, width = 1] = signature.inputs[0]!.shape;
    return Math.ceil(height / work.patch) * Math.ceil(width / work.patch) + 1;
  },
  evaluationsPerInstance: (request) => {
    const [, height = 1, width = 1] = request.input.shape;
    return Math.ceil(height / request.patch) * Math.ceil(width / request.patch) + 2;
  },
  attribute: (on, request) =>
    occlude(
      on.score,
      request.input as { values: Float32Array; shape: number[] },
      request.patch,
      request.fill,
      request.heatmaps,
    ),
};
