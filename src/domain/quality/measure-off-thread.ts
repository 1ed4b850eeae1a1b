import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Answers, EvaluationMeasures } from './measures';

/**
 * Measures answers in a worker thread of its own, so that the event loop keeps serving while a
 * million rows are sorted and counted. The arrays travel as compact copies, transferred (a view
 * onto an evaluation set's buffer would otherwise carry the whole buffer with it).
 */
export function measureOffThread(answers: Answers): Promise<EvaluationMeasures> {
  const own = {
    ...answers,
    outputs: answers.outputs.slice(),
    truth: answers.truth.slice(),
    groups: answers.groups.map((group) => ({ ...group, names: [...group.names], codes: group.codes.slice() })),
  };
  const transfer = [own.outputs.buffer, own.truth.buffer, ...own.groups.map((group) => group.codes.buffer)];
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'measure-worker.js'), { workerData: own, transferList: transfer });
    worker.once('message', (measures: EvaluationMeasures) => resolve(measures));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the measuring thread stopped with code ${code}`));
    });
  });
}
