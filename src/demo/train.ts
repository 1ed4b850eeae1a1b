import type * as tfjs from '@tensorflow/tfjs';
import { applicants, barImages, IMAGE_CLASSES, IMAGE_SIZE, type Applicant, type BarImage } from './data';

type Tf = typeof tfjs;

/** A model's TF.js artifact as files: model.json and one weights shard. */
export async function modelFiles(tf: Tf, model: tfjs.LayersModel): Promise<Map<string, Buffer>> {
  let files = new Map<string, Buffer>();
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const modelJson = {
        format: 'layers-model',
        generatedBy: 'modelgate',
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      };
      files = new Map([
        ['model.json', Buffer.from(JSON.stringify(modelJson))],
        ['weights.bin', Buffer.from(artifacts.weightData as ArrayBuffer)],
      ]);
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  return files;
}

/** The credit model's signature: income and age divided by 100, the debt ratio as it is. */
export const creditSignature = {
  inputs: ['income', 'age', 'debt_ratio'].map((name) => ({ name, dtype: 'FLOAT32' as const, shape: [] as number[] })),
  outputs: [{ name: 'scores', dtype: 'FLOAT32' as const, shape: [2] }],
  classLabels: ['repays', 'defaults'],
};

/** The bars CNN's signature: one 8×8 grey image in, a score per orientation out. */
export const barsSignature = {
  inputs: [{ name: 'pixels', dtype: 'FLOAT32' as const, shape: [IMAGE_SIZE, IMAGE_SIZE, 1] }],
  outputs: [{ name: 'scores', dtype: 'FLOAT32' as const, shape: [2] }],
  classLabels: [...IMAGE_CLASSES] as string[],
};

/** Features as the model sees them: scaled to about unit range, in signature order. */
export const creditFeatures = (a: Pick<Applicant, 'income' | 'age' | 'debt_ratio'>) => [
  a.income / 100,
  a.age / 100,
  a.debt_ratio,
];

/** Area under the ROC curve, by ranks. */
function auc(scores: number[], labels: boolean[]): number {
  const order = scores.map((score, i) => [score, labels[i]] as const).sort((a, b) => a[0] - b[0]);
  let positives = 0;
  let rankSum = 0;
  order.forEach(([, label], i) => {
    if (label) {
      positives += 1;
      rankSum += i + 1;
    }
  });
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface TrainedCredit {
  files: Map<string, Buffer>;
  rows: Applicant[];
  /** The applicants it was judged on and never trained on: the demo's evaluation set. */
  holdout: Applicant[];
  metrics: { auc: number; accuracy: number };
  /** Difference in predicted default rate between the gender groups. */
  demographicParityDifference: number;
}

/** A small dense classifier of default risk, trained on 2,000 applicants, judged on 500 more. */
export async function trainCreditModel(tf: Tf): Promise<TrainedCredit> {
  const rows = applicants(2500);
  const [train, holdout] = [rows.slice(0, 2000), rows.slice(2000)];
  const model = tf.sequential({
    name: 'credit_risk',
    layers: [
      tf.layers.dense({ name: 'hidden', units: 16, activation: 'relu', inputShape: [3] }),
      tf.layers.dense({ name: 'scores', units: 2, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.02), loss: 'categoricalCrossentropy' });
  const x = tf.tensor2d(train.map(creditFeatures));
  const y = tf.oneHot(
    tf.tensor1d(
      train.map((a) => (a.defaulted ? 1 : 0)),
      'int32',
    ),
    2,
  );
  await model.fit(x, y, { epochs: 30, batchSize: 64, verbose: 0 });
  tf.dispose([x, y]);
  const scores = tf.tidy(
    () => (model.predict(tf.tensor2d(holdout.map(creditFeatures))) as tfjs.Tensor).arraySync() as number[][],
  );
  const risk = scores.map((row) => row[1]!);
  const labels = holdout.map((a) => a.defaulted);
  const accuracy = risk.filter((p, i) => p >= 0.5 === labels[i]).length / holdout.length;
  const rate = (gender: 'f' | 'm') => {
    const group = holdout.map((a, i) => [a, risk[i]!] as const).filter(([a]) => a.gender === gender);
    return group.filter(([, p]) => p >= 0.5).length / group.length;
  };
  const files = await modelFiles(tf, model);
  model.dispose();
  return {
    files,
    rows: train,
    holdout,
    metrics: { auc: auc(risk, labels), accuracy },
    demographicParityDifference: rate('f') - rate('m'),
  };
}

export interface TrainedBars {
  files: Map<string, Buffer>;
  accuracy: number;
  rows: number;
  /** The images it was judged on and never trained on: the demo's evaluation set. */
  holdout: BarImage[];
}

/** A small CNN that tells horizontal from vertical bars in 8×8 images, trained on 600, judged on 100 more. */
export async function trainBarsModel(tf: Tf): Promise<TrainedBars> {
  const images = barImages(700);
  const [train, holdout] = [images.slice(0, 600), images.slice(600)];
  const model = tf.sequential({
    name: 'bars',
    layers: [
      // Seeded weights and no shuffling: the same model (and accuracy) on every run, so its gate never flickers.
      tf.layers.conv2d({
        name: 'conv',
        inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1],
        filters: 4,
        kernelSize: 3,
        activation: 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed: 5 }),
      }),
      tf.layers.maxPooling2d({ name: 'pool', poolSize: 2 }),
      tf.layers.flatten({ name: 'flatten' }),
      tf.layers.dense({
        name: 'scores',
        units: 2,
        activation: 'softmax',
        kernelInitializer: tf.initializers.glorotUniform({ seed: 6 }),
      }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy' });
  const x = tf.tensor4d(train.map((image) => image.pixels));
  const y = tf.oneHot(
    tf.tensor1d(
      train.map((image) => image.label),
      'int32',
    ),
    2,
  );
  await model.fit(x, y, { epochs: 8, batchSize: 32, verbose: 0, shuffle: false });
  tf.dispose([x, y]);
  const predicted = tf.tidy(
    () =>
      (model.predict(tf.tensor4d(holdout.map((image) => image.pixels))) as tfjs.Tensor)
        .argMax(1)
        .arraySync() as number[],
  );
  const accuracy = predicted.filter((label, i) => label === holdout[i]!.label).length / holdout.length;
  const files = await modelFiles(tf, model);
  model.dispose();
  return { files, accuracy, rows: train.length, holdout };
}
