import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pack } from 'tar-stream';
import { ArtifactStore, InvalidArtifact, readTar, TamperedArtifact } from '../../src/inference/artifact-store';
import { tarOf, tinyClassifierFiles } from '../support/models';

describe('artifact store', () => {
  let files: Map<string, Buffer>;
  let store: ArtifactStore;
  before(async () => {
    files = await tinyClassifierFiles();
    store = new ArtifactStore(fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-artifacts-')));
  });
  after(() => fs.rmSync(store.dir, { recursive: true, force: true }));

  it('stores a layers model by content and gives the same digest for the same files', async () => {
    const first = await store.put(files);
    assert.equal(first.format, 'TFJS_LAYERS_MODEL');
    assert.match(first.sha256, /^[0-9a-f]{64}$/);
    assert.equal(first.sizeBytes, files.get('model.json')!.length + files.get('weights.bin')!.length);
    assert.deepEqual(await store.put(await tinyClassifierFiles()), first);
    assert.deepEqual(await store.open(first.sha256), files);
  });

  it('refuses to open an artifact whose stored file was changed, or which gained a file', async () => {
    const { sha256 } = await store.put(files);
    const weights = path.join(store.dir, sha256, 'weights.bin');
    const original = fs.readFileSync(weights);
    fs.writeFileSync(
      weights,
      Buffer.concat([original.subarray(0, 4), Buffer.from([1, 2, 3, 4]), original.subarray(8)]),
    );
    await assert.rejects(store.open(sha256), TamperedArtifact);
    fs.writeFileSync(weights, original);
    fs.writeFileSync(path.join(store.dir, sha256, 'extra.bin'), 'x');
    await assert.rejects(store.open(sha256), TamperedArtifact);
    fs.rmSync(path.join(store.dir, sha256, 'extra.bin'));
    assert.deepEqual(await store.open(sha256), files);
  });

  it('refuses weights paths that leave the artifact, missing shards and extra files', async () => {
    const withManifest = (paths: string[]) => {
      const model = JSON.parse(files.get('model.json')!.toString());
      model.weightsManifest[0].paths = paths;
      return new Map([...files, ['model.json', Buffer.from(JSON.stringify(model))]]);
    };
    for (const escape of ['../secrets.bin', '/etc/passwd', 'https://example.com/w.bin', 'sub/weights.bin']) {
      await assert.rejects(store.put(withManifest([escape])), /outside the artifact/, escape);
    }
    await assert.rejects(store.put(withManifest(['missing.bin'])), /lacks/);
    await assert.rejects(store.put(new Map([...files, ['notes.txt', Buffer.from('hi')]])), /does not name: notes\.txt/);
    await assert.rejects(store.put(new Map([['weights.bin', files.get('weights.bin')!]])), /no model\.json/);
  });

  it('reads a tar of the folder or of its files, and refuses links and climbing paths', async () => {
    assert.deepEqual(await readTar(await tarOf(files), 1e7), files);
    assert.deepEqual(await readTar(await tarOf(files, 'credit-risk'), 1e7), files);
    await assert.rejects(readTar(await tarOf(new Map([['../model.json', Buffer.from('{}')]])), 1e7), InvalidArtifact);
    const linked = pack();
    linked.entry({ name: 'model.json', type: 'symlink', linkname: '/etc/passwd' });
    linked.finalize();
    const chunks: Buffer[] = [];
    for await (const chunk of linked) chunks.push(chunk as Buffer);
    await assert.rejects(readTar(Buffer.concat(chunks), 1e7), /not a regular file/);
    await assert.rejects(readTar(await tarOf(files), 100), /larger than the limit of 100 bytes/);
  });

  it('reads a tar as it streams in, and rejects with the error of a stream that fails', async () => {
    const archive = await tarOf(files);
    const pieces = (bytes: Buffer) =>
      Array.from({ length: Math.ceil(bytes.length / 100) }, (_, i) => bytes.subarray(i * 100, (i + 1) * 100));
    assert.deepEqual(await readTar(Readable.from(pieces(archive)), 1e7), files);
    const cut = new Error('the client went away');
    const failing = Readable.from(
      (function* () {
        yield archive.subarray(0, 1024);
        throw cut;
      })(),
    );
    await assert.rejects(readTar(failing, 1e7), (error) => error === cut);
  });
});
