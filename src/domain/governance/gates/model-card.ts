import { z } from 'zod';
import type { ModelCard } from '../../models/model.entity';
import type { GateKind } from './gate-kind';

const modelCardFields = ['intendedUse', 'limitations', 'ethicalConsiderations', 'trainingProcedure'] as const;

const schema = z
  .object({ check: z.literal('modelCard'), require: z.array(z.enum(modelCardFields)).nonempty() })
  .strict();

/** The model card fills in the fields the policy requires. */
export const modelCardGate: GateKind<typeof schema> = {
  schema,
  evaluate(gate, { version }) {
    const card: ModelCard = version.modelCard;
    const missing = gate.require.filter((field) => !card[field]?.trim());
    return {
      gate: 'modelCard',
      passed: missing.length === 0,
      reason: missing.length
        ? `The model card lacks ${missing.join(', ')}.`
        : `The model card has ${gate.require.join(', ')}.`,
    };
  },
};
