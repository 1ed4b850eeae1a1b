/** What policies may name: actions, subjects, and the paths a condition may test on each subject. */
export const actions = [
  'read',
  'create',
  'update',
  'delete',
  'manage',
  'predict',
  'submit',
  'review',
  'deprecate',
  'archive',
  'verify',
  'evaluate',
] as const;
export type Action = (typeof actions)[number];

export const conditionPaths = {
  Team: ['id', 'name'],
  Dataset: ['id', 'name', 'team.id', 'sensitivity'],
  DatasetVersion: ['id', 'dataset.id', 'dataset.team.id', 'dataset.sensitivity'],
  Experiment: ['id', 'name', 'team.id'],
  Run: ['id', 'owner', 'experiment.id', 'experiment.team.id'],
  Model: ['id', 'name', 'team.id', 'taskType'],
  ModelVersion: ['id', 'createdBy', 'lifecycleState', 'model.id', 'model.team.id'],
  Deployment: ['id', 'name', 'environment', 'status', 'team.id'],
  ApiKey: ['id', 'team.id'],
  Review: ['id', 'reviewer', 'modelVersion.id', 'modelVersion.model.team.id'],
  AuditEvent: ['id', 'actor', 'nodeType', 'nodeId'],
  Evaluation: ['id', 'createdBy', 'modelVersion.id', 'modelVersion.model.team.id'],
  PredictionLogEntry: [
    'id',
    'caller',
    'shadow',
    'deployment.id',
    'deployment.team.id',
    'modelVersion.id',
    'modelVersion.model.team.id',
  ],
} as const;

export type SubjectType = keyof typeof conditionPaths;
export const subjectTypes = Object.keys(conditionPaths) as SubjectType[];
