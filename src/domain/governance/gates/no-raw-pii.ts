import { z } from 'zod';
import { AnonymizationStatus } from '../../datasets/dataset.entity';
import type { GateKind } from './gate-kind';

const schema = z.object({ check: z.literal('noRawPii') }).strict();

/** No training dataset version holds personal data that was not anonymised. */
export const noRawPiiGate: GateKind<typeof schema> = {
  schema,
  evaluate(_gate, { trainingData, datasetNames }) {
    const raw = trainingData.filter((data) => data.anonymization === AnonymizationStatus.NONE);
    const names = raw.map((data) => {
      const name = datasetNames.get(data.dataset.id);
      return name ? `${name} v${data.version}` : 'a dataset you cannot see';
    });
    return {
      gate: 'noRawPii',
      passed: raw.length === 0,
      reason: raw.length
        ? `Trained on personal data that was not anonymised: ${names.join(', ')}.`
        : 'No training data holds un-anonymised personal data.',
    };
  },
};
