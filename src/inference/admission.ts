import { unavailable } from './errors';
import { briefly } from '../readable';
import { InvalidArtifact } from './artifact-store';
import { TOO_COSTLY } from './model-cost';
import { WorkerPool, type WorkerOptions } from './pool';

/**
 * Admits uploads one at a time: each trial load is a thread with a whole model in it, so a burst of
 * uploads waits its turn elsewhere (UNAVAILABLE, retry) instead of starting threads without end.
 */
export function admitOneAtATime(options: WorkerOptions): (files: Map<string, Buffer>) => Promise<void> {
  let busy = false;
  return async (files) => {
    if (busy) throw unavailable('Another model upload is being admitted; retry in a few seconds.');
    busy = true;
    try {
      await admitByTrialLoad(files, options);
    } finally {
      busy = false;
    }
  };
}

/**
 * A trial load of an uploaded model in a worker of its own, bounded in memory and time. The worker
 * costs the model first (model-cost.ts: FLOPs per instance, and activation memory at the backend's
 * default maximum batch size, against `options.admission` and `options.maxActivationBytes`), then
 * runs that batch of zeros of the model's own input shape: a model that would need more than one
 * call may use, or that TensorFlow.js cannot build or run, is refused at the door, not found out by
 * the first prediction.
 */
export async function admitByTrialLoad(files: Map<string, Buffer>, options: WorkerOptions): Promise<void> {
  const pool = new WorkerPool(1, options);
  try {
    await pool.load('admission', files);
  } catch (error) {
    const message = (error as Error)?.message ?? '';
    // The worker's own refusal says what the model needs and which setting bounds it, in full.
    if (message.startsWith(TOO_COSTLY)) throw new InvalidArtifact(message);
    throw new InvalidArtifact(`The model does not load in TensorFlow.js: ${briefly(error)}`);
  } finally {
    await pool.close();
  }
}
