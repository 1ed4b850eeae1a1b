import { randomUUID, webcrypto } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { extract, pack } from 'tar-stream';

export type ArtifactFormat = 'TFJS_LAYERS_MODEL' | 'TFJS_GRAPH_MODEL';

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
  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  /** Checks and stores a model folder (file name → content); returns its digest. Idempotent. */
  async put(files: Map<string, Buffer>): Promise<ArtifactInfo> {
    const format = checkModelFolder(files);
    const sha256 = await digestOf(files);
    const target = path.join(this.dir, sha256);
    if (!fs.existsSync(target)) {
      const staging = path.join(this.dir, `.incoming-${randomUUID()}`);
      await fs.promises.mkdir(staging);
      for (const [name, content] of files) await fs.promises.writeFile(path.join(staging, name), content);
      await fs.promises.rename(staging, target);
    }
    return { sha256, sizeBytes: sizeOf(files), format };
  }

  /** What is stored under `sha256`, or undefined; verifies nothing (see open). */
  describe(sha256: string): ArtifactInfo | undefined {
    if (!digestPattern.test(sha256) || !fs.existsSync(path.join(this.dir, sha256))) return undefined;
    const files = this.read(sha256);
    return { sha256, sizeBytes: sizeOf(files), format: checkModelFolder(files) };
  }

  /** The files of an artifact, after checking they still hash to its digest. */
  async open(sha256: string): Promise<Map<string, Buffer>> {
    if (!digestPattern.test(sha256)) throw new InvalidArtifact(`"${sha256}" is not a SHA-256 digest.`);
    const dir = path.join(this.dir, sha256);
    const names = await fs.promises.readdir(dir);
    const files = new Map(await Promise.all(names.map(async (name) => [name, await fs.promises.readFile(path.join(dir, name))] as const)));
    if ((await digestOf(files)) !== sha256) throw new TamperedArtifact(`Artifact ${sha256} does not match its digest: a stored file was changed, added or removed.`);
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

/**
 * A TF.js model folder: model.json (layers or graph model) and exactly the weight shards its
 * manifest names, each a plain file name in the folder: no paths, no URLs, nothing else.
 */
export function checkModelFolder(files: Map<string, Buffer>): ArtifactFormat {
  const modelJson = files.get('model.json');
  if (!modelJson) throw new InvalidArtifact('The artifact has no model.json at its top level.');
  let model: { format?: string; modelTopology?: Record<string, unknown>; weightsManifest?: { paths?: unknown }[] };
  try {
    model = JSON.parse(modelJson.toString('utf8'));
  } catch {
    throw new InvalidArtifact('model.json is not valid JSON.');
  }
  if (!model.modelTopology || typeof model.modelTopology !== 'object') throw new InvalidArtifact('model.json has no modelTopology.');
  const format: ArtifactFormat = model.format === 'graph-model' || 'node' in model.modelTopology ? 'TFJS_GRAPH_MODEL' : 'TFJS_LAYERS_MODEL';
  const shards = (model.weightsManifest ?? []).flatMap((group) => (Array.isArray(group.paths) ? group.paths : [group.paths]));
  for (const shard of shards) {
    if (typeof shard !== 'string' || !fileNamePattern.test(shard)) {
      throw new InvalidArtifact(`model.json names a weights file "${String(shard)}" outside the artifact; weight paths must be plain file names beside model.json.`);
    }
    if (!files.has(shard)) throw new InvalidArtifact(`model.json names the weights file "${shard}", which the artifact lacks.`);
  }
  const expected = new Set(['model.json', ...(shards as string[])]);
  const extra = [...files.keys()].filter((name) => !expected.has(name));
  if (extra.length) throw new InvalidArtifact(`The artifact has files model.json does not name: ${extra.join(', ')}.`);
  return format;
}

/**
 * Reads a tar archive of a model folder, at the top level or inside one folder. Only regular
 * files with plain names are accepted: no links, no paths that climb out.
 */
export async function readTar(archive: Buffer, maxBytes: number): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const folders = new Set<string>();
  let total = 0;
  const tar = extract();
  const done = new Promise<void>((resolve, reject) => {
    tar.on('entry', (header, stream, next) => {
      const parts = header.name.replace(/^\.\//, '').split('/').filter((part) => part !== '' && part !== '.');
      const chunks: Buffer[] = [];
      const fail = (message: string) => {
        stream.resume();
        reject(new InvalidArtifact(message));
      };
      if (header.type === 'directory') {
        stream.resume();
        return next();
      }
      if (header.type !== 'file') return fail(`The archive holds "${header.name}", which is not a regular file (links are refused).`);
      if (parts.length === 0 || parts.length > 2 || !parts.every((part) => fileNamePattern.test(part))) {
        return fail(`The archive path "${header.name}" is not a plain file name (or one folder and a file name).`);
      }
      if (parts.length === 2) folders.add(parts[0]!);
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        chunks.push(chunk);
      });
      stream.on('end', () => {
        if (total > maxBytes) return reject(new InvalidArtifact(`The artifact is larger than the limit of ${maxBytes} bytes.`));
        if (files.has(parts.at(-1)!)) return reject(new InvalidArtifact(`The archive holds "${parts.at(-1)}" twice.`));
        files.set(parts.at(-1)!, Buffer.concat(chunks));
        next();
      });
    });
    tar.on('finish', resolve);
    tar.on('error', (error) => reject(new InvalidArtifact(`The upload is not a tar archive: ${error.message}`)));
  });
  Readable.from(archive).pipe(tar);
  await done;
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
