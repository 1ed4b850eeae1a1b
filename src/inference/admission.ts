import { briefly, unavailable } from '../errors';
import { InvalidArtifact } from './artifact-store';
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
 * A trial load of an uploaded model in a worker of its own, bounded in memory and time, with the
 * warm-up inference every load makes (zeros of the model's own input shape): a model TensorFlow.js
 * cannot build or run is refused at the door, not found out by the first prediction.
 */
export async function admitByTrialLoad(files: Map<string, Buffer>, options: WorkerOptions): Promise<void> {
  const pool = new WorkerPool(1, options);
  try {
    await pool.load('admission', files);
  } catch (error) {
    throw new InvalidArtifact(`The model does not load in TensorFlow.js: ${briefly(error)}`);
  } finally {
    await pool.close();
  }
}
