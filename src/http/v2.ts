import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDatabaseUnreachable } from '../db/unreachable';
import { badInput, notFound } from '../errors';
import type { CallContext } from '../domain/context';
import type { Signature, TensorSpec } from '../domain/models/model.entity';
import { packTensors, protocolDatatypes } from '../inference/instances';
import type { PredictionService } from '../domain/serving/predict.service';
import type { Logger } from '../telemetry/logger';
import { JSON_NUMBER_BYTES } from '../domain/response-size';
import { parseJson, readBody, RefusedBody } from './body';
import { refusalOf } from './errors';

export interface V2Deps {
  /** The request's context: authenticates its credentials (a GraphQLError refuses them). */
  context: (req: IncomingMessage) => Promise<CallContext>;
  predictions: PredictionService;
  /** Whether the inference workers have started. */
  workersReady: () => Promise<boolean>;
  maxBodyBytes: number;
  logger: Logger;
  version: string;
}

type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  deps: V2Deps,
  name?: string,
  version?: number,
) => Promise<void>;

/**
 * The Open Inference Protocol's REST endpoints (the "v2" protocol of Triton, KServe and MLServer).
 * A model is a deployment, a model version one of the versions its routes serve. Inference takes
 * the same path as GraphQL predict: identity, authorization, routing, signature check, batching,
 * prediction log and tracing; only the request and the answer are tensors.
 */
export function v2Handler(deps: V2Deps) {
  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/v2\/health\/live$/, async (_req, res) => send(res, 200, { live: true })],
    [
      'GET',
      /^\/v2\/health\/ready$/,
      async (_req, res) =>
        (await deps.workersReady())
          ? send(res, 200, { ready: true })
          : send(res, 400, { error: 'No inference worker can serve yet (starting, or replacing one that stopped).' }),
    ],
    [
      'GET',
      /^\/v2\/?$/,
      async (_req, res) =>
        send(res, 200, { name: 'modelgate', version: deps.version, extensions: ['binary_tensor_data'] }),
    ],
    ['GET', /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?\/ready$/, modelReady],
    ['GET', /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?$/, modelMetadata],
    ['POST', /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?\/infer$/, infer],
  ];
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const path = req.url!.split('?', 1)[0]!;
      const matching = routes.filter(([, pattern]) => pattern.test(path));
      const route = matching.find(([method]) => method === req.method);
      if (!route) {
        req.resume();
        if (matching.length > 0)
          return send(res, 405, {
            error: `${req.method} is not allowed here; use ${matching.map(([method]) => method).join(' or ')}.`,
          });
        return send(res, 404, {
          error:
            'No such endpoint of the inference protocol; see GET /v2/models/{name} and POST /v2/models/{name}/infer.',
        });
      }
      const [, name, version] = route[1].exec(path)!;
      await route[2](
        req,
        res,
        deps,
        name === undefined ? undefined : decode(name),
        version === undefined ? undefined : versionNumber(decode(version)),
      );
    } catch (error) {
      fail(res, error, deps.logger);
    }
  };
}

const modelReady: Handler = async (req, res, deps, name, version) => {
  const ctx = await deps.context(req);
  const deployment = deps.predictions.servedDeployment(ctx, name!, 'read');
  deps.predictions.routesTakingTraffic(ctx, deployment, version);
  send(res, 200, { name: name!, ready: true });
};

const modelMetadata: Handler = async (req, res, deps, name, version) => {
  const ctx = await deps.context(req);
  const deployment = deps.predictions.servedDeployment(ctx, name!, 'read');
  const routes = deps.predictions.routesTakingTraffic(ctx, deployment, version);
  // The version most traffic goes to speaks for the deployment.
  const { signature } = routes.reduce((most, route) => (route.weight > most.weight ? route : most)).version;
  send(res, 200, {
    name: name!,
    versions: [...new Set(routes.map((route) => String(route.version.version)))],
    platform: 'tensorflowjs',
    inputs: signature.inputs.map(metadataOf),
    outputs: signature.outputs.map(metadataOf),
  });
};

const infer: Handler = async (req, res, deps, name, version) => {
  const { request, binary } = await readInferRequest(req, deps.maxBodyBytes);
  if (request.id !== undefined && typeof request.id !== 'string') throw badInput('id', 'must be a string.');
  const parameters = (request.parameters ?? {}) as Record<string, unknown>;
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))
    throw badInput('parameters', 'must be an object.');
  const header = req.headers['x-routing-key'];
  const routingKey = typeof header === 'string' ? header : parameters.routing_key;
  if (routingKey !== undefined && typeof routingKey !== 'string')
    throw badInput('parameters.routing_key', 'must be a string.');
  const requested = requestedOutputs(request.outputs);
  const ctx = await deps.context(req);
  const result = await deps.predictions.predict(ctx, {
    deployment: name!,
    version,
    routingKey,
    accept: (signature) => requested && checkOutputs(requested, signature),
    pack: (signature) => packTensors(signature, request.inputs, deps.predictions.maxInstances, binary),
  });
  const tensors = result.tensors.map((tensor, index) => ({
    name: result.signature.outputs[index]?.name ?? tensor.name,
    shape: tensor.shape,
    values: tensor.values,
  }));
  const asBinary = parameters.binary_data_output === true;
  const selected = (requested ?? tensors.map(({ name }) => ({ name, binary: undefined }))).map((output, index) => {
    const tensor = tensors.find((candidate) => candidate.name === output.name);
    if (!tensor) throw notAnOutput(index, result.signature);
    return { tensor, binary: output.binary ?? asBinary };
  });
  // The answer's size, before any of it is built: its JSON without the data exactly, each value
  // sent as JSON at its longest, binary data exactly. Past the bound, it is refused (413).
  const described = selected.map(({ tensor, binary: bytes }): OutputAnswer => ({
    name: tensor.name,
    shape: tensor.shape,
    datatype: 'FP32',
    ...(bytes ? { parameters: { binary_data_size: tensor.values.byteLength } } : { data: [] }),
  }));
  const answer = {
    model_name: name!,
    model_version: String(result.version),
    // The client's id, as the protocol says, else the gateway's; each instance's prediction id, for reporting its outcome.
    id: request.id ?? result.id,
    parameters: { prediction_ids: result.outputs.map((output) => output.predictionId) },
    outputs: described,
  };
  const envelope = Buffer.from(JSON.stringify(answer));
  const dataBytes = selected.reduce(
    (sum, { tensor, binary: bytes }) =>
      sum + (bytes ? tensor.values.byteLength : tensor.values.length * JSON_NUMBER_BYTES),
    0,
  );
  const instances = tensors[0]?.shape[0] ?? 0;
  deps.predictions.responseSize.charge(
    ctx,
    envelope.length + dataBytes,
    `${selected.length} output(s) of ${instances} instance(s)`,
    'Send fewer instances a request, ask for fewer outputs, or ask for binary data ("parameters": { "binary_data": true }), 4 bytes a value instead of up to 24.',
  );
  const blobs: Buffer[] = [];
  selected.forEach(({ tensor, binary: bytes }, index) => {
    if (bytes) blobs.push(Buffer.from(tensor.values.buffer, tensor.values.byteOffset, tensor.values.byteLength));
    else described[index]!.data = Array.from(tensor.values);
  });
  if (blobs.length === 0) return send(res, 200, answer);
  // The binary tensor data extension: the JSON, its length in a header, then the outputs' bytes.
  const json = blobs.length === selected.length ? envelope : Buffer.from(JSON.stringify(answer));
  res.statusCode = 200;
  res.setHeader('content-type', 'application/octet-stream');
  res.setHeader('inference-header-content-length', String(json.length));
  res.end(Buffer.concat([json, ...blobs]));
};

/** One output as an answer describes it: its values in `data`, or their byte count with the binary tensor data extension. */
interface OutputAnswer {
  name: string;
  shape: number[];
  datatype: string;
  data?: number[];
  parameters?: { binary_data_size: number };
}

interface InferRequest {
  id?: unknown;
  parameters?: unknown;
  inputs?: unknown;
  outputs?: unknown;
}

/** The JSON of an inference request and, with the binary tensor data extension, the bytes after it. */
async function readInferRequest(
  req: IncomingMessage,
  maxBytes: number,
): Promise<{ request: InferRequest; binary?: Buffer }> {
  const body = await readBody(req, maxBytes);
  if (body instanceof RefusedBody) throw body;
  const header = req.headers['inference-header-content-length'];
  let json = body;
  let binary: Buffer | undefined;
  if (header !== undefined) {
    const length = Number(header);
    if (!Number.isInteger(length) || length < 0 || length > body.length)
      throw badInput(
        'Inference-Header-Content-Length',
        `must be the JSON's length in bytes, at most the body's ${body.length}.`,
      );
    [json, binary] = [body.subarray(0, length), body.subarray(length)];
  }
  const request = parseJson(json);
  if (request instanceof RefusedBody) throw request;
  if (Array.isArray(request))
    throw badInput('body', 'must be a JSON object: { "inputs": [{ "name", "shape", "datatype", "data" }] }.');
  return { request: request as InferRequest, binary };
}

/** An output the request names, and its own binary_data choice. */
interface RequestedOutput {
  name: string;
  binary?: boolean;
}

/**
 * The outputs the request names, in its order, or undefined when it names none (all of them are
 * answered). An output named twice is refused, not answered twice: each copy would be a copy of
 * the whole tensor, and a small request could ask for an answer thousands of times its size.
 */
function requestedOutputs(requested: unknown): RequestedOutput[] | undefined {
  if (requested === undefined) return undefined;
  if (!Array.isArray(requested)) throw badInput('outputs', 'must be a list of { "name" } of the outputs to return.');
  const seen = new Map<string, number>();
  return requested.map((output: unknown, index) => {
    const { name, parameters } = (output ?? {}) as { name?: unknown; parameters?: { binary_data?: unknown } };
    if (typeof name !== 'string') throw badInput(`outputs[${index}].name`, 'must be the name of an output, a string.');
    const first = seen.get(name);
    if (first !== undefined)
      throw badInput(
        `outputs[${index}].name`,
        `"${name}" is asked for again (first at outputs[${first}]); ask for each output once.`,
      );
    seen.set(name, index);
    return { name, binary: typeof parameters?.binary_data === 'boolean' ? parameters.binary_data : undefined };
  });
}

/** The outputs asked for are the answering version's, at most as many as it has; checked before anything runs. */
function checkOutputs(requested: RequestedOutput[], signature: Signature): void {
  if (requested.length > signature.outputs.length)
    throw badInput(
      'outputs',
      `asks for ${requested.length} outputs; this model has ${signature.outputs.length} (${outputNames(signature)}).`,
    );
  const index = requested.findIndex(({ name }) => !signature.outputs.some((spec) => spec.name === name));
  if (index >= 0) throw notAnOutput(index, signature);
}

function notAnOutput(index: number, signature: Signature) {
  return badInput(`outputs[${index}].name`, `is not an output of this model; it has ${outputNames(signature)}.`);
}

const outputNames = (signature: Signature) => signature.outputs.map((spec) => spec.name).join(', ');

/** A signature's tensor as the protocol's metadata describes it: -1 for the batch dimension. */
function metadataOf(spec: TensorSpec) {
  return { name: spec.name, datatype: protocolDatatypes[spec.dtype], shape: [-1, ...spec.shape] };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badInput('path', 'holds a malformed percent-encoding.');
  }
}

/** Versions are numbered from 1; anything else names no version. */
function versionNumber(text: string): number {
  if (!/^[1-9]\d{0,8}$/.test(text)) throw notFound('model version', text.slice(0, 20), 'number');
  return Number(text);
}

/** An error as the protocol answers it, `{ "error": "…" }`, with the HTTP status of its code; nothing unexpected leaks. */
function fail(res: ServerResponse, error: unknown, logger: Logger): void {
  const refusal = refusalOf(error);
  let [status, message] = refusal ? [refusal.status, refusal.message] : [undefined, ''];
  if (error instanceof RefusedBody) [status, message] = [error.status, error.message];
  if (status === undefined && isDatabaseUnreachable(error))
    [status, message] = [503, 'The database is unreachable; retry shortly.'];
  if (status === undefined) {
    logger.error({ err: error }, 'unexpected error while answering an inference protocol request');
    [status, message] = [500, 'Internal server error; the gateway logged the details.'];
  }
  if (res.headersSent) return void res.destroy();
  // Overload, outages and rates pass: tell clients when to come back.
  const retryAfter = refusal?.retryAfter ?? (status === 503 ? 1 : undefined);
  if (retryAfter !== undefined) res.setHeader('retry-after', String(retryAfter));
  send(res, status, { error: message });
}

function send(res: ServerResponse, status: number, body: object): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}
