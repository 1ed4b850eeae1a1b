import type * as tfjs from '@tensorflow/tfjs';

export const backendNames = ['tensorflow', 'wasm', 'cpu'] as const;
export type BackendName = (typeof backendNames)[number];

export interface Backend {
  name: BackendName;
  tf: typeof tfjs;
}

/** The native TensorFlow bindings, when their optional packages are installed (GPU first). */
function loadNative(): typeof tfjs | undefined {
  for (const name of ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node']) {
    try {
      return require(name) as typeof tfjs;
    } catch {
      // not installed here: try the next one
    }
  }
  return undefined;
}

/**
 * The best TensorFlow.js backend this process can run, or the one `forced` names: native
 * TensorFlow (tfjs-node-gpu / tfjs-node, optional installs), then WebAssembly, then plain JS.
 */
export async function loadBackend(forced?: BackendName): Promise<Backend> {
  if (forced === 'tensorflow' || forced === undefined) {
    const native = loadNative();
    if (native) return { name: 'tensorflow', tf: native };
    if (forced) throw new Error('MODELGATE_BACKEND=tensorflow, but neither @tensorflow/tfjs-node-gpu nor @tensorflow/tfjs-node is installed (see the README).');
  }
  const tf = require('@tensorflow/tfjs') as typeof tfjs;
  if (forced !== 'cpu') {
    require('@tensorflow/tfjs-backend-wasm');
    if (await tf.setBackend('wasm')) return { name: 'wasm', tf };
    if (forced === 'wasm') throw new Error('MODELGATE_BACKEND=wasm, but the WebAssembly backend failed to start.');
  }
  await tf.setBackend('cpu');
  return { name: 'cpu', tf };
}
