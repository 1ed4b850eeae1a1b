import type { z } from 'zod';
import type { DatasetVersion } from '../../datasets/dataset.entity';
import type { Run } from '../../experiments/experiment.entity';
import type { GateResult } from '../../models/gate-result';
import type { ModelVersion, TaskType } from '../../models/model.entity';

/** What a gate looks at: the version, its run and the dataset versions that run trained on. */
export interface GateEvidence {
  version: ModelVersion;
  taskType: TaskType;
  run?: Run;
  trainingData: DatasetVersion[];
  /** Names of the training datasets the caller may read; the others go unnamed in reasons. */
  datasetNames: Map<string, string>;
}

/** A gate's verdict, before the stage and time it was evaluated at are added. */
export type GateOutcome = Omit<GateResult, 'stage' | 'evaluatedAt'>;

/**
 * One kind of gate: how policies/gates.yaml writes it (`check: <name>` and its settings) and how
 * it judges a version. A kind is a file in this folder and an entry in index.ts, nowhere else.
 */
export interface GateKind<S extends z.ZodType<{ check: string }>> {
  schema: S;
  evaluate(gate: z.infer<S>, evidence: GateEvidence): GateOutcome;
}
