import { randomUUID, webcrypto } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { extract, pack } from 'tar-stream';
import { executableGraphOps } from './graph-ops';
import { elementsOf } from './shapes';

/** How a model's files are laid out; declared here, once, and registered in the schema by the model entity. */
export enum ArtifactFormat {
  TFJS_LAYERS_MODEL = 'TFJS_LAYERS_MODEL',
  TFJS_GRAPH_MODEL = 'TFJS_GRAPH_MODEL',
}

export interface ArtifactInfo {
  sha256: string;
  sizeBytes: number;
  format: ArtifactFormat;
}

/** An artifact refused for what it contains; the message says what to fix. */
export class InvalidArtifact extends Error {}

/** A stored artifact whose files no longer match its digest. */
export class TamperedArtifact extends Error {}

const fileNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const digestPattern = /^[0-9a-f]{64}$/;

/**
 * TensorFlow.js models stored by content: the digest covers every file's name and SHA-256, so
 * any change to any file, an added file or a removed one changes it. Each load recomputes it.
 */
export class ArtifactStore {
  constructor(
    readonly dir: string,
    /** Most weights an admitted model may declare. */
    private readonly maxParameters = Number.MAX_SAFE_INTEGER,
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  /**
   * Checks and stores a model folder (file name → content); returns its digest. Idempotent.
   * `admit` runs after the checks of the folder and before anything is stored (a trial load).
   */
  async put(files: Map<string, Buffer>, admit?: (files: Map<string, Buffer>) => Promise<void>): Promise<ArtifactInfo> {
    const format = checkModelFolder(files, this.maxParameters);
    await admit?.(files);
    const sha256 = await digestOf(files);
    const target = path.join(this.dir, sha256);
    if (!fs.existsSync(target)) {
      const staging = path.join(this.dir, `.incoming-${randomUUID()}`);
      try {
        await fs.promises.mkdir(staging);
        for (const [name, content] of files) await fs.promises.writeFile(path.join(staging, name), content);
        await fs.promises.rename(staging, target);
      } catch (error) {
        // The same upload, finished by a concurrent request first: what it stored is what this one holds.
        if (!fs.existsSync(target)) throw error;
      } finally {
        await fs.promises.rm(staging, { recursive: true, force: true });
      }
    }
    return { sha256, sizeBytes: sizeOf(files), format };
  }

  /** What is stored under `sha256`, or undefined; verifies nothing (see open). */
  describe(sha256: string): ArtifactInfo | undefined {
    if (!digestPattern.test(sha256) || !fs.existsSync(path.join(this.dir, sha256))) return undefined;
    const files = this.read(sha256);
    return { sha256, sizeBytes: sizeOf(files), format: checkModelFolder(files, this.maxParameters) };
  }

  /** The files of an artifact, after checking they still hash to its digest. */
  async open(sha256: string): Promise<Map<string, Buffer>> {
    if (!digestPattern.test(sha256)) throw new InvalidArtifact(`"${sha256}" is not a SHA-256 digest.`);
    const dir = path.join(this.dir, sha256);
    const names = await fs.promises.readdir(dir);
    const files = new Map(
      await Promise.all(names.map(async (name) => [name, await fs.promises.readFile(path.join(dir, name))] as const)),
    );
    if ((await digestOf(files)) !== sha256)
      throw new TamperedArtifact(
        `Artifact ${sha256} does not match its digest: a stored file was changed, added or removed.`,
      );
    return files;
  }

  private read(sha256: string): Map<string, Buffer> {
    const dir = path.join(this.dir, sha256);
    return new Map(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]));
  }
}

/**
 * The artifact's digest: SHA-256 over each file's name and SHA-256, in name order. WebCrypto digests
 * in the thread pool, so a 100 MB artifact does not hold up the event loop.
 */
async function digestOf(files: Map<string, Buffer>): Promise<string> {
  const hex = async (data: Uint8Array) => Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex');
  const names = [...files.keys()].sort();
  const hashes = await Promise.all(names.map((name) => hex(files.get(name)!)));
  return hex(Buffer.from(names.map((name, i) => `${name}\n${hashes[i]}\n`).join('')));
}

function sizeOf(files: Map<string, Buffer>): number {
  let size = 0;
  for (const content of files.values()) size += content.length;
  return size;
}

/** Layer classes TensorFlow.js builds from a model.json by itself: anything else (Keras' Lambda, custom layers) cannot load. */
const LAYER_CLASSES = new Set(
  (
    'InputLayer Sequential Model Functional Dense Activation Dropout SpatialDropout1D GaussianNoise GaussianDropout AlphaDropout Flatten Reshape Permute ' +
    'RepeatVector Masking Embedding Conv1D Conv2D Conv2DTranspose Conv3D Conv3DTranspose SeparableConv2D DepthwiseConv2D ConvLSTM2D Cropping2D ZeroPadding2D ' +
    'UpSampling2D MaxPooling1D MaxPooling2D MaxPooling3D AveragePooling1D AveragePooling2D AveragePooling3D GlobalAveragePooling1D GlobalAveragePooling2D ' +
    'GlobalMaxPooling1D GlobalMaxPooling2D BatchNormalization LayerNormalization ReLU LeakyReLU PReLU ELU ThresholdedReLU Softmax Add Subtract Multiply ' +
    'Average Maximum Minimum Concatenate Dot SimpleRNN GRU LSTM Bidirectional TimeDistributed Rescaling CenterCrop Resizing'
  ).split(' '),
);

/** Bytes each stored weight element takes, by dtype (or by its quantization). */
const BYTES_PER_ELEMENT: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

interface WeightSpec {
  name?: unknown;
  shape?: unknown;
  dtype?: unknown;
  quantization?: { dtype?: unknown };
}

/**
 * A TF.js model folder: model.json (layers or graph model) and exactly the weight shards its
 * manifest names, each a plain file name in the folder: no paths, no URLs, nothing else. The
 * weights it declares must be exactly the shards' bytes, at most `maxParameters` of them; a layers
 * model may use only layers TensorFlow.js builds, and a graph model only ops it executes. All checked
 * before anything is allocated.
 */
export function checkModelFolder(files: Map<string, Buffer>, maxParameters = Number.MAX_SAFE_INTEGER): ArtifactFormat {
  const modelJson = files.get('model.json');
  if (!modelJson) throw new InvalidArtifact('The artifact has no model.json at its top level.');
  let model: {
    format?: string;
    modelTopology?: Record<string, unknown>;
    weightsManifest?: { paths?: unknown; weights?: unknown }[];
  };
  try {
    model = JSON.parse(modelJson.toString('utf8'));
  } catch {
    throw new InvalidArtifact('model.json is not valid JSON.');
  }
  if (!model.modelTopology || typeof model.modelTopology !== 'object')
    throw new InvalidArtifact('model.json has no modelTopology.');
  const format =
    model.format === 'graph-model' || 'node' in model.modelTopology
      ? ArtifactFormat.TFJS_GRAPH_MODEL
      : ArtifactFormat.TFJS_LAYERS_MODEL;
  const groups = Array.isArray(model.weightsManifest) ? model.weightsManifest : [];
  const shards = groups.flatMap((group) => (Array.isArray(group.paths) ? group.paths : [group.paths]));
  for (const shard of shards) {
    if (typeof shard !== 'string' || !fileNamePattern.test(shard)) {
      throw new InvalidArtifact(
        `model.json names a weights file "${String(shard).slice(0, 100)}" outside the artifact; weight paths must be plain file names beside model.json.`,
      );
    }
    if (!files.has(shard))
      throw new InvalidArtifact(`model.json names the weights file "${shard}", which the artifact lacks.`);
  }
  const expected = new Set(['model.json', ...(shards as string[])]);
  const extra = [...files.keys()].filter((name) => !expected.has(name));
  if (extra.length)
    throw new InvalidArtifact(`The artifact has files model.json does not name: ${extra.slice(0, 10).join(', ')}.`);
  checkWeights(
    groups.flatMap((group) => (Array.isArray(group.weights) ? (group.weights as WeightSpec[]) : [])),
    (shards as string[]).reduce((sum, shard) => sum + files.get(shard)!.length, 0),
    maxParameters,
  );
  if (format === 'TFJS_LAYERS_MODEL') checkLayers(model.modelTopology);
  else checkGraphOps(model.modelTopology);
  return format;
}

function checkWeights(weights: WeightSpec[], shardBytes: number, maxParameters: number): void {
  let parameters = 0;
  let bytes = 0;
  for (const weight of weights) {
    const shape = Array.isArray(weight.shape) ? weight.shape : undefined;
    if (!shape || !shape.every((d) => Number.isInteger(d) && d >= 0))
      throw new InvalidArtifact(
        `model.json declares weight "${String(weight.name).slice(0, 100)}" without a shape of whole numbers.`,
      );
    const dtype = String(weight.quantization?.dtype ?? weight.dtype);
    const width = BYTES_PER_ELEMENT[dtype];
    if (width === undefined)
      throw new InvalidArtifact(
        `model.json declares weight "${String(weight.name).slice(0, 100)}" of dtype ${dtype.slice(0, 20)}, which the gateway does not load.`,
      );
    const elements = elementsOf(shape);
    parameters += elements;
    bytes += elements * width;
    if (parameters > maxParameters)
      throw new InvalidArtifact(
        `model.json declares more than ${maxParameters} weights; the gateway admits at most that many (MODELGATE_ARTIFACT_MAX_PARAMETERS).`,
      );
  }
  if (bytes !== shardBytes)
    throw new InvalidArtifact(
      `model.json declares ${bytes} bytes of weights, but its weight files hold ${shardBytes}.`,
    );
}

/** Every layer, nested models' included, must be one TensorFlow.js builds. */
function checkLayers(topology: Record<string, unknown>): void {
  type Layer = { class_name?: unknown; config?: { name?: unknown; layers?: unknown; layer?: unknown } };
  const visit = (layer: Layer): void => {
    const className = String(layer.class_name);
    if (!LAYER_CLASSES.has(className)) {
      throw new InvalidArtifact(
        `Layer "${String(layer.config?.name ?? '?').slice(0, 100)}" is a ${className.slice(0, 50)}, which TensorFlow.js cannot build from a model.json; the gateway admits built-in layers only.`,
      );
    }
    // A nested model's layers, and the layer a wrapper (Bidirectional, TimeDistributed) holds.
    if (Array.isArray(layer.config?.layers)) (layer.config.layers as Layer[]).forEach(visit);
    if (layer.config?.layer && typeof layer.config.layer === 'object') visit(layer.config.layer as Layer);
  };
  visit(((topology.model_config as Layer | undefined) ?? topology) as Layer);
}

/** Every node of a graph model, those of its functions (control flow) included, must be an op TensorFlow.js executes. */
function checkGraphOps(topology: Record<string, unknown>): void {
  type Node = { name?: unknown; op?: unknown };
  const library = topology.library as { function?: { nodeDef?: unknown }[] } | undefined;
  const nodes = [
    topology.node,
    ...(Array.isArray(library?.function) ? library.function.map((fn) => fn.nodeDef) : []),
  ].flatMap((list) => (Array.isArray(list) ? (list as Node[]) : []));
  const executable = executableGraphOps();
  for (const node of nodes) {
    const op = String(node?.op);
    if (!executable.has(op)) {
      throw new InvalidArtifact(
        `Graph node "${String(node?.name ?? '?').slice(0, 100)}" is a ${op.slice(0, 50)} op, which TensorFlow.js cannot execute; the gateway admits the ops it can.`,
      );
    }
  }
}

/**
 * Reads a tar archive of a model folder, at the top level or inside one folder, from bytes or as
 * it streams in (an upload, never held whole beside its files). Only regular files with plain
 * names are accepted: no links, no paths that climb out. An error of the stream rejects as it is;
 * on any refusal the stream is no longer read.
 */
export async function readTar(archive: Buffer | Readable, maxBytes: number): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const folders = new Set<string>();
  let total = 0;
  const source = Buffer.isBuffer(archive) ? Readable.from(archive) : archive;
  const tar = extract();
  const done = new Promise<void>((resolve, reject) => {
    tar.on('entry', (header, stream, next) => {
      const parts = header.name
        .replace(/^\.\//, '')
        .split('/')
        .filter((part) => part !== '' && part !== '.');
      const chunks: Buffer[] = [];
      const fail = (message: string) => {
        stream.resume();
        reject(new InvalidArtifact(message));
      };
      if (header.type === 'directory') {
        stream.resume();
        return next();
      }
      if (header.type !== 'file')
        return fail(`The archive holds "${header.name}", which is not a regular file (links are refused).`);
      if (parts.length === 0 || parts.length > 2 || !parts.every((part) => fileNamePattern.test(part))) {
        return fail(`The archive path "${header.name}" is not a plain file name (or one folder and a file name).`);
      }
      if (parts.length === 2) folders.add(parts[0]!);
      const tooLarge = () => new InvalidArtifact(`The artifact is larger than the limit of ${maxBytes} bytes.`);
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) reject(tooLarge());
        else chunks.push(chunk);
      });
      stream.on('end', () => {
        if (total > maxBytes) return reject(tooLarge());
        if (files.has(parts.at(-1)!)) return reject(new InvalidArtifact(`The archive holds "${parts.at(-1)}" twice.`));
        files.set(parts.at(-1)!, Buffer.concat(chunks));
        next();
      });
    });
    tar.on('finish', resolve);
    tar.on('error', (error) => reject(new InvalidArtifact(`The upload is not a tar archive: ${error.message}`)));
    source.once('error', reject);
  });
  source.pipe(tar);
  try {
    await done;
  } finally {
    source.unpipe(tar);
    tar.destroy();
  }
  if (folders.size > 1) throw new InvalidArtifact('The archive holds more than one folder; send one model folder.');
  return files;
}

/** A tar archive of `files`, optionally inside one folder, as `tar -cf` would make. */
export async function tarOf(files: Map<string, Buffer>, folder?: string): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => archive.on('end', resolve));
  for (const [name, content] of files) archive.entry({ name: folder ? `${folder}/${name}` : name }, content);
  archive.finalize();
  await finished;
  return Buffer.concat(chunks);
}
