/** The thread measureOffThread starts: measures its answers once, posts them back and ends. */
import { parentPort, workerData } from 'node:worker_threads';
import { measureAnswers, type Answers } from './measures';

parentPort!.postMessage(measureAnswers(workerData as Answers));
