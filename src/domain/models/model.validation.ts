import type { ArtifactStore } from '../../inference/artifact-store';
import { check, checkFinite, checkName, checkText, checkUnique } from '../validation';
import type { Artifact, FairnessMetric, ModelCard, Signature, TensorSpec } from './model.entity';

const MAX_ARTIFACT_BYTES = 2 ** 31;
const MAX_RANK = 8;
const MAX_CLASS_LABELS = 10_000;

/** The artifact reference as written: a digest, a plausible size. Whether it was uploaded is checkStoredArtifact's. */
export function checkArtifact(field: string, artifact: Artifact): Artifact {
  const sha256 = artifact.sha256.trim().toLowerCase();
  check(/^[0-9a-f]{64}$/.test(sha256), `${field}.sha256`, 'must be 64 hexadecimal digits.');
  check(
    artifact.sizeBytes > 0 && artifact.sizeBytes <= MAX_ARTIFACT_BYTES,
    `${field}.sizeBytes`,
    `must be between 1 and ${MAX_ARTIFACT_BYTES}, got ${artifact.sizeBytes}.`,
  );
  return { ...artifact, sha256 };
}

/**
 * The artifact must have been uploaded, the caller must have a claim to it (`claimed`), and it must
 * be what the input says it is. An artifact without the caller's claim reads as one never
 * uploaded: its existence, format and size stay secret.
 */
export function checkStoredArtifact(field: string, artifact: Artifact, store: ArtifactStore, claimed: boolean): void {
  const stored = claimed ? store.describe(artifact.sha256) : undefined;
  check(
    stored !== undefined,
    `${field}.sha256`,
    'no uploaded artifact has this digest; upload the model folder to POST /artifacts first.',
  );
  check(
    stored.format === artifact.format,
    `${field}.format`,
    `the uploaded artifact is a ${stored.format}, not a ${artifact.format}.`,
  );
  check(
    stored.sizeBytes === artifact.sizeBytes,
    `${field}.sizeBytes`,
    `the uploaded artifact has ${stored.sizeBytes} bytes, not ${artifact.sizeBytes}.`,
  );
}

export function checkSignature(field: string, signature: Signature): Signature {
  const inputs = checkTensors(`${field}.inputs`, signature.inputs);
  const outputs = checkTensors(`${field}.outputs`, signature.outputs);
  check(
    signature.classLabels.length <= MAX_CLASS_LABELS,
    `${field}.classLabels`,
    `must list at most ${MAX_CLASS_LABELS} labels.`,
  );
  signature.classLabels.forEach((label, index) =>
    check(
      label.trim().length > 0 && label.length <= 100,
      `${field}.classLabels[${index}]`,
      'must be 1 to 100 characters.',
    ),
  );
  checkUnique(`${field}.classLabels`, signature.classLabels, (label) => label);
  return { inputs, outputs, classLabels: signature.classLabels };
}

function checkTensors(field: string, tensors: TensorSpec[]): TensorSpec[] {
  check(tensors.length > 0, field, 'must list at least one tensor.');
  const checked = tensors.map((tensor, index) => {
    const at = `${field}[${index}]`;
    check(tensor.shape.length <= MAX_RANK, `${at}.shape`, `may have at most ${MAX_RANK} dimensions.`);
    tensor.shape.forEach((size, d) => check(size > 0, `${at}.shape[${d}]`, `must be a positive size, got ${size}.`));
    return { ...tensor, name: checkName(`${at}.name`, tensor.name) };
  });
  checkUnique(field, checked, (tensor) => tensor.name);
  return checked;
}

/** Fairness measurements with finite values, one per measure, feature and group, their names trimmed (gates look them up by name). */
export function checkFairnessMetrics(field: string, metrics: FairnessMetric[]): FairnessMetric[] {
  const checked = metrics.map((metric, index) => {
    const at = `${field}[${index}]`;
    const group = metric.group?.trim();
    if (group != null)
      check(
        group.length > 0 && group.length <= 100,
        `${at}.group`,
        'must be 1 to 100 characters, not counting spaces around them.',
      );
    return {
      metric: checkName(`${at}.metric`, metric.metric),
      sensitiveFeature: checkName(`${at}.sensitiveFeature`, metric.sensitiveFeature),
      group,
      value: checkFinite(`${at}.value`, metric.value),
    };
  });
  checkUnique(field, checked, (m) => `${m.metric}/${m.sensitiveFeature}/${m.group ?? ''}`);
  return checked;
}

export function checkModelCard(field: string, card: ModelCard | undefined): ModelCard {
  if (!card) return {};
  for (const key of ['intendedUse', 'limitations', 'ethicalConsiderations', 'trainingProcedure'] as const) {
    checkText(`${field}.${key}`, card[key]);
  }
  return { ...card };
}
