import fs from 'node:fs';
import path from 'node:path';
import { tarOf } from '../serving/artifact-store';

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
  const version = JSON.parse(fs.readFileSync(path.join(options.dir, VERSION_FILE), 'utf8')) as Record<string, unknown>;
  const files = new Map(
    entries
      .filter((entry) => entry.name !== VERSION_FILE)
      .map((entry) => [entry.name, fs.readFileSync(path.join(options.dir, entry.name))]),
  );

  const authorization = `Bearer ${options.token}`;
  const uploaded = await fetch(options.url.replace(/\/graphql$/, '/artifacts'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-tar', authorization },
    body: await tarOf(files),
  });
  const artifact = (await uploaded.json()) as {
    sha256: string;
    sizeBytes: number;
    format: string;
    errors?: { message: string }[];
  };
  if (!uploaded.ok) throw new Error(`upload refused: ${artifact.errors?.[0]?.message ?? uploaded.status}`);

  const graphql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    return body.data!;
  };
  const { model } = await graphql<{ model: { id: string } }>('query($name: String!) { model(name: $name) { id } }', {
    name: options.model,
  });
  const { registerModelVersion } = await graphql<{ registerModelVersion: { id: string; version: number } }>(
    'mutation($input: RegisterModelVersionInput!) { registerModelVersion(input: $input) { id version } }',
    {
      input: {
        ...version,
        modelId: model.id,
        artifact: { sha256: artifact.sha256, sizeBytes: artifact.sizeBytes, format: artifact.format },
      },
    },
  );
  return { ...registerModelVersion, sha256: artifact.sha256 };
}
