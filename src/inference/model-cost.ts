/**
 * What one instance of a model costs to run: floating-point operations, and the activation memory
 * (bytes of tensors alive at once) of a forward pass and of a gradient. Layers models are costed
 * from their layer graph as TensorFlow.js built it, before anything runs; graph models, which
 * TensorFlow.js cannot shape statically, are measured with tf.profile on one instance. Admission
 * refuses a model past the bounds (costRefusal), and the workers split every model call so that
 * none needs more than the activation bound (rowsPerCall).
 */
import type * as tfjs from '@tensorflow/tfjs';
import { readableBytes } from '../readable';
import { elementsOf as elements } from './shapes';

/** One step of the cost: a layer call (layer graph), or a kernel TensorFlow.js ran (measured). */
export interface CostStep {
  /** The layer's name, or the kernel's. */
  name: string;
  /** The layer's class (Conv2D, Dense, …), or 'kernel'. */
  kind: string;
  /** Its (first) output for one instance, without the batch dimension. */
  outputShape: number[];
  flops: number;
  /** Bytes of tensors alive while it runs, its own output included (layer graph; measured: after it ran). */
  liveBytes: number;
}

export interface ModelCost {
  /** 'layer graph': computed from the layers before anything ran; 'measured': tf.profile of one instance. */
  basis: 'layer graph' | 'measured';
  flopsPerInstance: number;
  /** Peak bytes of tensors alive at once during a forward pass, per instance. */
  activationBytesPerInstance: number;
  /** Peak bytes of a gradient of the output with respect to the input (gradient explanations), per instance. */
  gradientBytesPerInstance: number;
  /** Elements of one instance's inputs at the size costed: a call on larger inputs costs proportionally more. */
  inputElementsPerInstance: number;
  steps: CostStep[];
}

/** What admission holds a model to. */
export interface CostLimits {
  maxActivationBytes: number;
  maxFlopsPerInstance: number;
  /** Rows of the largest batch the model will be called with (the backend's default maximum batch size). */
  batch: number;
}

/** Every refusal starts so: admission tells it from a model that fails to load. */
export const TOO_COSTLY = 'The model is too costly to serve: ';

/**
 * Bytes counted per tensor element. Layers models are float32 (int32 inputs are as wide); counting
 * 4 bytes for a bool is conservative.
 */
const BYTES_PER_ELEMENT = 4;

/**
 * A gradient keeps every tensor of its forward pass until the backward pass is done (TensorFlow.js
 * saves kernels' inputs and outputs on its tape) and makes several tensors of each one's size on the
 * way back. tf.profile on the wasm backend counted 5.5 times the bytes of the forward pass's tensors
 * per instance for a CNN and 8.6 times for an MLP with tanh and softmax; 10 bounds both.
 */
const GRADIENT_BYTES_PER_FORWARD_BYTE = 10;

/**
 * The dimensions of one instance of an input as the warm-up makes it: the batch dimension dropped,
 * and 1 for any dimension the model leaves open (null in a layers model, -1 in a graph model).
 * Such a model is costed at that size, and each call is bounded by the size it actually gets
 * (rowsPerCall scales by its input elements): refusing every model that takes inputs of any size
 * would refuse ordinary fully convolutional models.
 */
export function instanceShape(shape: readonly (number | null)[] | undefined): number[] {
  return (shape ?? []).slice(1).map((d) => (d == null || d < 0 ? 1 : d));
}

/** The cost of a loaded model: from its layer graph (layers model) or measured on one instance (graph model). */
export async function modelCost(tf: typeof tfjs, model: tfjs.LayersModel | tfjs.GraphModel): Promise<ModelCost> {
  return 'layers' in model ? layersModelCost(model) : graphModelCost(tf, model);
}

// ---------------------------------------------------------------------------------------------
// Layers models: the layer graph, walked as TensorFlow.js's executor runs it.

/** A symbolic tensor of the layer graph, as far as the cost reads it (tfjs-layers' SymbolicTensor). */
interface Symbolic {
  id: number;
  name: string;
  shape: readonly (number | null)[];
  inputs: Symbolic[];
  sourceLayer: GraphLayer;
  nodeIndex: number;
}

type Shape = (number | null)[];

interface GraphLayer {
  name: string;
  getClassName(): string;
  inboundNodes: { inputTensors: Symbolic[]; outputTensors: Symbolic[] }[];
  computeOutputShape(inputShape: Shape | Shape[]): Shape | Shape[];
  weights: { shape: number[] }[];
}

/** A model, or a model used as a layer: its symbolic inputs and outputs. */
interface Graph {
  inputs: Symbolic[];
  outputs: Symbolic[];
}

const isGraph = (layer: unknown): layer is GraphLayer & Graph & { layers: unknown[] } =>
  Array.isArray((layer as { layers?: unknown }).layers) && Array.isArray((layer as { outputs?: unknown }).outputs);

/** One run of a graph, per instance: its steps, peak, FLOPs, the bytes of every tensor it made, and its outputs' shapes. */
interface Simulation {
  steps: CostStep[];
  peakBytes: number;
  flops: number;
  madeBytes: number;
  outputShapes: number[][];
}

/**
 * The cost of a layers model, from the shapes TensorFlow.js gave its layers when it built them:
 * nothing runs. Shapes are of one instance (batch 1); open dimensions take the warm-up's size.
 *
 * Activation memory follows how TensorFlow.js predicts (tfjs-layers executor.ts, execute()): it
 * applies the layers in the topological order of the symbolic tensors and disposes a tensor once its
 * last consumer has run, model inputs and outputs excepted. Counted, at each layer call: the model's
 * inputs twice (the caller's tensor and predict()'s slice of it), every earlier output still waiting
 * for a consumer, and the call's outputs twice (the output and one temporary of its size: a bias add
 * or an activation not fused into the kernel). A model used as a layer counts its own peak in its
 * place. Workspace a kernel allocates internally (none for the wasm backend's convolutions and
 * matrix products) and the weights are not counted.
 */
export function layersModelCost(model: tfjs.LayersModel): ModelCost {
  const graph = model as unknown as Graph;
  const feeds = graph.inputs.map((input) => [1, ...instanceShape(input.shape)]);
  const run = simulate(graph, feeds, 2);
  const inputBytes = feeds.reduce((sum, shape) => sum + elements(shape), 0) * BYTES_PER_ELEMENT;
  return {
    basis: 'layer graph',
    flopsPerInstance: run.flops,
    activationBytesPerInstance: run.peakBytes,
    gradientBytesPerInstance: GRADIENT_BYTES_PER_FORWARD_BYTE * (inputBytes + run.madeBytes),
    inputElementsPerInstance: inputBytes / BYTES_PER_ELEMENT,
    steps: run.steps,
  };
}

/**
 * Runs `graph` on paper with inputs of `feedShapes`, counted `feedCopies` times as alive throughout
 * (2 for a model predicted, 0 for a model called as a layer: its inputs are its caller's tensors).
 */
function simulate(graph: Graph, feedShapes: number[][], feedCopies: number): Simulation {
  const shapes = new Map<number, number[]>();
  graph.inputs.forEach((input, i) => shapes.set(input.id, feedShapes[i]!));
  const bytesOf = (shape: number[]) => elements(shape) * BYTES_PER_ELEMENT;
  const feeds = new Set(graph.inputs.map((input) => input.name));
  const fetches = new Set(graph.outputs.map((output) => output.name));
  const { sorted, recipients } = topologicalOrder(graph.outputs, feeds);
  let live = feedCopies * feedShapes.reduce((sum, shape) => sum + bytesOf(shape), 0);
  const run: Simulation = { steps: [], peakBytes: live, flops: 0, madeBytes: 0, outputShapes: [] };
  for (const symbolic of sorted) {
    const layer = symbolic.sourceLayer;
    if (layer.getClassName() === 'InputLayer') continue;
    const node = layer.inboundNodes[symbolic.nodeIndex]!;
    const inputShapes = symbolic.inputs.map((input) => shapes.get(input.id) ?? [1, ...instanceShape(input.shape)]);
    let outputShapes: number[][];
    let flops: number;
    let callBytes: number;
    let madeBytes: number;
    if (isGraph(layer)) {
      // A model used as a layer runs its own graph, freeing as it goes; its outputs survive the call.
      const inner = simulate(layer, inputShapes, 0);
      outputShapes = inner.outputShapes;
      flops = inner.flops;
      callBytes = inner.peakBytes;
      madeBytes = inner.madeBytes;
    } else {
      outputShapes = concreteOutputShapes(layer, node.outputTensors, inputShapes);
      flops = layerFlops(layer, inputShapes, outputShapes);
      madeBytes = outputShapes.reduce((sum, shape) => sum + bytesOf(shape), 0);
      callBytes = 2 * madeBytes;
    }
    const liveBytes = live + callBytes;
    run.steps.push({
      name: layer.name,
      kind: layer.getClassName(),
      outputShape: outputShapes[0]!.slice(1),
      flops,
      liveBytes,
    });
    run.peakBytes = Math.max(run.peakBytes, liveBytes);
    run.flops += flops;
    run.madeBytes += madeBytes;
    // Its outputs join the live tensors (a layer applied again for another output of the same call
    // makes them anew: TensorFlow.js keeps the first and leaves the others to the end of the batch).
    node.outputTensors.forEach((output, i) => {
      if (!shapes.has(output.id)) shapes.set(output.id, outputShapes[i]!);
      live += bytesOf(outputShapes[i]!);
    });
    for (const input of symbolic.inputs) {
      const left = (recipients.get(input.name) ?? 0) - 1;
      recipients.set(input.name, left);
      if (left === 0 && !feeds.has(input.name) && !fetches.has(input.name)) live -= bytesOf(shapes.get(input.id)!);
    }
  }
  run.outputShapes = graph.outputs.map((output) => shapes.get(output.id) ?? [1, ...instanceShape(output.shape)]);
  return run;
}

/**
 * The symbolic tensors upstream of `fetches`, in the order TensorFlow.js's executor runs them, and
 * how many distinct consumers each has: the same depth-first walk as tfjs-layers'
 * getTopologicalSortAndRecipientCountsForOneFetch, merged over the fetches as it merges them.
 */
function topologicalOrder(
  fetches: Symbolic[],
  feeds: Set<string>,
): { sorted: Symbolic[]; recipients: Map<string, number> } {
  const sorted: Symbolic[] = [];
  const inSorted = new Set<string>();
  const consumers = new Map<string, Set<string>>();
  for (const fetch of fetches) {
    const visited = new Set(feeds);
    const stack: Symbolic[] = [fetch];
    const marks: number[] = [];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (visited.has(top.name)) {
        stack.pop();
        continue;
      }
      const marked = marks[marks.length - 1] === stack.length - 1;
      if (top.inputs.length === 0 || marked) {
        stack.pop();
        visited.add(top.name);
        if (!inSorted.has(top.name)) {
          sorted.push(top);
          inSorted.add(top.name);
        }
        if (marked) marks.pop();
      } else {
        marks.push(stack.length - 1);
        for (const input of top.inputs) {
          if (!consumers.has(input.name)) consumers.set(input.name, new Set());
          consumers.get(input.name)!.add(top.name);
          if (!visited.has(input.name)) stack.push(input);
        }
      }
    }
  }
  return { sorted, recipients: new Map([...consumers].map(([name, set]) => [name, set.size])) };
}

/**
 * The shapes of a layer call's outputs for one instance: as TensorFlow.js built them, or, where a
 * dimension was left open, as the layer's own computeOutputShape gives them for these inputs.
 */
function concreteOutputShapes(layer: GraphLayer, outputs: Symbolic[], inputShapes: number[][]): number[][] {
  const known = outputs.map((output) => output.shape.slice(1));
  if (known.every((shape) => shape.every((d) => typeof d === 'number' && d >= 0)))
    return known.map((shape) => [1, ...(shape as number[])]);
  try {
    const computed = layer.computeOutputShape(inputShapes.length === 1 ? inputShapes[0]! : inputShapes);
    const list = (Array.isArray(computed[0]) ? computed : [computed]) as Shape[];
    if (list.length === outputs.length) return list.map((shape) => [1, ...instanceShape(shape)]);
  } catch {
    // A layer that cannot say: count its open dimensions as 1, like the warm-up.
  }
  return outputs.map((output) => [1, ...instanceShape(output.shape)]);
}

/** A weight's shape, by the layer's property name (kernel, depthwiseKernel, …). */
function weightShape(layer: GraphLayer, property: string): number[] | undefined {
  const shape = (layer as unknown as Record<string, { shape?: number[] } | undefined>)[property]?.shape;
  return Array.isArray(shape) ? shape : undefined;
}

/**
 * FLOPs of one layer call on one instance: 2 × multiply-adds for the layers that multiply by their
 * weights (dense, convolutions, recurrences over their timesteps, dot products), and one per output
 * element for the rest (element-wise, pooling, upsampling, normalisation, reshaping).
 */
function layerFlops(layer: GraphLayer, inputShapes: number[][], outputShapes: number[][]): number {
  const output = outputShapes.reduce((sum, shape) => sum + elements(shape), 0);
  const input = elements(inputShapes[0] ?? []);
  const timesteps = inputShapes[0]?.[1] ?? 1;
  const kernel = weightShape(layer, 'kernel');
  const rank = (n: number) => layer.weights.filter((w) => w.shape.length === n);
  switch (layer.getClassName()) {
    case 'Dense':
      return kernel ? 2 * output * kernel[0]! : output;
    case 'Conv1D':
    case 'Conv2D':
    case 'Conv3D':
      // Each output element: the kernel's window over every input channel.
      return kernel ? (2 * output * elements(kernel)) / kernel.at(-1)! : output;
    case 'Conv2DTranspose':
    case 'Conv3DTranspose':
      // Each input element is spread over the window of every output channel.
      return kernel ? (2 * input * elements(kernel)) / kernel.at(-1)! : output;
    case 'DepthwiseConv2D': {
      const depthwise = weightShape(layer, 'depthwiseKernel');
      return depthwise ? 2 * output * depthwise[0]! * depthwise[1]! : output;
    }
    case 'SeparableConv2D': {
      const [depthwise, pointwise] = [weightShape(layer, 'depthwiseKernel'), weightShape(layer, 'pointwiseKernel')];
      if (!depthwise || !pointwise) return output;
      // Per output position: the depthwise window over each input channel, then 1×1 over those channels.
      return 2 * (output / pointwise.at(-1)!) * (elements(depthwise) + elements(pointwise));
    }
    case 'SimpleRNN':
    case 'GRU':
    case 'LSTM':
      // Every timestep multiplies the input by the kernel and the state by the recurrent kernel.
      return 2 * timesteps * rank(2).reduce((sum, w) => sum + elements(w.shape), 0);
    case 'ConvLSTM2D': {
      const [inputKernel] = rank(4);
      if (!inputKernel) return output;
      const filters = inputKernel.shape.at(-1)! / 4;
      const returnsSequences = outputShapes[0]!.length === inputShapes[0]!.length;
      const positions = output / filters / (returnsSequences ? timesteps : 1);
      return 2 * timesteps * positions * rank(4).reduce((sum, w) => sum + elements(w.shape), 0);
    }
    case 'Bidirectional': {
      const wrapped = layer as unknown as { forwardLayer: GraphLayer; backwardLayer: GraphLayer };
      return (
        layerFlops(wrapped.forwardLayer, inputShapes, outputShapes) +
        layerFlops(wrapped.backwardLayer, inputShapes, outputShapes)
      );
    }
    case 'TimeDistributed': {
      const inner = (layer as unknown as { layer: GraphLayer }).layer;
      const perStep = (shape: number[]) => [shape[0]!, ...shape.slice(2)];
      return timesteps * layerFlops(inner, inputShapes.map(perStep), outputShapes.map(perStep));
    }
    case 'Dot': {
      // a holds (free dims of a) × k, b (free dims of b) × k, the output their free dims: k = √(a·b/out).
      const [a, b] = inputShapes.map(elements);
      return 2 * output * Math.sqrt((a! * b!) / Math.max(1, output));
    }
    case 'InputLayer':
      return 0;
    default:
      return output;
  }
}

// ---------------------------------------------------------------------------------------------
// Graph models: measured.

/** What tf.profile records of one kernel. */
export interface KernelRecord {
  name: string;
  inputShapes: (number[] | null)[];
  outputShapes: number[][];
  totalBytesSnapshot?: number;
}

/**
 * FLOPs of one kernel TensorFlow.js ran, from its name and its inputs' and outputs' shapes: 2 ×
 * multiply-adds for matrix products and convolutions, one per output element for the rest.
 */
export function kernelFlops({ name, inputShapes, outputShapes }: KernelRecord): number {
  const output = outputShapes.reduce((sum, shape) => sum + elements(shape), 0);
  const [x, filter] = inputShapes;
  switch (name) {
    case 'BatchMatMul':
    case '_FusedMatMul': {
      // a is [… , M, K] or [… , K, M]; the output [… , M, N].
      const out = outputShapes[0]!;
      if (!x || x.length < 2 || out.length < 2) return output;
      const k = (x.at(-1)! * x.at(-2)!) / Math.max(1, out.at(-2)!);
      return 2 * output * k;
    }
    case 'Conv2D':
    case 'FusedConv2D':
    case 'Conv3D':
      return filter ? (2 * output * elements(filter)) / filter.at(-1)! : output;
    case 'DepthwiseConv2dNative':
    case 'FusedDepthwiseConv2D':
      return filter ? 2 * output * filter[0]! * filter[1]! : output;
    case 'Conv2DBackpropInput':
    case 'Conv3DBackpropInputV2':
      // A transposed convolution: each element of dy spread over the window of every output channel.
      return x && filter ? (2 * elements(x) * elements(filter)) / filter.at(-1)! : output;
    default:
      return output;
  }
}

/**
 * The cost of a graph model, measured: one instance of zeros (of the warm-up's size) through
 * model.predict under tf.profile, in the worker that loaded it. TensorFlow.js has no shape inference
 * for graph models, so this is what they cost as they ran, kernel by kernel: the peak is the most
 * tensor bytes alive after any kernel (tf.profile counts a tensor sharing another's buffer, a
 * reshape, as bytes of its own, which errs high); the gradient bound is 10 times every tensor made.
 */
export async function graphModelCost(tf: typeof tfjs, model: tfjs.GraphModel): Promise<ModelCost> {
  const inputs = model.inputs.map((input) => ({ shape: instanceShape(input.shape), dtype: input.dtype }));
  const startBytes = tf.memory().numBytes;
  const profile = await tf.profile(() => {
    tf.tidy(() => {
      const tensors = inputs.map(({ shape, dtype }) => tf.zeros([1, ...shape], dtype as tfjs.DataType));
      model.predict(tensors.length === 1 ? tensors[0]! : tensors);
    });
  });
  // Scopes of ops made of kernels (fusedConv2d__op) are recorded beside their kernels: count kernels only.
  const kernels = (profile.kernels as unknown as KernelRecord[]).filter((kernel) => !kernel.name.endsWith('__op'));
  const inputElements = inputs.reduce((sum, { shape }) => sum + elements(shape), 0);
  const steps = kernels.map((kernel) => ({
    name: kernel.name,
    kind: 'kernel',
    outputShape: (kernel.outputShapes[0] ?? []).slice(1),
    flops: kernelFlops(kernel),
    liveBytes: (kernel.totalBytesSnapshot ?? startBytes) - startBytes,
  }));
  const made = kernels.reduce(
    (sum, kernel) => sum + kernel.outputShapes.reduce((bytes, shape) => bytes + elements(shape), 0),
    inputElements,
  );
  return {
    basis: 'measured',
    flopsPerInstance: steps.reduce((sum, step) => sum + step.flops, 0),
    activationBytesPerInstance: Math.max(inputElements * BYTES_PER_ELEMENT, ...steps.map((step) => step.liveBytes)),
    gradientBytesPerInstance: GRADIENT_BYTES_PER_FORWARD_BYTE * made * BYTES_PER_ELEMENT,
    inputElementsPerInstance: inputElements,
    steps,
  };
}

// ---------------------------------------------------------------------------------------------
// Bounds.

/**
 * Most rows one model call may take so that it needs at most `maxActivationBytes` (at least 1): a
 * forward pass, or a gradient. `instanceElements`, the elements of one row of the inputs it is
 * actually given, scales the cost of a model costed at a smaller size (one that takes inputs of any size).
 */
export function rowsPerCall(
  cost: ModelCost,
  maxActivationBytes: number,
  pass: 'forward' | 'gradient',
  instanceElements = cost.inputElementsPerInstance,
): number {
  const scale = Math.max(1, instanceElements / Math.max(1, cost.inputElementsPerInstance));
  const perRow = (pass === 'forward' ? cost.activationBytesPerInstance : cost.gradientBytesPerInstance) * scale;
  const rows = Math.floor(maxActivationBytes / Math.max(1, perRow));
  return Number.isFinite(rows) ? Math.max(1, rows) : 1;
}

/**
 * Why admission refuses a model for its cost, or undefined: FLOPs per instance past the bound, or
 * activation memory past the bound at the largest batch it will be called with. The message names
 * the numbers, the layer (or kernel) that dominates and the setting, and never echoes the model.
 */
export function costRefusal(cost: ModelCost, limits: CostLimits): string | undefined {
  const problems: string[] = [];
  const batchBytes = cost.activationBytesPerInstance * limits.batch;
  if (!(batchBytes <= limits.maxActivationBytes)) {
    const peak = cost.steps.reduce<CostStep | undefined>(
      (a, b) => (a && a.liveBytes >= b.liveBytes ? a : b),
      undefined,
    );
    problems.push(
      `a batch of ${limits.batch} instances (the most this backend batches by default) needs ${readableBytes(batchBytes)} of activation memory ` +
        `(${readableBytes(cost.activationBytesPerInstance)} per instance${peak ? `, at its peak in ${describe(peak)}` : ''}), ` +
        `more than the ${readableBytes(limits.maxActivationBytes)} one worker call may use (MODELGATE_MAX_ACTIVATION_MB)`,
    );
  }
  if (!(cost.flopsPerInstance <= limits.maxFlopsPerInstance)) {
    const most = cost.steps.reduce<CostStep | undefined>((a, b) => (a && a.flops >= b.flops ? a : b), undefined);
    problems.push(
      `one instance needs ${gflop(cost.flopsPerInstance)}` +
        `${most ? ` (${gflop(most.flops)} of them in ${describe(most)})` : ''}, ` +
        `more than the ${gflop(limits.maxFlopsPerInstance)} per instance the gateway admits (MODELGATE_MAX_GFLOPS_PER_INSTANCE)`,
    );
  }
  if (problems.length === 0) return undefined;
  const basis = cost.basis === 'measured' ? ' (measured on one instance, as it ran)' : '';
  return (
    `${TOO_COSTLY}${problems.join('; and ')}${basis}. ` +
    'Make the model smaller where it peaks (fewer filters or upsampling steps, a smaller input), or raise the setting.'
  );
}

/** A layer or kernel in a few words: its name cut short, its class, its output for one instance. */
function describe(step: CostStep): string {
  const shape = step.outputShape.length ? `, output ${step.outputShape.map(number).join('×')}` : '';
  return step.kind === 'kernel'
    ? `the ${step.name.slice(0, 40)} kernel${shape.replace(', ', ' (')}${shape ? ')' : ''}`
    : `layer "${step.name.slice(0, 60)}" (${step.kind.slice(0, 40)}${shape})`;
}

function number(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : value.toPrecision(3);
}

/** 20 GFLOP, 1.43 GFLOP, 0.000160 GFLOP. */
function gflop(flops: number): string {
  if (!Number.isFinite(flops)) return 'unboundedly many GFLOP';
  const value = flops / 1e9;
  return `${value >= 1e6 ? value.toExponential(1) : Number.isInteger(value) ? value : value.toPrecision(3)} GFLOP`;
}
