import type * as tfjs from '@tensorflow/tfjs';
import type { BatchingSettings } from './batcher';

/** The inference backends, best first: best-available tries them in this order. */
export const backendNames = ['tensorflow', 'webgpu', 'wasm', 'cpu'] as const;
export type BackendName = (typeof backendNames)[number];

/** The GPU a webgpu backend runs on, as its WebGPU adapter describes itself. */
export interface GpuAdapter {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
}

/** What a worker started on, for the start-up log and /readyz. */
export interface BackendInfo {
  name: BackendName;
  /** webgpu only. */
  adapter?: GpuAdapter;
  /** Best-available only: each better backend it passed over, and why (e.g. "webgpu: no GPU adapter: …"). */
  passedOver: string[];
}

export interface Backend extends BackendInfo {
  tf: typeof tfjs;
}

/**
 * What suits each backend when nothing is configured. A GPU call costs 1–2 ms of dispatch and
 * read-back whatever its size, so on webgpu batches are large and a batch waits up to about one
 * dispatch to fill; and one worker owns the GPU, so workers never compete for the device.
 */
export const backendDefaults: Record<BackendName, { workers: (cores: number) => number; batching: BatchingSettings }> =
  {
    tensorflow: { workers: (cores) => Math.max(1, cores - 1), batching: { maxBatchSize: 32, maxQueueDelayMs: 5 } },
    webgpu: { workers: () => 1, batching: { maxBatchSize: 256, maxQueueDelayMs: 2 } },
    wasm: { workers: (cores) => Math.max(1, cores - 1), batching: { maxBatchSize: 32, maxQueueDelayMs: 5 } },
    cpu: { workers: (cores) => Math.max(1, cores - 1), batching: { maxBatchSize: 32, maxQueueDelayMs: 5 } },
  };

/**
 * Activation memory one model call may need when MODELGATE_MAX_ACTIVATION_MB is unset, in MiB: 512
 * for the default batch of 32, and as much per row for webgpu's 256 (a GPU has many times that;
 * wasm's whole heap is 4 GiB at most).
 */
export const defaultMaxActivationMb: Record<BackendName, number> = {
  tensorflow: 512,
  webgpu: 4096,
  wasm: 512,
  cpu: 512,
};

/** A backend that started, or what it lacks. */
type Attempt = { tf: typeof tfjs; adapter?: GpuAdapter } | { missing: string };

/**
 * The best TensorFlow.js backend this process can run, or the one `forced` names, which fails with
 * what it lacks when it cannot start: native TensorFlow (tfjs-node-gpu / tfjs-node, optional
 * installs), then WebGPU on a real (not fallback) GPU adapter, then WebAssembly, then plain JS.
 */
export async function loadBackend(forced?: BackendName): Promise<Backend> {
  const passedOver: string[] = [];
  for (const name of forced ? [forced] : backendNames) {
    const attempt = await starters[name]();
    if ('tf' in attempt) return { name, ...attempt, passedOver };
    if (forced) throw new Error(`MODELGATE_BACKEND=${name}, but ${attempt.missing}`);
    passedOver.push(`${name}: ${attempt.missing}`);
  }
  throw new Error(`no inference backend starts here: ${passedOver.join('; ')}`);
}

const starters: Record<BackendName, () => Promise<Attempt>> = {
  tensorflow: async () => {
    for (const name of ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node']) {
      try {
        return { tf: require(name) as typeof tfjs };
      } catch {
        // not installed here: try the next one
      }
    }
    return { missing: 'neither @tensorflow/tfjs-node-gpu nor @tensorflow/tfjs-node is installed (see docs/gpu.md).' };
  },
  webgpu: startWebGpu,
  wasm: async () => {
    const tf = require('@tensorflow/tfjs') as typeof tfjs;
    require('@tensorflow/tfjs-backend-wasm');
    return (await tf.setBackend('wasm')) ? { tf } : { missing: 'the WebAssembly backend failed to start.' };
  },
  cpu: async () => {
    const tf = require('@tensorflow/tfjs') as typeof tfjs;
    await tf.setBackend('cpu');
    return { tf };
  },
};

/** The part of npm `webgpu` (Dawn's bindings) used here, typed here so the gateway builds without the optional package. */
interface Dawn {
  create(flags: string[]): {
    requestAdapter(options: { powerPreference: 'high-performance' }): Promise<DawnAdapter | null>;
  };
  globals: object;
}
interface DawnAdapter {
  info: GpuAdapter & { isFallbackAdapter?: boolean };
  /** Where older Dawn builds say it. */
  isFallbackAdapter?: boolean;
}
/** A variable, not a literal: tsc would otherwise look for the optional package's types. */
const DAWN_PACKAGE: string = 'webgpu';

/** What a host needs for webgpu, said wherever an adapter is missing. */
const GPU_HOST_NEEDS =
  'the NVIDIA driver with its graphics capability (NVIDIA_DRIVER_CAPABILITIES including graphics in a container), ' +
  "the GLVND libraries (Debian: libglvnd0 libegl1 libgl1 libglx0 libopengl0 libgles2), and VK_DRIVER_FILES naming the driver's nvidia_icd.json (see docs/gpu.md)";

/**
 * WebGPU through Dawn (npm `webgpu`, an optional install) on Vulkan. Dawn loads the Vulkan loader
 * at run time and answers "no adapter" when it or a GPU driver is missing, so the loader is probed
 * first, to say which (and to spare Dawn's warning where there is none). A fallback (software) adapter is refused: wasm is faster than a CPU emulating a GPU.
 */
async function startWebGpu(): Promise<Attempt> {
  let dawn: Dawn;
  try {
    dawn = (await import(DAWN_PACKAGE)) as Dawn;
    require.resolve('@tensorflow/tfjs-backend-webgpu');
  } catch (error) {
    return {
      missing: `the optional packages webgpu and @tensorflow/tfjs-backend-webgpu do not load here (${firstLine(error)}).`,
    };
  }
  // Without the loader Dawn can find nothing, and says so on stderr in every worker: ask first.
  const loader = vulkanLoaderMissing();
  if (loader)
    return {
      missing: `no GPU adapter: the Vulkan loader libvulkan.so.1 is not installed (Debian: libvulkan1; ${loader}); it also needs ${GPU_HOST_NEEDS}.`,
    };
  try {
    return await startOnAdapter(dawn);
  } catch (error) {
    return { missing: `WebGPU failed to start: ${firstLine(error)}` };
  }
}

async function startOnAdapter(dawn: Dawn): Promise<Attempt> {
  const gpu = dawn.create([]);
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) return { missing: `no GPU adapter: Vulkan found no GPU driver; it needs ${GPU_HOST_NEEDS}.` };
  const { info } = adapter;
  if (info.isFallbackAdapter ?? adapter.isFallbackAdapter) {
    return {
      missing: `no GPU adapter: only a fallback (software) adapter, "${info.description || info.device}"; it needs ${GPU_HOST_NEEDS}.`,
    };
  }
  // TensorFlow.js's webgpu backend asks navigator.gpu for its own adapter when it registers.
  Object.assign(globalThis, dawn.globals);
  Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  const tf = require('@tensorflow/tfjs') as typeof tfjs;
  require('@tensorflow/tfjs-backend-webgpu');
  if (!(await tf.setBackend('webgpu')))
    return { missing: `the webgpu backend failed to start on "${info.description || info.device}".` };
  return {
    tf,
    adapter: {
      vendor: info.vendor,
      architecture: info.architecture,
      device: info.device,
      description: info.description,
    },
  };
}

/** Why the Vulkan loader cannot be loaded, or undefined when it can (dlopen searches as Dawn will). */
function vulkanLoaderMissing(): string | undefined {
  try {
    process.dlopen({ exports: {} }, 'libvulkan.so.1');
  } catch (error) {
    // Loaded, but no Node addon: the loader is there.
    return /did not self-register/.test((error as Error).message) ? undefined : firstLine(error);
  }
  return undefined;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}

/** "nvidia hopper (nvidia-h200)": an adapter in a few words, for logs. */
export function describeAdapter(adapter: GpuAdapter): string {
  const name = [adapter.vendor, adapter.architecture].filter(Boolean).join(' ');
  const detail = adapter.device || adapter.description;
  return detail ? `${name} (${detail})` : name;
}
