import { z } from 'zod';
import type { GateKind } from './gate-kind';

const schema = z.object({ check: z.literal('lineage') }).strict();

/** The version names the run that trained it, and that run the dataset versions it trained on. */
export const lineageGate: GateKind<typeof schema> = {
  schema,
  evaluate(_gate, { run, trainingData }) {
    if (!run)
      return {
        gate: 'lineage',
        passed: false,
        reason: 'The version names no run, so nothing says what it was trained on.',
      };
    if (trainingData.length === 0)
      return { gate: 'lineage', passed: false, reason: 'Its run names no dataset version it trained on.' };
    return {
      gate: 'lineage',
      passed: true,
      reason: `Trained by run ${run.name ?? run.id} on ${trainingData.length} dataset version(s).`,
    };
  },
};
