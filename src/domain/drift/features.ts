import type { ServedVersion } from '../serving/routing-table';
import type { TrainingData } from '../experiments/training-data';
import { vectorElement } from '../explanations/baselines';
import { argmax, elementsOf } from '../../inference/shapes';
import { binsFromStatistics } from './psi';
import { TrackedFeature, type Extract } from './window';

/** Features tracked per version at most, inputs before outputs: bounds memory and the work per request. */
const MAX_FEATURES = 256;
/**
 * The features of a version worth watching, each with how to read it per instance: scalar inputs
 * and the elements of vector inputs by name, an image (or any tensor of rank 2 or more) by the mean
 * of its values; outputs by the predicted class (classifiers) or the value (single-output models).
 * A feature takes its reference bins from the training statistics of its name, else from the
 * deciles of the version's first live values.
 */
export function featuresOf(
  version: ServedVersion,
  training: TrainingData,
  referenceSize: number,
): { inputs: TrackedFeature[]; outputs: TrackedFeature[] } {
  const track = (name: string, extract: Extract) => {
    const statistics = training.statistics.get(name);
    const bins = statistics && binsFromStatistics(statistics);
    return new TrackedFeature(
      name,
      extract,
      bins ? 'TRAINING_STATISTICS' : 'EARLY_TRAFFIC',
      bins ? training.statisticsFrom.get(name) : undefined,
      bins,
      referenceSize,
    );
  };
  const inputs: TrackedFeature[] = [];
  version.signature.inputs.forEach((spec, index) => {
    const size = elementsOf(spec.shape);
    if (spec.shape.length === 0) inputs.push(track(spec.name, (batches, _, row) => batches[index]!.values[row]!));
    else if (spec.shape.length === 1) {
      for (let element = 0; element < size && inputs.length < MAX_FEATURES; element += 1) {
        inputs.push(
          track(vectorElement(spec.name, element), (batches, _, row) => batches[index]!.values[row * size + element]!),
        );
      }
    } else {
      inputs.push(
        track(`${spec.name}:mean`, (batches, _, row) => {
          const values = batches[index]!.values;
          let sum = 0;
          for (let i = row * size; i < (row + 1) * size; i += 1) sum += values[i]!;
          return sum / size;
        }),
      );
    }
  });
  const outputs: TrackedFeature[] = [];
  const [first] = version.signature.outputs;
  const width = first ? elementsOf(first.shape) : 0;
  const labels = version.signature.classLabels.length;
  if (first && labels > 0 && labels === width) {
    // The predicted class as a number: one bin per class.
    const classes = Array.from({ length: labels - 1 }, (_, i) => i + 0.5);
    outputs.push(
      new TrackedFeature(
        `output:${first.name}`,
        (_, output, row) => argmax(output.values, row * width, width),
        'EARLY_TRAFFIC',
        undefined,
        undefined,
        referenceSize,
        classes,
      ),
    );
  } else if (first && width === 1) {
    outputs.push(
      new TrackedFeature(
        `output:${first.name}`,
        (_, output, row) => output.values[row]!,
        'EARLY_TRAFFIC',
        undefined,
        undefined,
        referenceSize,
      ),
    );
  }
  return { inputs: inputs.slice(0, MAX_FEATURES), outputs };
}
