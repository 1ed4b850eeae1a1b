import { z } from 'zod';
import type { DatasetVersion } from '../../datasets/dataset.entity';
import type { Run } from '../../experiments/experiment.entity';
import type { GateResult } from '../../models/gate-result';
import type { ModelVersion, TaskType } from '../../models/model.entity';

/** A succeeded evaluation of the version, as a measured gate reads it. */
export interface MeasuredEvidence {
  /** The evaluation's global id, and the digest of the rows it ran on: recorded with the verdict. */
  evaluationId: string;
  datasetSha256: string;
  /** The evaluation set's dataset name (matched by `evaluationSet`), and whether the caller may read it (else reasons do not name it). */
  datasetName: string;
  datasetVisible: boolean;
  metrics: { name: string; value: number }[];
  fairness: { metric: string; sensitiveFeature: string; value: number }[];
}

/** What a gate looks at: the version, its run and the dataset versions that run trained on. */
export interface GateEvidence {
  version: ModelVersion;
  taskType: TaskType;
  run?: Run;
  trainingData: DatasetVersion[];
  /** Names of the training datasets the caller may read; the others go unnamed in reasons. */
  datasetNames: Map<string, string>;
  /** Its succeeded evaluations, newest first. */
  evaluations: MeasuredEvidence[];
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

/** How a metric or fairness gate reads its value: as the version claims it, or as the gateway measured it. */
export const sourceSettings = {
  /** `claimed` (the default) or `measured`: from the newest succeeded evaluation (on the dataset named `evaluationSet`, when given). */
  source: z.enum(['claimed', 'measured']).optional(),
  evaluationSet: z.string().min(1).optional(),
};

/**
 * The evaluation a measured gate reads, or the reason it has none. Its id and digest go into the
 * verdict, so a reviewer knows which rows the number came from.
 */
export function measuredFrom(
  evidence: GateEvidence,
  evaluationSet: string | undefined,
):
  | { evaluation: MeasuredEvidence; recorded: Pick<GateOutcome, 'evaluationId' | 'evaluationSha256'> }
  | { missing: string } {
  const evaluation = evidence.evaluations.find((e) => evaluationSet === undefined || e.datasetName === evaluationSet);
  if (!evaluation)
    return {
      missing: evaluationSet
        ? `The gateway has not evaluated the version on ${evaluationSet} (evaluateModelVersion).`
        : 'The gateway has not evaluated the version on any evaluation set (evaluateModelVersion).',
    };
  return {
    evaluation,
    recorded: { evaluationId: evaluation.evaluationId, evaluationSha256: evaluation.datasetSha256 },
  };
}

/** How a reason names an evaluation set: by name when the caller may read it. */
export function setName(evaluation: MeasuredEvidence): string {
  return evaluation.datasetVisible ? evaluation.datasetName : 'an evaluation set you cannot see';
}
