import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { tarOf, type ArtifactInfo } from '../inference/artifact-store';

export interface GraphQLResponseError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLResponseError[];
}

/** The formats PUT /datasets/versions/{id}/rows takes: CSV with a header row, or JSON Lines. */
export type RowsContentType = 'text/csv' | 'application/x-ndjson' | 'application/jsonl';

/** What PUT /datasets/versions/{id}/rows kept: the version, its row count and the digest of the rows. */
export interface EvaluationRows {
  datasetVersionId: string;
  rows: number;
  sha256: string;
}

/** A request the gateway refused: the first error's message, and its code for callers that branch on it. */
export class GatewayRefusal extends Error {
  readonly code: string | undefined;
  constructor(message: string, error: GraphQLResponseError | undefined) {
    super(message);
    this.code = error?.extensions?.code;
  }
}

/**
 * The one client of a running gateway: the demo seed, `modelgate push`, the tests and load tests
 * send the typed documents codegen writes from schema/operations through it, so a change to the
 * graph breaks them at compile time rather than at run time.
 */
/** One line of a bulk outcome report. */
export interface OutcomeLine {
  predictionId: string;
  label?: string;
  value?: number;
  correction?: boolean;
}

/** What a report of outcomes did. */
export interface OutcomeCounts {
  recorded: number;
  unchanged: number;
  corrected: number;
}

export class GraphQLClient {
  constructor(
    readonly url: string,
    protected readonly headers: Record<string, string> = {},
  ) {}

  async request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>> {
    return this.post<T>(JSON.stringify({ query: print(document), variables }));
  }

  /** The data of a request, or a GatewayRefusal when the answer has errors. */
  async data<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
    const { data, errors } = await this.request(document, variables);
    if (errors?.length) throw new GatewayRefusal(errors[0]!.message, errors[0]);
    // GraphQL answers data or errors: without errors, data is there.
    return data!;
  }

  /** Uploads a TF.js model folder to POST /artifacts, as a tar; answers what registerModelVersion takes. */
  async uploadArtifact(files: Map<string, Buffer>): Promise<ArtifactInfo> {
    const response = await fetch(this.url.replace(/\/graphql$/, '/artifacts'), {
      method: 'POST',
      headers: { ...this.headers, 'content-type': 'application/x-tar' },
      body: await tarOf(files),
    });
    const body = (await json(response)) as Partial<ArtifactInfo> & Pick<GraphQLResponse<unknown>, 'errors'>;
    if (!response.ok) {
      const error = body.errors?.[0];
      throw new GatewayRefusal(`artifact upload refused: ${error?.message ?? response.status}`, error);
    }
    // Only the fields ArtifactInput takes: the gateway refuses unknown ones.
    const { sha256, sizeBytes, format } = body as ArtifactInfo;
    return { sha256, sizeBytes, format };
  }

  /**
   * Uploads a dataset version's rows to PUT /datasets/versions/{id}/rows as its evaluation set: CSV
   * with a header row (`text/csv`) or JSON Lines (`application/x-ndjson`). The body's SHA-256 must be
   * the one the version declared. Answers what the gateway kept; a GatewayRefusal says why not.
   */
  async uploadRows(
    datasetVersionId: string,
    body: string | Buffer,
    contentType: RowsContentType,
  ): Promise<EvaluationRows> {
    const url = this.url.replace(/\/graphql$/, `/datasets/versions/${encodeURIComponent(datasetVersionId)}/rows`);
    const response = await fetch(url, {
      method: 'PUT',
      headers: { ...this.headers, 'content-type': contentType },
      body,
    });
    const answer = (await json(response)) as Partial<EvaluationRows> & Pick<GraphQLResponse<unknown>, 'errors'>;
    if (!response.ok) {
      const error = answer.errors?.[0];
      throw new GatewayRefusal(`rows upload refused: ${error?.message ?? response.status}`, error);
    }
    const { datasetVersionId: id, rows, sha256 } = answer as EvaluationRows;
    return { datasetVersionId: id, rows, sha256 };
  }

  /**
   * Reports outcomes in bulk to POST /deployments/{name}/outcomes, as JSON Lines: one report,
   * written whole or not at all. Answers what it did; a GatewayRefusal says why not.
   */
  async reportOutcomes(deployment: string, outcomes: OutcomeLine[] | string): Promise<OutcomeCounts> {
    const url = this.url.replace(/\/graphql$/, `/deployments/${encodeURIComponent(deployment)}/outcomes`);
    const body =
      typeof outcomes === 'string' ? outcomes : outcomes.map((outcome) => JSON.stringify(outcome)).join('\n');
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...this.headers, 'content-type': 'application/x-ndjson' },
      body,
    });
    const answer = (await json(response)) as Partial<OutcomeCounts> & Pick<GraphQLResponse<unknown>, 'errors'>;
    if (!response.ok) {
      const error = answer.errors?.[0];
      throw new GatewayRefusal(`outcomes refused: ${error?.message ?? response.status}`, error);
    }
    const { recorded, unchanged, corrected } = answer as OutcomeCounts;
    return { recorded, unchanged, corrected };
  }

  /** Posts a JSON body as it is; the one place a request is sent. */
  protected async post<T>(body: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body,
    });
    return { ...((await json(response)) as GraphQLResponse<T>), status: response.status };
  }
}

/** The body as JSON; a proxy's error page or a wrong URL says so instead of failing to parse. */
async function json(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${response.url} answered ${response.status} with no JSON: ${text.slice(0, 200)}`);
  }
}
