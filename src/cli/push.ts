import fs from 'node:fs';
import path from 'node:path';
import {
  ModelDocument,
  RegisterModelVersionDocument,
  type RegisterModelVersionInput,
} from '../client/generated/graphql';
import { GraphQLClient } from '../client/graphql-client';

/** The file beside model.json that describes the version: signature, metrics, model card, run. */
export const VERSION_FILE = 'modelgate.json';

export interface PushOptions {
  dir: string;
  model: string;
  /** The gateway's GraphQL URL. */
  url: string;
  token: string;
}

/**
 * `modelgate push DIR --model NAME`: uploads the TF.js model folder DIR and registers it as a
 * new DRAFT version of model NAME, described by DIR/modelgate.json.
 */
export async function push(options: PushOptions): Promise<{ id: string; version: number; sha256: string }> {
  const entries = fs.readdirSync(options.dir, { withFileTypes: true }).filter((entry) => entry.isFile());
  const described = entries.some((entry) => entry.name === VERSION_FILE);
  if (!described)
    throw new Error(
      `${options.dir} has no ${VERSION_FILE} describing the version (signature, metrics, modelCard, runId).`,
    );
  // Typed at the boundary only: the gateway validates the file's fields (and names a wrong one) on registration.
  const version = JSON.parse(fs.readFileSync(path.join(options.dir, VERSION_FILE), 'utf8')) as Omit<
    RegisterModelVersionInput,
    'modelId' | 'artifact'
  >;
  const files = new Map(
    entries
      .filter((entry) => entry.name !== VERSION_FILE)
      .map((entry) => [entry.name, fs.readFileSync(path.join(options.dir, entry.name))]),
  );

  const client = new GraphQLClient(options.url, { authorization: `Bearer ${options.token}` });
  const artifact = await client.uploadArtifact(files);
  const { model } = await client.data(ModelDocument, { name: options.model });
  const { registerModelVersion } = await client.data(RegisterModelVersionDocument, {
    input: { ...version, modelId: model.id, artifact },
  });
  return { id: registerModelVersion.id, version: registerModelVersion.version, sha256: artifact.sha256 };
}
