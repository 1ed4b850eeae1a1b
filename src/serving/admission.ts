import { InvalidArtifact } from './artifact-store';
import { WorkerPool, type WorkerOptions } from './pool';

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
    const reason = (error as Error).message.replace(/\s+/g, ' ').slice(0, 200);
    throw new InvalidArtifact(`The model does not load in TensorFlow.js: ${reason}`);
  } finally {
    await pool.close();
  }
}
