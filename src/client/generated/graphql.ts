import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

/** How the personal data of a version was treated; NOT_APPLICABLE when it has none. */
export type AnonymizationStatus =
  | 'ANONYMIZED'
  | 'NONE'
  | 'NOT_APPLICABLE'
  | 'PSEUDONYMIZED';

export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  /** Deployments the key may call. */
  deploymentNames: Array<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** What the key is for, e.g. the calling service. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise a key; never enough to use it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  team: Team;
};

export type Artifact = {
  __typename?: 'Artifact';
  format: ArtifactFormat;
  /** Hex SHA-256 of the stored artifact: its address in the artifact store. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['SafeInt']['output'];
};

export type ArtifactFormat =
  | 'TFJS_GRAPH_MODEL'
  | 'TFJS_LAYERS_MODEL';

export type ArtifactInput = {
  format: ArtifactFormat;
  /** Hex SHA-256 of the stored artifact: its address in the artifact store. */
  sha256: Scalars['String']['input'];
  sizeBytes: Scalars['SafeInt']['input'];
};

export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  /** When it was taken. */
  at: Scalars['DateTimeISO']['output'];
  /** Events in the chain. */
  count: Scalars['Int']['output'];
  /** Hash of the last of them. */
  headHash: Scalars['String']['output'];
  /** HMAC of count, headHash and at under the audit key. */
  signature: Scalars['String']['output'];
};

export type AuditCheckpointInput = {
  /** When it was taken. */
  at: Scalars['DateTimeISO']['input'];
  /** Events in the chain. */
  count: Scalars['Int']['input'];
  /** Hash of the last of them. */
  headHash: Scalars['String']['input'];
  /** HMAC of count, headHash and at under the audit key. */
  signature: Scalars['String']['input'];
};

export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** The mutation, e.g. approveModelVersion. */
  action: Scalars['String']['output'];
  /** The subject of the identity that acted. */
  actor: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  hash: Scalars['String']['output'];
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Global id of the node acted on. */
  nodeId: Scalars['String']['output'];
  nodeType: Scalars['String']['output'];
  previousHash: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
  /** Position in the chain, from 1. */
  sequence: Scalars['SafeInt']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
};

/** A page of AuditEvent nodes. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  /** Mutation names, e.g. approveModelVersion. */
  actionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Events about this node. */
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  /** At or after this time. */
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Before this time. */
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The audit chain recomputed from its first event. */
export type AuditIntegrity = {
  __typename?: 'AuditIntegrity';
  /** Events verified before the first broken one (all of them when valid). */
  checkedEvents: Scalars['Int']['output'];
  firstBrokenEvent?: Maybe<AuditEvent>;
  reason?: Maybe<Scalars['String']['output']>;
  /** Every event matches its hash and points at the one before it. */
  valid: Scalars['Boolean']['output'];
};

/** Where the point that attributions are measured from comes from. */
export type BaselineSource =
  /** The caller's own values, given as `baseline`. */
  | 'CUSTOM'
  /** Each feature's mean in the reference statistics of the version's training data. */
  | 'TRAINING_MEAN'
  /** Each feature's median (its 0.5 quantile) in the reference statistics of the version's training data. */
  | 'TRAINING_MEDIAN'
  /** Zero for every feature (black, for images). */
  | 'ZERO';

export type Batching = {
  __typename?: 'Batching';
  /** Most instances in one inference batch. */
  maxBatchSize: Scalars['Int']['output'];
  /** Longest a request waits for a batch to fill, in milliseconds. */
  maxQueueDelayMs: Scalars['Int']['output'];
};

export type BatchingInput = {
  /** Most instances in one inference batch. */
  maxBatchSize?: Scalars['Int']['input'];
  /** Longest a request waits for a batch to fill, in milliseconds. */
  maxQueueDelayMs?: Scalars['Int']['input'];
};

export type CreateApiKeyInput = {
  /** Deployments of the team the key may call. */
  deploymentNames: Array<Scalars['String']['input']>;
  /** What the key is for, e.g. the calling service. */
  name: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

export type CreateDatasetInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  sensitivity?: Sensitivity;
  teamId: Scalars['ID']['input'];
};

export type CreateDeploymentInput = {
  /** Unset: what suits the gateway's inference backend (256 instances and 2 ms on webgpu; 32 and 5 ms otherwise). */
  batching?: InputMaybe<BatchingInput>;
  environment: Environment;
  explanationDefaults?: InputMaybe<ExplanationDefaultsInput>;
  /** Unique; clients call predict with it. */
  name: Scalars['String']['input'];
  routes: Array<RouteInput>;
  /** A version that sees copies of the traffic without answering. */
  shadowModelVersionId?: InputMaybe<Scalars['ID']['input']>;
  teamId: Scalars['ID']['input'];
};

export type CreateExperimentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

export type CreateModelInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  taskType: TaskType;
  teamId: Scalars['ID']['input'];
};

export type CreateTeamInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The key itself. Shown only in this answer: store it now; modelgate keeps only its hash. */
  secret: Scalars['String']['output'];
};

export type Dataset = Node & {
  __typename?: 'Dataset';
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sensitivity: Sensitivity;
  team: Team;
  /** All versions, oldest first. */
  versions: Array<DatasetVersion>;
};

/** A page of Dataset nodes. */
export type DatasetConnection = {
  __typename?: 'DatasetConnection';
  edges: Array<DatasetEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Dataset>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DatasetEdge = {
  __typename?: 'DatasetEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: Dataset;
};

export type DatasetFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  sensitivityIn?: InputMaybe<Array<Sensitivity>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type DatasetVersion = Node & {
  __typename?: 'DatasetVersion';
  anonymization: AnonymizationStatus;
  /** Some feature holds personal data. */
  containsPii: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  dataset: Dataset;
  /** Deployments serving a model version trained on this version. */
  deployments: Array<Deployment>;
  features: Array<Feature>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Where the data lives (a URI); modelgate records it and never fetches it. */
  location: Scalars['String']['output'];
  /** Model versions trained on this version, through their runs. */
  modelVersions: Array<ModelVersion>;
  /** Names of the features that hold personal data; null with a FORBIDDEN error for roles that may not see them. */
  piiFields?: Maybe<Array<Scalars['String']['output']>>;
  rowCount: Scalars['SafeInt']['output'];
  /** Runs that trained on this version. */
  runs: Array<Run>;
  /** Hex SHA-256 of the data. */
  sha256: Scalars['String']['output'];
  statistics: Array<FeatureStatistics>;
  /** Numbered from 1 within its dataset. */
  version: Scalars['Int']['output'];
};

export type Deployment = Node & {
  __typename?: 'Deployment';
  batching: Batching;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  /** How far the live traffic of each of its versions has moved from the version's reference, over the last windowMinutes, as this gateway saw it. */
  drift: Array<VersionDrift>;
  environment: Environment;
  /** How predict explains by default on this deployment. */
  explanationDefaults: ExplanationDefaults;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Unique; the name clients call predict with. */
  name: Scalars['String']['output'];
  /** What this deployment answered, newest first by default, as far as your roles may read the prediction log: a time range of at most 31 days (the last 7 by default). */
  predictions: PredictionLogEntryConnection;
  routes: Array<DeploymentRoute>;
  shadowVersion?: Maybe<ModelVersion>;
  status: DeploymentStatus;
  team: Team;
};


export type DeploymentDriftArgs = {
  windowMinutes?: Scalars['Int']['input'];
};


export type DeploymentPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PredictionLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PredictionLogOrder>;
};

/** A page of Deployment nodes. */
export type DeploymentConnection = {
  __typename?: 'DeploymentConnection';
  edges: Array<DeploymentEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Deployment>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DeploymentEdge = {
  __typename?: 'DeploymentEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: Deployment;
};

/** A change to a deployment, or a drift alert on it. */
export type DeploymentEvent = {
  __typename?: 'DeploymentEvent';
  /** The mutation, e.g. updateDeploymentRoutes; driftAlert for a drift alert. */
  action: Scalars['String']['output'];
  /** Who made the change; modelgate for a drift alert. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  deployment?: Maybe<Deployment>;
  /** With action driftAlert: what drifted. */
  drift?: Maybe<DriftAlert>;
  status: DeploymentStatus;
};

export type DeploymentFilter = {
  environment?: InputMaybe<Environment>;
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  statusIn?: InputMaybe<Array<DeploymentStatus>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeploymentRoute = {
  __typename?: 'DeploymentRoute';
  modelVersion: ModelVersion;
  /** Percent of traffic, 0 to 100; the routes of a deployment add up to 100. */
  weight: Scalars['Int']['output'];
};

export type DeploymentStatus =
  | 'ACTIVE'
  | 'RETIRED';

/** A drift alert: a version's live traffic moved past the alert threshold of policies/drift.yaml. */
export type DriftAlert = {
  __typename?: 'DriftAlert';
  /** The features at or above the threshold, the most drifted first. */
  features: Array<DriftedFeature>;
  version: Scalars['Int']['output'];
};

/** One reference bin of a feature: its bounds, its share in the reference and in the window. */
export type DriftBin = {
  __typename?: 'DriftBin';
  /** Share of the reference in this bin. */
  expected: Scalars['Float']['output'];
  /** Lower bound (inclusive); null for the open bin below the first edge. */
  lower?: Maybe<Scalars['Float']['output']>;
  /** Share of the instances in the window in this bin. */
  observed: Scalars['Float']['output'];
  /** Upper bound (exclusive); null for the open bin above the last edge. */
  upper?: Maybe<Scalars['Float']['output']>;
};

/** What live traffic is compared with: the training data's statistics of the feature, or the version's first live values on this deployment. */
export type DriftReference =
  /** The version's first live values on this deployment (policies/drift.yaml, earlyTrafficReference). */
  | 'EARLY_TRAFFIC'
  /** The training dataset version's histogram, quantiles, or mean and standard deviation of the feature. */
  | 'TRAINING_STATISTICS';

/** How far a feature has moved, by the thresholds of policies/drift.yaml. */
export type DriftStatus =
  /** The reference is still being collected from early traffic. */
  | 'COLLECTING'
  /** PSI at or above the alert threshold. */
  | 'DRIFTING'
  /** PSI below the warning threshold (or too few instances in the window to judge). */
  | 'STABLE'
  /** PSI between the warning and the alert thresholds. */
  | 'WARNING';

/** A feature whose drift crossed the alert threshold. */
export type DriftedFeature = {
  __typename?: 'DriftedFeature';
  feature: Scalars['String']['output'];
  psi: Scalars['Float']['output'];
};

export type Environment =
  | 'PRODUCTION'
  | 'STAGING';

export type Experiment = Node & {
  __typename?: 'Experiment';
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** All runs, oldest first. */
  runs: Array<Run>;
  team: Team;
};

/** A page of Experiment nodes. */
export type ExperimentConnection = {
  __typename?: 'ExperimentConnection';
  edges: Array<ExperimentEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Experiment>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ExperimentEdge = {
  __typename?: 'ExperimentEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: Experiment;
};

export type ExperimentFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Why the model answered one instance as it did: each feature's share of the output. */
export type Explanation = {
  __typename?: 'Explanation';
  /** One per feature; for images, one per patch, named patch[row,col]. */
  attributions: Array<FeatureAttribution>;
  /** The baseline the attributions are measured from, per input (a list for a feature vector); values you may not see are null. */
  baseline: Scalars['JSON']['output'];
  baselineSource: BaselineSource;
  /** Integrated gradients: |Σ attributions − (f(x) − f(baseline))|. */
  completenessGap?: Maybe<Scalars['Float']['output']>;
  /** Images: the attribution map over the input, as a PNG data URL. */
  heatmap?: Maybe<Scalars['String']['output']>;
  method: ExplanationMethod;
  outputAtBaseline: Scalars['Float']['output'];
  outputAtInput: Scalars['Float']['output'];
  /** OCCLUSION: the side of the square patches hidden in turn, in pixels. */
  patch?: Maybe<Scalars['Int']['output']>;
  /** KernelSHAP: coalitions scored (all of them when there are few features). */
  samples?: Maybe<Scalars['Int']['output']>;
  /** KernelSHAP: the seed of its sampling; the same request gives the same attributions. */
  seed?: Maybe<Scalars['Int']['output']>;
  steps?: Maybe<Scalars['Int']['output']>;
  /** The explained output: the index of the predicted class. */
  target: Scalars['Int']['output'];
  targetLabel?: Maybe<Scalars['String']['output']>;
};

/** A deployment's explanation defaults; what is left out takes the gateway's default. */
export type ExplanationDefaults = {
  __typename?: 'ExplanationDefaults';
  /** Gateway default: TRAINING_MEAN. A training statistic the data lacks for some input, or one the caller may not read, falls back to ZERO (the answer says so). CUSTOM takes `baselineValues`. */
  baseline?: Maybe<BaselineSource>;
  /** With baseline: CUSTOM, the deployment's own baseline, per input (a number, a list for a feature vector, the fill number for an image): callers who may not read the training data are explained from it too. */
  baselineValues?: Maybe<Scalars['JSON']['output']>;
  /** Gateway default: OCCLUSION for image models, INTEGRATED_GRADIENTS otherwise; also used when this method does not fit the answering model (OCCLUSION is for images only). */
  method?: Maybe<ExplanationMethod>;
  /** OCCLUSION's square patch in pixels, 1 to 16; gateway default 2. */
  patch?: Maybe<Scalars['Int']['output']>;
  /** KernelSHAP's coalitions, 1 to 4096; gateway default 256. */
  samples?: Maybe<Scalars['Int']['output']>;
  /** KernelSHAP's sampling seed; gateway default 42. */
  seed?: Maybe<Scalars['Int']['output']>;
  /** Integrated gradients' interpolation steps, 1 to 256; gateway default 32. */
  steps?: Maybe<Scalars['Int']['output']>;
};

export type ExplanationDefaultsInput = {
  /** Gateway default: TRAINING_MEAN. A training statistic the data lacks for some input, or one the caller may not read, falls back to ZERO (the answer says so). CUSTOM takes `baselineValues`. */
  baseline?: InputMaybe<BaselineSource>;
  /** With baseline: CUSTOM, the deployment's own baseline, per input (a number, a list for a feature vector, the fill number for an image): callers who may not read the training data are explained from it too. */
  baselineValues?: InputMaybe<Scalars['JSON']['input']>;
  /** Gateway default: OCCLUSION for image models, INTEGRATED_GRADIENTS otherwise; also used when this method does not fit the answering model (OCCLUSION is for images only). */
  method?: InputMaybe<ExplanationMethod>;
  /** OCCLUSION's square patch in pixels, 1 to 16; gateway default 2. */
  patch?: InputMaybe<Scalars['Int']['input']>;
  /** KernelSHAP's coalitions, 1 to 4096; gateway default 256. */
  samples?: InputMaybe<Scalars['Int']['input']>;
  /** KernelSHAP's sampling seed; gateway default 42. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** Integrated gradients' interpolation steps, 1 to 256; gateway default 32. */
  steps?: InputMaybe<Scalars['Int']['input']>;
};

export type ExplanationMethod =
  | 'GRADIENT_X_INPUT'
  | 'INTEGRATED_GRADIENTS'
  | 'KERNEL_SHAP'
  | 'OCCLUSION';

export type FairnessMetric = {
  __typename?: 'FairnessMetric';
  /** The group, for per-group metrics; absent for a difference across groups. */
  group?: Maybe<Scalars['String']['output']>;
  /** e.g. demographic_parity_difference. */
  metric: Scalars['String']['output'];
  /** The sensitive feature whose groups were compared. */
  sensitiveFeature: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type FairnessMetricInput = {
  /** The group, for per-group metrics; absent for a difference across groups. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** e.g. demographic_parity_difference. */
  metric: Scalars['String']['input'];
  /** The sensitive feature whose groups were compared. */
  sensitiveFeature: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type Feature = {
  __typename?: 'Feature';
  description?: Maybe<Scalars['String']['output']>;
  dtype: FeatureDtype;
  name: Scalars['String']['output'];
  role: FeatureRole;
};

export type FeatureAttribution = {
  __typename?: 'FeatureAttribution';
  feature: Scalars['String']['output'];
  /** The feature holds personal or sensitive data your roles may not see, so its share is withheld. */
  redacted: Scalars['Boolean']['output'];
  /** Null when redacted. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Drift of one input feature or output over the window. */
export type FeatureDrift = {
  __typename?: 'FeatureDrift';
  /** The bins, when the reference is formed and you may read the training data it comes from. */
  bins?: Maybe<Array<DriftBin>>;
  /** The feature (a vector element as name.index, an image as name:mean, an output as output:name). */
  feature: Scalars['String']['output'];
  /** Instances in the window that carried this feature. */
  instances: Scalars['Int']['output'];
  /** Population stability index of the window against the reference; null before any instance, or while the reference forms. */
  psi?: Maybe<Scalars['Float']['output']>;
  reference: DriftReference;
  status: DriftStatus;
};

export type FeatureDtype =
  | 'BOOL'
  | 'FLOAT32'
  | 'INT32'
  | 'STRING';

export type FeatureRole =
  | 'FEATURE'
  | 'LABEL'
  /** A protected attribute: used to measure fairness, not as a model input. */
  | 'SENSITIVE';

export type FeatureSpecInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dtype: FeatureDtype;
  name: Scalars['String']['input'];
  /** The column holds personal data. */
  pii?: Scalars['Boolean']['input'];
  role?: FeatureRole;
};

export type FeatureStatistics = {
  __typename?: 'FeatureStatistics';
  feature: Scalars['String']['output'];
  histogram?: Maybe<Histogram>;
  max?: Maybe<Scalars['Float']['output']>;
  mean?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  quantiles?: Maybe<Array<Quantile>>;
  std?: Maybe<Scalars['Float']['output']>;
};

export type FeatureStatisticsInput = {
  feature: Scalars['String']['input'];
  histogram?: InputMaybe<HistogramInput>;
  max?: InputMaybe<Scalars['Float']['input']>;
  mean?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
  quantiles?: InputMaybe<Array<QuantileInput>>;
  std?: InputMaybe<Scalars['Float']['input']>;
};

export type FinishRunInput = {
  runId: Scalars['ID']['input'];
  status?: FinishedRunStatus;
};

export type FinishedRunStatus =
  | 'FAILED'
  | 'FINISHED';

export type GateResult = {
  __typename?: 'GateResult';
  evaluatedAt: Scalars['DateTimeISO']['output'];
  /** e.g. metric:auc, fairness:demographic_parity_difference, modelCard. */
  gate: Scalars['String']['output'];
  observed?: Maybe<Scalars['Float']['output']>;
  passed: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  stage: GateStage;
  threshold?: Maybe<Scalars['Float']['output']>;
};

/** The step a gate guards: registration (the model loads and runs as its signature says), entering review, or approval. */
export type GateStage =
  | 'APPROVE'
  | 'REGISTER'
  | 'SUBMIT';

export type Histogram = {
  __typename?: 'Histogram';
  /** Ascending bin edges; one more than counts. */
  binEdges: Array<Scalars['Float']['output']>;
  counts: Array<Scalars['Int']['output']>;
};

export type HistogramInput = {
  /** Ascending bin edges; one more than counts. */
  binEdges: Array<Scalars['Float']['input']>;
  counts: Array<Scalars['Int']['input']>;
};

export type IdentityKind =
  | 'ANONYMOUS'
  | 'SERVICE'
  | 'USER';

/** Why a logged prediction's instances are not shown; instancesSha256 still identifies them. */
export type InstancesWithheld =
  /** The version's training data holds personal data, so the log kept only the instances' digest. */
  | 'DIGEST_ONLY'
  /** Your roles may not read the instances of logged predictions. */
  | 'NOT_PERMITTED'
  /** An input is a feature the version's training data marks personal or sensitive, and your roles may not see those. */
  | 'PERSONAL_DATA';

export type LifecycleState =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DEPRECATED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'REJECTED';

export type LogRunMetricsInput = {
  /** A new value replaces the metric of the same name. */
  metrics: Array<MetricInput>;
  runId: Scalars['ID']['input'];
};

/** The caller, as the gateway sees it. */
export type Me = {
  __typename?: 'Me';
  kind: IdentityKind;
  /** The caller's CASL rules, packed (`unpackRules` from @casl/ability/extra reads them), to show or hide actions. */
  permissions: Scalars['JSON']['output'];
  roles: Array<Scalars['String']['output']>;
  /** The subject of the token, or the API key prefix. */
  subject: Scalars['String']['output'];
  teams: Array<Team>;
};

export type Metric = {
  __typename?: 'Metric';
  name: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type MetricInput = {
  name: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type Model = Node & {
  __typename?: 'Model';
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  taskType: TaskType;
  team: Team;
  /** All versions, oldest first. */
  versions: Array<ModelVersion>;
};

export type ModelCard = {
  __typename?: 'ModelCard';
  ethicalConsiderations?: Maybe<Scalars['String']['output']>;
  intendedUse?: Maybe<Scalars['String']['output']>;
  limitations?: Maybe<Scalars['String']['output']>;
  trainingProcedure?: Maybe<Scalars['String']['output']>;
};

export type ModelCardInput = {
  ethicalConsiderations?: InputMaybe<Scalars['String']['input']>;
  intendedUse?: InputMaybe<Scalars['String']['input']>;
  limitations?: InputMaybe<Scalars['String']['input']>;
  trainingProcedure?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Model nodes. */
export type ModelConnection = {
  __typename?: 'ModelConnection';
  edges: Array<ModelEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Model>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ModelEdge = {
  __typename?: 'ModelEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: Model;
};

export type ModelFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  taskTypeIn?: InputMaybe<Array<TaskType>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type ModelVersion = Node & {
  __typename?: 'ModelVersion';
  artifact: Artifact;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  /** Deployments that route traffic to it or shadow it. */
  deployments: Array<Deployment>;
  description?: Maybe<Scalars['String']['output']>;
  fairnessMetrics: Array<FairnessMetric>;
  /** The latest verdict of each gate, for entering review and for approval. */
  gateResults: Array<GateResult>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  lifecycleState: LifecycleState;
  /** Evaluation metrics. */
  metrics: Array<Metric>;
  model: Model;
  modelCard: ModelCard;
  /** What this version answered, newest first by default, as far as your roles may read the prediction log: a time range of at most 31 days (the last 7 by default). */
  predictions: PredictionLogEntryConnection;
  /** Decisions of reviewers, oldest first. */
  reviews: Array<Review>;
  /** The run that trained this version. */
  run?: Maybe<Run>;
  signature: Signature;
  /** The dataset versions its run trained on. */
  trainingDatasets: Array<DatasetVersion>;
  /** Numbered from 1 within its model. */
  version: Scalars['Int']['output'];
};


export type ModelVersionPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PredictionLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PredictionLogOrder>;
};

/** A page of ModelVersion nodes. */
export type ModelVersionConnection = {
  __typename?: 'ModelVersionConnection';
  edges: Array<ModelVersionEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<ModelVersion>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ModelVersionEdge = {
  __typename?: 'ModelVersionEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: ModelVersion;
};

/** A lifecycle step of a model version. */
export type ModelVersionEvent = {
  __typename?: 'ModelVersionEvent';
  /** The mutation, e.g. approveModelVersion. */
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  modelVersion?: Maybe<ModelVersion>;
  /** The state the version is in after the step. */
  state: LifecycleState;
};

export type ModelVersionFilter = {
  /** True: the versions IN_REVIEW that you may review and have not yet: neither registered nor trained by you, and without your decision. */
  awaitingMyReview?: InputMaybe<Scalars['Boolean']['input']>;
  lifecycleStateIn?: InputMaybe<Array<LifecycleState>>;
  modelId?: InputMaybe<Scalars['ID']['input']>;
  taskTypeIn?: InputMaybe<Array<TaskType>>;
  /** The team of the version's model. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type ModelVersionOrder = {
  direction?: SortDirection;
  field?: ModelVersionOrderField;
};

export type ModelVersionOrderField =
  | 'CREATED_AT'
  | 'VERSION';

export type Mutation = {
  __typename?: 'Mutation';
  /** Records an approval; the version becomes APPROVED when the quorum of distinct reviewers is reached. */
  approveModelVersion: ModelVersion;
  /** DEPRECATED or REJECTED → ARCHIVED, once no active deployment uses it. */
  archiveModelVersion: ModelVersion;
  /** Creates an API key for a client service of a team. */
  createApiKey: CreatedApiKey;
  createDataset: Dataset;
  createDeployment: Deployment;
  createExperiment: Experiment;
  createModel: Model;
  createTeam: Team;
  /** APPROVED → DEPRECATED, once no production route sends it traffic. */
  deprecateModelVersion: ModelVersion;
  finishRun: Run;
  logRunMetrics: Run;
  /** Records a new version of a dataset, numbered after the latest. */
  registerDatasetVersion: DatasetVersion;
  /** Records a new DRAFT version of a model, numbered after the latest. */
  registerModelVersion: ModelVersion;
  /** IN_REVIEW → REJECTED: one rejection ends the review. */
  rejectModelVersion: ModelVersion;
  /** Stops a deployment for good; its name stays taken. */
  retireDeployment: Deployment;
  /** Revokes an API key; requests that send it are refused from now on. */
  revokeApiKey: ApiKey;
  /** Starts a run of an experiment, recording the dataset versions it trains on. */
  startRun: Run;
  /** DRAFT → IN_REVIEW, when the submit gates pass; CONFLICT with the gate results when not. */
  submitModelVersionForReview: ModelVersion;
  /** Replaces how an active deployment explains its predictions by default. */
  updateDeploymentExplanations: Deployment;
  /** Replaces the routes and shadow of an active deployment. */
  updateDeploymentRoutes: Deployment;
};


export type MutationApproveModelVersionArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationArchiveModelVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateDatasetArgs = {
  input: CreateDatasetInput;
};


export type MutationCreateDeploymentArgs = {
  input: CreateDeploymentInput;
};


export type MutationCreateExperimentArgs = {
  input: CreateExperimentInput;
};


export type MutationCreateModelArgs = {
  input: CreateModelInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationDeprecateModelVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFinishRunArgs = {
  input: FinishRunInput;
};


export type MutationLogRunMetricsArgs = {
  input: LogRunMetricsInput;
};


export type MutationRegisterDatasetVersionArgs = {
  input: RegisterDatasetVersionInput;
};


export type MutationRegisterModelVersionArgs = {
  input: RegisterModelVersionInput;
};


export type MutationRejectModelVersionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRetireDeploymentArgs = {
  name: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartRunArgs = {
  input: StartRunInput;
};


export type MutationSubmitModelVersionForReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateDeploymentExplanationsArgs = {
  input: UpdateDeploymentExplanationsInput;
};


export type MutationUpdateDeploymentRoutesArgs = {
  input: UpdateDeploymentRoutesInput;
};

export type NamedOrder = {
  direction?: SortDirection;
  field?: NamedOrderField;
};

export type NamedOrderField =
  | 'CREATED_AT'
  | 'NAME';

/** An object with a globally unique id, fetchable with node(id). */
export type Node = {
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Prediction = {
  __typename?: 'Prediction';
  deployment: Scalars['String']['output'];
  /** Feature attributions per instance, computed only when selected; arguments left out take the deployment's defaults. */
  explanations: Array<Explanation>;
  /** The model version that answered. */
  modelVersionId: Scalars['ID']['output'];
  /** One per instance, in order. */
  outputs: Array<PredictionOutput>;
  version: Scalars['Int']['output'];
};


export type PredictionExplanationsArgs = {
  baseline?: InputMaybe<Scalars['JSON']['input']>;
  baselineFrom?: InputMaybe<BaselineSource>;
  method?: InputMaybe<ExplanationMethod>;
  patch?: InputMaybe<Scalars['Int']['input']>;
  samples?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  steps?: InputMaybe<Scalars['Int']['input']>;
};

/** One answered prediction request (or a shadow copy of one) as the prediction log keeps it; createdAt is when it was answered. */
export type PredictionLogEntry = Node & {
  __typename?: 'PredictionLogEntry';
  /** Who asked: a person’s subject or an API key (api-key:<prefix>). */
  caller: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The deployment that was asked; null when you may not read it. */
  deployment?: Maybe<Deployment>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  instanceCount: Scalars['Int']['output'];
  /** The instances as the model took them (objects of named inputs; a tensor as one flat list), the first `first` of them; null when withheld (see instancesWithheld). */
  instances?: Maybe<Array<Scalars['JSON']['output']>>;
  /** Hex SHA-256 of the packed input tensors: proves which inputs were answered, without them. */
  instancesSha256: Scalars['String']['output'];
  /** Why instances is null; null when it is not. */
  instancesWithheld?: Maybe<InstancesWithheld>;
  /** Inference time in milliseconds, batching included. */
  latencyMs: Scalars['Float']['output'];
  /** The version that answered. */
  modelVersion: ModelVersion;
  /** One per instance, in order. */
  outputs: Array<PredictionOutput>;
  /** The client's x-request-id, or the one the gateway made up. */
  requestId: Scalars['String']['output'];
  /** A shadow version's answer: logged, never returned to the caller. */
  shadow: Scalars['Boolean']['output'];
  /** The OpenTelemetry trace of the request. */
  traceId?: Maybe<Scalars['String']['output']>;
};


/** One answered prediction request (or a shadow copy of one) as the prediction log keeps it; createdAt is when it was answered. */
export type PredictionLogEntryInstancesArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of PredictionLogEntry nodes. */
export type PredictionLogEntryConnection = {
  __typename?: 'PredictionLogEntryConnection';
  edges: Array<PredictionLogEntryEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<PredictionLogEntry>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PredictionLogEntryEdge = {
  __typename?: 'PredictionLogEntryEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: PredictionLogEntry;
};

/** Which logged predictions: a time range of at most 31 days (the last 7 by default), and exact matches. */
export type PredictionLogFilter = {
  /** Who asked: a subject, or api-key:<prefix>. */
  caller?: InputMaybe<Scalars['String']['input']>;
  /** From this time on (inclusive); default 7 days before `to`. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** True: only shadow versions' answers; false: only answers returned to callers. */
  shadow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Before this time (exclusive); default now. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The OpenTelemetry trace id of the request (32 hex digits). */
  traceId?: InputMaybe<Scalars['String']['input']>;
};

export type PredictionLogOrder = {
  direction?: SortDirection;
  field?: PredictionLogOrderField;
};

export type PredictionLogOrderField =
  | 'CREATED_AT';

/** One instance's answer. */
export type PredictionOutput = {
  __typename?: 'PredictionOutput';
  /** The most likely class, for classifiers. */
  label?: Maybe<Scalars['String']['output']>;
  /** A score per class, in signature order. */
  scores?: Maybe<Array<Scalars['Float']['output']>>;
  /** The prediction of a single-output regressor. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type Quantile = {
  __typename?: 'Quantile';
  /** Between 0 and 1. */
  q: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

export type QuantileInput = {
  /** Between 0 and 1. */
  q: Scalars['Float']['input'];
  value: Scalars['Float']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The chain as it stands (events, last hash, time), signed under the audit key: keep it outside the database to verify against later. */
  auditCheckpoint: AuditCheckpoint;
  /** The audit trail, in chain order (oldest first unless direction is DESC). */
  auditEvents: AuditEventConnection;
  /** Recomputes the hash chain, and each event's seal under the audit key, and reports the first broken link. */
  auditIntegrity: AuditIntegrity;
  dataset: Dataset;
  /** Datasets, a page at a time. */
  datasets: DatasetConnection;
  /** A deployment by its unique name. */
  deployment: Deployment;
  /** Deployments, a page at a time. */
  deployments: DeploymentConnection;
  /** Experiments, a page at a time. */
  experiments: ExperimentConnection;
  /** Explains a logged prediction again, on the version that answered it, from its stored instances: one explanation per instance (or the one `instance` picks). Seeded, so the same request gives the same attributions; the limits and redaction of predict's explanations apply. FAILED_PRECONDITION when the log kept only the instances' digest. */
  explainPrediction: Array<Explanation>;
  me: Me;
  /** A model by id or by name (exactly one). */
  model: Model;
  modelVersion: ModelVersion;
  /** Versions of every model, a page at a time: the review queue is `filter: { awaitingMyReview: true }`. */
  modelVersions: ModelVersionConnection;
  /** Models, a page at a time. */
  models: ModelConnection;
  /** Any node of the graph by its global id. */
  node: Node;
  /** Answers instances (objects of named features, or tensors as nested lists) on a deployment. */
  predict: Prediction;
  /** Runs of all experiments, a page at a time. */
  runs: RunConnection;
  /** Teams, a page at a time. */
  teams: TeamConnection;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditIntegrityArgs = {
  checkpoint?: InputMaybe<AuditCheckpointInput>;
};


export type QueryDatasetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DatasetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};


export type QueryDeploymentArgs = {
  name: Scalars['String']['input'];
};


export type QueryDeploymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeploymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};


export type QueryExperimentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExperimentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};


export type QueryExplainPredictionArgs = {
  baseline?: InputMaybe<Scalars['JSON']['input']>;
  baselineFrom?: InputMaybe<BaselineSource>;
  id: Scalars['ID']['input'];
  instance?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<ExplanationMethod>;
  patch?: InputMaybe<Scalars['Int']['input']>;
  samples?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  steps?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryModelArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryModelVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModelVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelVersionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ModelVersionOrder>;
};


export type QueryModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPredictArgs = {
  deployment: Scalars['String']['input'];
  instances: Array<Scalars['JSON']['input']>;
  routingKey?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RunOrder>;
};


export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};

export type RegisterDatasetVersionInput = {
  /** Required when a feature is PII; NOT_APPLICABLE when none is. */
  anonymization?: InputMaybe<AnonymizationStatus>;
  datasetId: Scalars['ID']['input'];
  features: Array<FeatureSpecInput>;
  /** Where the data lives, as a URI (s3://, gs://, file:, https://…). */
  location: Scalars['String']['input'];
  rowCount: Scalars['SafeInt']['input'];
  /** Hex SHA-256 of the data: 64 hexadecimal digits. */
  sha256: Scalars['String']['input'];
  statistics?: Array<FeatureStatisticsInput>;
};

export type RegisterModelVersionInput = {
  artifact: ArtifactInput;
  description?: InputMaybe<Scalars['String']['input']>;
  fairnessMetrics?: Array<FairnessMetricInput>;
  metrics?: Array<MetricInput>;
  modelCard?: InputMaybe<ModelCardInput>;
  modelId: Scalars['ID']['input'];
  /** The run that trained it; its dataset versions become the lineage. */
  runId?: InputMaybe<Scalars['ID']['input']>;
  signature: SignatureInput;
};

export type Review = Node & {
  __typename?: 'Review';
  /** The approval's comment or the rejection's reason. */
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  decision: ReviewDecision;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** The subject of the reviewer. */
  reviewer: Scalars['String']['output'];
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

export type RouteInput = {
  modelVersionId: Scalars['ID']['input'];
  /** Percent of traffic; the routes add up to 100. */
  weight: Scalars['Int']['input'];
};

export type Run = Node & {
  __typename?: 'Run';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The dataset versions the run trained on. */
  datasetVersions: Array<DatasetVersion>;
  experiment: Experiment;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** The latest value logged for each metric. */
  metrics: Array<Metric>;
  /** Model versions registered from this run. */
  modelVersions: Array<ModelVersion>;
  name?: Maybe<Scalars['String']['output']>;
  /** Who started the run. */
  owner: Scalars['String']['output'];
  /** Raw parameters; null with a FORBIDDEN error for roles that may not see them. */
  params?: Maybe<Array<RunParam>>;
  status: RunStatus;
};

/** A page of Run nodes. */
export type RunConnection = {
  __typename?: 'RunConnection';
  edges: Array<RunEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Run>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RunEdge = {
  __typename?: 'RunEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: Run;
};

export type RunFilter = {
  experimentId?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  statusIn?: InputMaybe<Array<RunStatus>>;
};

export type RunOrder = {
  direction?: SortDirection;
  field?: RunOrderField;
};

export type RunOrderField =
  | 'CREATED_AT';

export type RunParam = {
  __typename?: 'RunParam';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type RunParamInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type RunStatus =
  | 'FAILED'
  | 'FINISHED'
  | 'RUNNING';

/** Who may see a dataset, from everyone to its own team only. */
export type Sensitivity =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'PUBLIC'
  | 'RESTRICTED';

export type Signature = {
  __typename?: 'Signature';
  /** Names of the output classes, in output order. */
  classLabels: Array<Scalars['String']['output']>;
  inputs: Array<TensorSpec>;
  outputs: Array<TensorSpec>;
};

export type SignatureInput = {
  /** Names of the output classes, in output order. */
  classLabels?: Array<Scalars['String']['input']>;
  inputs: Array<TensorSpecInput>;
  outputs: Array<TensorSpecInput>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StartRunInput = {
  /** The dataset versions the run trains on. */
  datasetVersionIds?: Array<Scalars['ID']['input']>;
  experimentId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  params?: Array<RunParamInput>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Changes to a deployment (routes, retirement) and drift alerts on it. */
  deploymentEvents: DeploymentEvent;
  /** Lifecycle steps of the versions of a model, from any gateway sharing the database. */
  modelVersionEvents: ModelVersionEvent;
};


export type SubscriptionDeploymentEventsArgs = {
  name: Scalars['String']['input'];
};


export type SubscriptionModelVersionEventsArgs = {
  modelId: Scalars['ID']['input'];
};

export type TaskType =
  | 'CLASSIFICATION'
  | 'IMAGE_CLASSIFICATION'
  | 'REGRESSION';

export type Team = Node & {
  __typename?: 'Team';
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A page of Team nodes. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  edges: Array<TeamEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Team>;
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  node: Team;
};

export type TeamFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type TensorDtype =
  | 'BOOL'
  | 'FLOAT32'
  | 'INT32';

export type TensorSpec = {
  __typename?: 'TensorSpec';
  dtype: TensorDtype;
  name: Scalars['String']['output'];
  /** Dimensions of one instance, without the batch dimension. */
  shape: Array<Scalars['Int']['output']>;
};

export type TensorSpecInput = {
  dtype: TensorDtype;
  name: Scalars['String']['input'];
  /** Dimensions of one instance, without the batch dimension. */
  shape: Array<Scalars['Int']['input']>;
};

export type UpdateDeploymentExplanationsInput = {
  /** Replaces the defaults; what is left out takes the gateway default. */
  explanationDefaults: ExplanationDefaultsInput;
  name: Scalars['String']['input'];
};

export type UpdateDeploymentRoutesInput = {
  name: Scalars['String']['input'];
  routes: Array<RouteInput>;
  /** Leave out to remove the shadow version. */
  shadowModelVersionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Drift of one model version's traffic on a deployment, as this gateway saw it. */
export type VersionDrift = {
  __typename?: 'VersionDrift';
  /** An alert is raised and not yet settled (every feature back below the warning threshold). */
  alerting: Scalars['Boolean']['output'];
  /** Input features, the most drifted first. */
  inputs: Array<FeatureDrift>;
  /** Instances answered in the window. */
  instances: Scalars['Int']['output'];
  modelVersionId: Scalars['ID']['output'];
  /** Outputs (the predicted class, or the value), the most drifted first. */
  outputs: Array<FeatureDrift>;
  version: Scalars['Int']['output'];
  /** Minutes the window spans. */
  windowMinutes: Scalars['Int']['output'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', subject: string, kind: IdentityKind, roles: Array<string>, permissions: unknown, teams: Array<{ __typename?: 'Team', id: string, name: string }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, deploymentNames: Array<string>, revokedAt?: string | null, team: { __typename?: 'Team', name: string } } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type RunParamsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunParamsQuery = { __typename?: 'Query', node:
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'Dataset', id: string }
    | { __typename?: 'DatasetVersion', id: string }
    | { __typename?: 'Deployment', id: string }
    | { __typename?: 'Experiment', id: string }
    | { __typename?: 'Model', id: string }
    | { __typename?: 'ModelVersion', id: string }
    | { __typename?: 'PredictionLogEntry', id: string }
    | { __typename?: 'Review', id: string }
    | { __typename?: 'Run', id: string, params?: Array<{ __typename?: 'RunParam', key: string, value: string }> | null }
    | { __typename?: 'Team', id: string }
   };

export type DatasetVersionPiiQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DatasetVersionPiiQuery = { __typename?: 'Query', node:
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'Dataset', id: string }
    | { __typename?: 'DatasetVersion', piiFields?: Array<string> | null, id: string }
    | { __typename?: 'Deployment', id: string }
    | { __typename?: 'Experiment', id: string }
    | { __typename?: 'Model', id: string }
    | { __typename?: 'ModelVersion', id: string }
    | { __typename?: 'PredictionLogEntry', id: string }
    | { __typename?: 'Review', id: string }
    | { __typename?: 'Run', id: string }
    | { __typename?: 'Team', id: string }
   };

export type DatasetVersionFieldsFragment = { __typename?: 'DatasetVersion', id: string, version: number, location: string, sha256: string, rowCount: number, containsPii: boolean, anonymization: AnonymizationStatus, features: Array<{ __typename?: 'Feature', name: string, dtype: FeatureDtype, role: FeatureRole }>, statistics: Array<{ __typename?: 'FeatureStatistics', feature: string, mean?: number | null, std?: number | null, quantiles?: Array<{ __typename?: 'Quantile', q: number, value: number }> | null, histogram?: { __typename?: 'Histogram', binEdges: Array<number>, counts: Array<number> } | null }> };

export type CreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type CreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string, name: string, sensitivity: Sensitivity, team: { __typename?: 'Team', id: string, name: string } } };

export type RegisterDatasetVersionMutationVariables = Exact<{
  input: RegisterDatasetVersionInput;
}>;


export type RegisterDatasetVersionMutation = { __typename?: 'Mutation', registerDatasetVersion: { __typename?: 'DatasetVersion', id: string, version: number, location: string, sha256: string, rowCount: number, containsPii: boolean, anonymization: AnonymizationStatus, dataset: { __typename?: 'Dataset', id: string, name: string }, features: Array<{ __typename?: 'Feature', name: string, dtype: FeatureDtype, role: FeatureRole }>, statistics: Array<{ __typename?: 'FeatureStatistics', feature: string, mean?: number | null, std?: number | null, quantiles?: Array<{ __typename?: 'Quantile', q: number, value: number }> | null, histogram?: { __typename?: 'Histogram', binEdges: Array<number>, counts: Array<number> } | null }> } };

export type DatasetsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DatasetFilter>;
  orderBy?: InputMaybe<NamedOrder>;
}>;


export type DatasetsQuery = { __typename?: 'Query', datasets: { __typename?: 'DatasetConnection', totalCount: number, nodes: Array<{ __typename?: 'Dataset', id: string, name: string, sensitivity: Sensitivity }> } };

export type DatasetLineageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DatasetLineageQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, versions: Array<{ __typename?: 'DatasetVersion', id: string, version: number, location: string, sha256: string, rowCount: number, containsPii: boolean, anonymization: AnonymizationStatus, runs: Array<{ __typename?: 'Run', id: string, name?: string | null }>, modelVersions: Array<{ __typename?: 'ModelVersion', id: string, version: number, model: { __typename?: 'Model', name: string } }>, deployments: Array<{ __typename?: 'Deployment', id: string, name: string }>, features: Array<{ __typename?: 'Feature', name: string, dtype: FeatureDtype, role: FeatureRole }>, statistics: Array<{ __typename?: 'FeatureStatistics', feature: string, mean?: number | null, std?: number | null, quantiles?: Array<{ __typename?: 'Quantile', q: number, value: number }> | null, histogram?: { __typename?: 'Histogram', binEdges: Array<number>, counts: Array<number> } | null }> }> } };

export type DatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, sensitivity: Sensitivity } };

export type DeploymentFieldsFragment = { __typename?: 'Deployment', id: string, name: string, environment: Environment, status: DeploymentStatus, createdBy: string, batching: { __typename?: 'Batching', maxBatchSize: number, maxQueueDelayMs: number }, explanationDefaults: { __typename?: 'ExplanationDefaults', method?: ExplanationMethod | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, baseline?: BaselineSource | null }, team: { __typename?: 'Team', id: string }, routes: Array<{ __typename?: 'DeploymentRoute', weight: number, modelVersion: { __typename?: 'ModelVersion', id: string, version: number } }>, shadowVersion?: { __typename?: 'ModelVersion', id: string } | null };

export type CreateDeploymentMutationVariables = Exact<{
  input: CreateDeploymentInput;
}>;


export type CreateDeploymentMutation = { __typename?: 'Mutation', createDeployment: { __typename?: 'Deployment', id: string, name: string, environment: Environment, status: DeploymentStatus, createdBy: string, batching: { __typename?: 'Batching', maxBatchSize: number, maxQueueDelayMs: number }, explanationDefaults: { __typename?: 'ExplanationDefaults', method?: ExplanationMethod | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, baseline?: BaselineSource | null }, team: { __typename?: 'Team', id: string }, routes: Array<{ __typename?: 'DeploymentRoute', weight: number, modelVersion: { __typename?: 'ModelVersion', id: string, version: number } }>, shadowVersion?: { __typename?: 'ModelVersion', id: string } | null } };

export type UpdateDeploymentRoutesMutationVariables = Exact<{
  input: UpdateDeploymentRoutesInput;
}>;


export type UpdateDeploymentRoutesMutation = { __typename?: 'Mutation', updateDeploymentRoutes: { __typename?: 'Deployment', id: string, name: string, environment: Environment, status: DeploymentStatus, createdBy: string, batching: { __typename?: 'Batching', maxBatchSize: number, maxQueueDelayMs: number }, explanationDefaults: { __typename?: 'ExplanationDefaults', method?: ExplanationMethod | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, baseline?: BaselineSource | null }, team: { __typename?: 'Team', id: string }, routes: Array<{ __typename?: 'DeploymentRoute', weight: number, modelVersion: { __typename?: 'ModelVersion', id: string, version: number } }>, shadowVersion?: { __typename?: 'ModelVersion', id: string } | null } };

export type UpdateDeploymentExplanationsMutationVariables = Exact<{
  input: UpdateDeploymentExplanationsInput;
}>;


export type UpdateDeploymentExplanationsMutation = { __typename?: 'Mutation', updateDeploymentExplanations: { __typename?: 'Deployment', id: string, name: string, environment: Environment, status: DeploymentStatus, createdBy: string, batching: { __typename?: 'Batching', maxBatchSize: number, maxQueueDelayMs: number }, explanationDefaults: { __typename?: 'ExplanationDefaults', method?: ExplanationMethod | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, baseline?: BaselineSource | null }, team: { __typename?: 'Team', id: string }, routes: Array<{ __typename?: 'DeploymentRoute', weight: number, modelVersion: { __typename?: 'ModelVersion', id: string, version: number } }>, shadowVersion?: { __typename?: 'ModelVersion', id: string } | null } };

export type RetireDeploymentMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type RetireDeploymentMutation = { __typename?: 'Mutation', retireDeployment: { __typename?: 'Deployment', id: string, name: string, environment: Environment, status: DeploymentStatus, createdBy: string, batching: { __typename?: 'Batching', maxBatchSize: number, maxQueueDelayMs: number }, explanationDefaults: { __typename?: 'ExplanationDefaults', method?: ExplanationMethod | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, baseline?: BaselineSource | null }, team: { __typename?: 'Team', id: string }, routes: Array<{ __typename?: 'DeploymentRoute', weight: number, modelVersion: { __typename?: 'ModelVersion', id: string, version: number } }>, shadowVersion?: { __typename?: 'ModelVersion', id: string } | null } };

export type DeploymentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeploymentFilter>;
  orderBy?: InputMaybe<NamedOrder>;
}>;


export type DeploymentsQuery = { __typename?: 'Query', deployments: { __typename?: 'DeploymentConnection', totalCount: number, nodes: Array<{ __typename?: 'Deployment', name: string, environment: Environment, status: DeploymentStatus }> } };

export type DeploymentSummaryQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type DeploymentSummaryQuery = { __typename?: 'Query', deployment: { __typename?: 'Deployment', id: string, name: string, environment: Environment, status: DeploymentStatus } };

export type DeploymentQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type DeploymentQuery = { __typename?: 'Query', deployment: { __typename?: 'Deployment', id: string, name: string, environment: Environment, status: DeploymentStatus, createdBy: string, batching: { __typename?: 'Batching', maxBatchSize: number, maxQueueDelayMs: number }, explanationDefaults: { __typename?: 'ExplanationDefaults', method?: ExplanationMethod | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, baseline?: BaselineSource | null }, team: { __typename?: 'Team', id: string }, routes: Array<{ __typename?: 'DeploymentRoute', weight: number, modelVersion: { __typename?: 'ModelVersion', id: string, version: number } }>, shadowVersion?: { __typename?: 'ModelVersion', id: string } | null } };

export type DeploymentDriftQueryVariables = Exact<{
  name: Scalars['String']['input'];
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeploymentDriftQuery = { __typename?: 'Query', deployment: { __typename?: 'Deployment', drift: Array<{ __typename?: 'VersionDrift', modelVersionId: string, version: number, windowMinutes: number, instances: number, alerting: boolean, inputs: Array<{ __typename?: 'FeatureDrift', feature: string, reference: DriftReference, psi?: number | null, status: DriftStatus, instances: number, bins?: Array<{ __typename?: 'DriftBin', lower?: number | null, upper?: number | null, expected: number, observed: number }> | null }>, outputs: Array<{ __typename?: 'FeatureDrift', feature: string, reference: DriftReference, psi?: number | null, status: DriftStatus, instances: number, bins?: Array<{ __typename?: 'DriftBin', lower?: number | null, upper?: number | null, expected: number, observed: number }> | null }> }> } };

export type FeatureDriftFieldsFragment = { __typename?: 'FeatureDrift', feature: string, reference: DriftReference, psi?: number | null, status: DriftStatus, instances: number, bins?: Array<{ __typename?: 'DriftBin', lower?: number | null, upper?: number | null, expected: number, observed: number }> | null };

export type RunFieldsFragment = { __typename?: 'Run', id: string, name?: string | null, status: RunStatus, owner: string, finishedAt?: string | null, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, datasetVersions: Array<{ __typename?: 'DatasetVersion', id: string, version: number }> };

export type CreateExperimentMutationVariables = Exact<{
  input: CreateExperimentInput;
}>;


export type CreateExperimentMutation = { __typename?: 'Mutation', createExperiment: { __typename?: 'Experiment', id: string, name: string, team: { __typename?: 'Team', id: string } } };

export type StartRunMutationVariables = Exact<{
  input: StartRunInput;
}>;


export type StartRunMutation = { __typename?: 'Mutation', startRun: { __typename?: 'Run', id: string, name?: string | null, status: RunStatus, owner: string, finishedAt?: string | null, experiment: { __typename?: 'Experiment', id: string, name: string }, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, datasetVersions: Array<{ __typename?: 'DatasetVersion', id: string, version: number }> } };

export type LogRunMetricsMutationVariables = Exact<{
  input: LogRunMetricsInput;
}>;


export type LogRunMetricsMutation = { __typename?: 'Mutation', logRunMetrics: { __typename?: 'Run', id: string, name?: string | null, status: RunStatus, owner: string, finishedAt?: string | null, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, datasetVersions: Array<{ __typename?: 'DatasetVersion', id: string, version: number }> } };

export type FinishRunMutationVariables = Exact<{
  input: FinishRunInput;
}>;


export type FinishRunMutation = { __typename?: 'Mutation', finishRun: { __typename?: 'Run', id: string, name?: string | null, status: RunStatus, owner: string, finishedAt?: string | null, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, datasetVersions: Array<{ __typename?: 'DatasetVersion', id: string, version: number }> } };

export type ExperimentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExperimentFilter>;
  orderBy?: InputMaybe<NamedOrder>;
}>;


export type ExperimentsQuery = { __typename?: 'Query', experiments: { __typename?: 'ExperimentConnection', totalCount: number, nodes: Array<{ __typename?: 'Experiment', id: string, name: string, runs: Array<{ __typename?: 'Run', id: string }> }> } };

export type RunsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RunFilter>;
  orderBy?: InputMaybe<RunOrder>;
}>;


export type RunsQuery = { __typename?: 'Query', runs: { __typename?: 'RunConnection', totalCount: number, nodes: Array<{ __typename?: 'Run', id: string, name?: string | null, status: RunStatus, owner: string, finishedAt?: string | null, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, datasetVersions: Array<{ __typename?: 'DatasetVersion', id: string, version: number }> }> } };

export type GovernanceFieldsFragment = { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string }> };

export type SubmitModelVersionForReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitModelVersionForReviewMutation = { __typename?: 'Mutation', submitModelVersionForReview: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string }> } };

export type ApproveModelVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type ApproveModelVersionMutation = { __typename?: 'Mutation', approveModelVersion: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string }> } };

export type RejectModelVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectModelVersionMutation = { __typename?: 'Mutation', rejectModelVersion: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string }> } };

export type DeprecateModelVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeprecateModelVersionMutation = { __typename?: 'Mutation', deprecateModelVersion: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string }> } };

export type ArchiveModelVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveModelVersionMutation = { __typename?: 'Mutation', archiveModelVersion: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string }> } };

export type ModelVersionGovernanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModelVersionGovernanceQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string }> } };

export type AuditEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  direction?: InputMaybe<SortDirection>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, nodes: Array<{ __typename?: 'AuditEvent', id: string, sequence: number, actor: string, action: string, nodeType: string, nodeId: string, before?: unknown | null, after?: unknown | null, requestId: string, traceId?: string | null, previousHash: string, hash: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AuditIntegrityQueryVariables = Exact<{
  checkpoint?: InputMaybe<AuditCheckpointInput>;
}>;


export type AuditIntegrityQuery = { __typename?: 'Query', auditIntegrity: { __typename?: 'AuditIntegrity', valid: boolean, checkedEvents: number, reason?: string | null, firstBrokenEvent?: { __typename?: 'AuditEvent', id: string, sequence: number } | null } };

export type AuditCheckpointQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditCheckpointQuery = { __typename?: 'Query', auditCheckpoint: { __typename?: 'AuditCheckpoint', count: number, headHash: string, at: string, signature: string } };

export type ModelVersionEventsSubscriptionVariables = Exact<{
  modelId: Scalars['ID']['input'];
}>;


export type ModelVersionEventsSubscription = { __typename?: 'Subscription', modelVersionEvents: { __typename?: 'ModelVersionEvent', action: string, actor: string, at: string, state: LifecycleState, modelVersion?: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState } | null } };

export type DeploymentEventsSubscriptionVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type DeploymentEventsSubscription = { __typename?: 'Subscription', deploymentEvents: { __typename?: 'DeploymentEvent', action: string, actor: string, status: DeploymentStatus, drift?: { __typename?: 'DriftAlert', version: number, features: Array<{ __typename?: 'DriftedFeature', feature: string, psi: number }> } | null, deployment?: { __typename?: 'Deployment', name: string, status: DeploymentStatus } | null } };

export type ModelVersionFieldsFragment = { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, createdBy: string, artifact: { __typename?: 'Artifact', format: ArtifactFormat, sha256: string, sizeBytes: number }, signature: { __typename?: 'Signature', classLabels: Array<string>, inputs: Array<{ __typename?: 'TensorSpec', name: string, dtype: TensorDtype, shape: Array<number> }>, outputs: Array<{ __typename?: 'TensorSpec', name: string, dtype: TensorDtype, shape: Array<number> }> }, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, fairnessMetrics: Array<{ __typename?: 'FairnessMetric', metric: string, sensitiveFeature: string, group?: string | null, value: number }>, modelCard: { __typename?: 'ModelCard', intendedUse?: string | null, limitations?: string | null } };

export type CreateModelMutationVariables = Exact<{
  input: CreateModelInput;
}>;


export type CreateModelMutation = { __typename?: 'Mutation', createModel: { __typename?: 'Model', id: string, name: string, taskType: TaskType, team: { __typename?: 'Team', id: string } } };

export type RegisterModelVersionMutationVariables = Exact<{
  input: RegisterModelVersionInput;
}>;


export type RegisterModelVersionMutation = { __typename?: 'Mutation', registerModelVersion: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, createdBy: string, model: { __typename?: 'Model', id: string, name: string }, artifact: { __typename?: 'Artifact', format: ArtifactFormat, sha256: string, sizeBytes: number }, signature: { __typename?: 'Signature', classLabels: Array<string>, inputs: Array<{ __typename?: 'TensorSpec', name: string, dtype: TensorDtype, shape: Array<number> }>, outputs: Array<{ __typename?: 'TensorSpec', name: string, dtype: TensorDtype, shape: Array<number> }> }, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, fairnessMetrics: Array<{ __typename?: 'FairnessMetric', metric: string, sensitiveFeature: string, group?: string | null, value: number }>, modelCard: { __typename?: 'ModelCard', intendedUse?: string | null, limitations?: string | null } } };

export type ModelsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelFilter>;
  orderBy?: InputMaybe<NamedOrder>;
}>;


export type ModelsQuery = { __typename?: 'Query', models: { __typename?: 'ModelConnection', totalCount: number, edges: Array<{ __typename?: 'ModelEdge', cursor: string, node: { __typename?: 'Model', id: string, name: string, taskType: TaskType } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type ModelQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type ModelQuery = { __typename?: 'Query', model: { __typename?: 'Model', id: string, name: string, taskType: TaskType, versions: Array<{ __typename?: 'ModelVersion', id: string, version: number }> } };

export type ModelVersionLineageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModelVersionLineageQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, createdBy: string, model: { __typename?: 'Model', name: string }, run?: { __typename?: 'Run', id: string, name?: string | null, experiment: { __typename?: 'Experiment', name: string } } | null, trainingDatasets: Array<{ __typename?: 'DatasetVersion', id: string, version: number, dataset: { __typename?: 'Dataset', name: string } }>, deployments: Array<{ __typename?: 'Deployment', name: string }>, artifact: { __typename?: 'Artifact', format: ArtifactFormat, sha256: string, sizeBytes: number }, signature: { __typename?: 'Signature', classLabels: Array<string>, inputs: Array<{ __typename?: 'TensorSpec', name: string, dtype: TensorDtype, shape: Array<number> }>, outputs: Array<{ __typename?: 'TensorSpec', name: string, dtype: TensorDtype, shape: Array<number> }> }, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, fairnessMetrics: Array<{ __typename?: 'FairnessMetric', metric: string, sensitiveFeature: string, group?: string | null, value: number }>, modelCard: { __typename?: 'ModelCard', intendedUse?: string | null, limitations?: string | null } } };

export type ModelsWithLineageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ModelsWithLineageQuery = { __typename?: 'Query', models: { __typename?: 'ModelConnection', totalCount: number, nodes: Array<{ __typename?: 'Model', name: string, team: { __typename?: 'Team', name: string }, versions: Array<{ __typename?: 'ModelVersion', version: number, run?: { __typename?: 'Run', name?: string | null, experiment: { __typename?: 'Experiment', name: string }, datasetVersions: Array<{ __typename?: 'DatasetVersion', version: number }> } | null, trainingDatasets: Array<{ __typename?: 'DatasetVersion', version: number, dataset: { __typename?: 'Dataset', name: string } }>, deployments: Array<{ __typename?: 'Deployment', name: string }> }> }> } };

export type ModelVersionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelVersionFilter>;
  orderBy?: InputMaybe<ModelVersionOrder>;
}>;


export type ModelVersionsQuery = { __typename?: 'Query', modelVersions: { __typename?: 'ModelVersionConnection', totalCount: number, nodes: Array<{ __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, createdBy: string, model: { __typename?: 'Model', id: string, name: string, taskType: TaskType } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node:
    | { __typename: 'ApiKey', id: string, createdAt: string }
    | { __typename: 'AuditEvent', id: string, createdAt: string }
    | { __typename: 'Dataset', name: string, id: string, createdAt: string }
    | { __typename: 'DatasetVersion', version: number, id: string, createdAt: string }
    | { __typename: 'Deployment', name: string, id: string, createdAt: string }
    | { __typename: 'Experiment', name: string, id: string, createdAt: string }
    | { __typename: 'Model', name: string, id: string, createdAt: string }
    | { __typename: 'ModelVersion', version: number, id: string, createdAt: string }
    | { __typename: 'PredictionLogEntry', id: string, createdAt: string }
    | { __typename: 'Review', id: string, createdAt: string }
    | { __typename: 'Run', status: RunStatus, id: string, createdAt: string }
    | { __typename: 'Team', name: string, id: string, createdAt: string }
   };

export type PredictQueryVariables = Exact<{
  deployment: Scalars['String']['input'];
  instances: Array<Scalars['JSON']['input']> | Scalars['JSON']['input'];
  routingKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type PredictQuery = { __typename?: 'Query', predict: { __typename?: 'Prediction', deployment: string, modelVersionId: string, version: number, outputs: Array<{ __typename?: 'PredictionOutput', label?: string | null, scores?: Array<number> | null, value?: number | null }> } };

export type PredictExplainedQueryVariables = Exact<{
  deployment: Scalars['String']['input'];
  instances: Array<Scalars['JSON']['input']> | Scalars['JSON']['input'];
  method?: InputMaybe<ExplanationMethod>;
  steps?: InputMaybe<Scalars['Int']['input']>;
  baselineFrom?: InputMaybe<BaselineSource>;
  baseline?: InputMaybe<Scalars['JSON']['input']>;
  samples?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  patch?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PredictExplainedQuery = { __typename?: 'Query', predict: { __typename?: 'Prediction', version: number, outputs: Array<{ __typename?: 'PredictionOutput', label?: string | null, scores?: Array<number> | null }>, explanations: Array<{ __typename?: 'Explanation', method: ExplanationMethod, target: number, targetLabel?: string | null, baselineSource: BaselineSource, baseline: unknown, outputAtInput: number, outputAtBaseline: number, completenessGap?: number | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, heatmap?: string | null, attributions: Array<{ __typename?: 'FeatureAttribution', feature: string, value?: number | null, redacted: boolean }> }> } };

export type ExplanationFieldsFragment = { __typename?: 'Explanation', method: ExplanationMethod, target: number, targetLabel?: string | null, baselineSource: BaselineSource, baseline: unknown, outputAtInput: number, outputAtBaseline: number, completenessGap?: number | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, heatmap?: string | null, attributions: Array<{ __typename?: 'FeatureAttribution', feature: string, value?: number | null, redacted: boolean }> };

export type PredictionLogEntryFieldsFragment = { __typename?: 'PredictionLogEntry', id: string, createdAt: string, shadow: boolean, latencyMs: number, caller: string, requestId: string, traceId?: string | null, instanceCount: number, instancesSha256: string, instances?: Array<unknown> | null, instancesWithheld?: InstancesWithheld | null, outputs: Array<{ __typename?: 'PredictionOutput', label?: string | null, scores?: Array<number> | null, value?: number | null }>, modelVersion: { __typename?: 'ModelVersion', id: string, version: number }, deployment?: { __typename?: 'Deployment', name: string } | null };

export type ModelVersionPredictionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PredictionLogFilter>;
  orderBy?: InputMaybe<PredictionLogOrder>;
}>;


export type ModelVersionPredictionsQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', id: string, predictions: { __typename?: 'PredictionLogEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'PredictionLogEntry', id: string, createdAt: string, shadow: boolean, latencyMs: number, caller: string, requestId: string, traceId?: string | null, instanceCount: number, instancesSha256: string, instances?: Array<unknown> | null, instancesWithheld?: InstancesWithheld | null, outputs: Array<{ __typename?: 'PredictionOutput', label?: string | null, scores?: Array<number> | null, value?: number | null }>, modelVersion: { __typename?: 'ModelVersion', id: string, version: number }, deployment?: { __typename?: 'Deployment', name: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type DeploymentPredictionsQueryVariables = Exact<{
  name: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PredictionLogFilter>;
}>;


export type DeploymentPredictionsQuery = { __typename?: 'Query', deployment: { __typename?: 'Deployment', name: string, predictions: { __typename?: 'PredictionLogEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'PredictionLogEntry', id: string, createdAt: string, shadow: boolean, latencyMs: number, caller: string, requestId: string, traceId?: string | null, instanceCount: number, instancesSha256: string, instances?: Array<unknown> | null, instancesWithheld?: InstancesWithheld | null, outputs: Array<{ __typename?: 'PredictionOutput', label?: string | null, scores?: Array<number> | null, value?: number | null }>, modelVersion: { __typename?: 'ModelVersion', id: string, version: number }, deployment?: { __typename?: 'Deployment', name: string } | null }> } } };

export type ExplainPredictionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  instance?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<ExplanationMethod>;
  steps?: InputMaybe<Scalars['Int']['input']>;
  samples?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  baselineFrom?: InputMaybe<BaselineSource>;
}>;


export type ExplainPredictionQuery = { __typename?: 'Query', explainPrediction: Array<{ __typename?: 'Explanation', method: ExplanationMethod, target: number, targetLabel?: string | null, baselineSource: BaselineSource, baseline: unknown, outputAtInput: number, outputAtBaseline: number, completenessGap?: number | null, steps?: number | null, samples?: number | null, seed?: number | null, patch?: number | null, heatmap?: string | null, attributions: Array<{ __typename?: 'FeatureAttribution', feature: string, value?: number | null, redacted: boolean }> }> };

export type ModelVersionPredictionInstancesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModelVersionPredictionInstancesQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', predictions: { __typename?: 'PredictionLogEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'PredictionLogEntry', id: string, instances?: Array<unknown> | null }> } } };

export type ReviewModelFieldsFragment = { __typename?: 'Model', name: string, taskType: TaskType, team: { __typename?: 'Team', name: string } };

export type ReviewMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewMeQuery = { __typename?: 'Query', me: { __typename?: 'Me', subject: string, kind: IdentityKind, roles: Array<string>, permissions: unknown } };

export type ReviewQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelVersionFilter>;
}>;


export type ReviewQueueQuery = { __typename?: 'Query', modelVersions: { __typename?: 'ModelVersionConnection', totalCount: number, nodes: Array<{ __typename?: 'ModelVersion', id: string, version: number, lifecycleState: LifecycleState, createdBy: string, createdAt: string, model: { __typename?: 'Model', name: string, taskType: TaskType, team: { __typename?: 'Team', name: string } }, gateResults: Array<{ __typename?: 'GateResult', passed: boolean }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ReviewVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewVersionQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', id: string, version: number, description?: string | null, lifecycleState: LifecycleState, createdBy: string, createdAt: string, model: { __typename?: 'Model', name: string, taskType: TaskType, team: { __typename?: 'Team', name: string } }, artifact: { __typename?: 'Artifact', format: ArtifactFormat, sha256: string, sizeBytes: number }, signature: { __typename?: 'Signature', classLabels: Array<string>, inputs: Array<{ __typename?: 'TensorSpec', name: string, dtype: TensorDtype, shape: Array<number> }> }, modelCard: { __typename?: 'ModelCard', intendedUse?: string | null, limitations?: string | null, ethicalConsiderations?: string | null, trainingProcedure?: string | null }, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, fairnessMetrics: Array<{ __typename?: 'FairnessMetric', metric: string, sensitiveFeature: string, group?: string | null, value: number }>, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string }>, run?: { __typename?: 'Run', name?: string | null, owner: string, status: RunStatus, experiment: { __typename?: 'Experiment', name: string } } | null, trainingDatasets: Array<{ __typename?: 'DatasetVersion', id: string, version: number, dataset: { __typename?: 'Dataset', name: string, sensitivity: Sensitivity } }>, deployments: Array<{ __typename?: 'Deployment', name: string, environment: Environment, status: DeploymentStatus }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string, createdAt: string }> } };

export type ReviewPredictionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReviewPredictionsQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', predictions: { __typename?: 'PredictionLogEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'PredictionLogEntry', id: string, createdAt: string, caller: string, traceId?: string | null, shadow: boolean, latencyMs: number, instanceCount: number, instancesSha256: string, instances?: Array<unknown> | null, instancesWithheld?: InstancesWithheld | null, outputs: Array<{ __typename?: 'PredictionOutput', label?: string | null, scores?: Array<number> | null, value?: number | null }>, deployment?: { __typename?: 'Deployment', name: string } | null }> } } };

export type ReviewExplanationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  instance?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReviewExplanationQuery = { __typename?: 'Query', explainPrediction: Array<{ __typename?: 'Explanation', method: ExplanationMethod, targetLabel?: string | null, baselineSource: BaselineSource, outputAtInput: number, outputAtBaseline: number, attributions: Array<{ __typename?: 'FeatureAttribution', feature: string, value?: number | null, redacted: boolean }> }> };

export type ReviewApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type ReviewApproveMutation = { __typename?: 'Mutation', approveModelVersion: { __typename?: 'ModelVersion', id: string, lifecycleState: LifecycleState } };

export type ReviewRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReviewRejectMutation = { __typename?: 'Mutation', rejectModelVersion: { __typename?: 'ModelVersion', id: string, lifecycleState: LifecycleState } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'Team', id: string, name: string, description?: string | null, createdAt: string } };

export type TeamsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamFilter>;
  orderBy?: InputMaybe<NamedOrder>;
}>;


export type TeamsQuery = { __typename?: 'Query', teams: { __typename?: 'TeamConnection', totalCount: number, edges: Array<{ __typename?: 'TeamEdge', cursor: string, node: { __typename?: 'Team', id: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export const DatasetVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"containsPii"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"std"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"q"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binEdges"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetVersionFieldsFragment, unknown>;
export const DeploymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeploymentFieldsFragment, unknown>;
export const FeatureDriftFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureDriftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureDrift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"psi"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"bins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}}]}}]}}]} as unknown as DocumentNode<FeatureDriftFieldsFragment, unknown>;
export const RunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RunFieldsFragment, unknown>;
export const GovernanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<GovernanceFieldsFragment, unknown>;
export const ModelVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairnessMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intendedUse"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}}]}}]}}]} as unknown as DocumentNode<ModelVersionFieldsFragment, unknown>;
export const ExplanationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Explanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtInput"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"completenessGap"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"heatmap"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]} as unknown as DocumentNode<ExplanationFieldsFragment, unknown>;
export const PredictionLogEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionLogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shadow"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"instancesSha256"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"instancesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PredictionLogEntryFieldsFragment, unknown>;
export const ReviewModelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewModelFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentNames"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RunParamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunParams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunParamsQuery, RunParamsQueryVariables>;
export const DatasetVersionPiiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetVersionPii"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"piiFields"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetVersionPiiQuery, DatasetVersionPiiQueryVariables>;
export const CreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDatasetMutation, CreateDatasetMutationVariables>;
export const RegisterDatasetVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDatasetVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDatasetVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDatasetVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"containsPii"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"std"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"q"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binEdges"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDatasetVersionMutation, RegisterDatasetVersionMutationVariables>;
export const DatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Datasets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetsQuery, DatasetsQueryVariables>;
export const DatasetLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"containsPii"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"std"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"q"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binEdges"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetLineageQuery, DatasetLineageQueryVariables>;
export const DatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}}]} as unknown as DocumentNode<DatasetQuery, DatasetQueryVariables>;
export const CreateDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDeploymentMutation, CreateDeploymentMutationVariables>;
export const UpdateDeploymentRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeploymentRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeploymentRoutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeploymentRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateDeploymentRoutesMutation, UpdateDeploymentRoutesMutationVariables>;
export const UpdateDeploymentExplanationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeploymentExplanations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeploymentExplanationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeploymentExplanations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateDeploymentExplanationsMutation, UpdateDeploymentExplanationsMutationVariables>;
export const RetireDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetireDeploymentMutation, RetireDeploymentMutationVariables>;
export const DeploymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentsQuery, DeploymentsQueryVariables>;
export const DeploymentSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeploymentSummaryQuery, DeploymentSummaryQueryVariables>;
export const DeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeploymentQuery, DeploymentQueryVariables>;
export const DeploymentDriftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentDrift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"alerting"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureDriftFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureDriftFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureDriftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureDrift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"psi"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"bins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}}]}}]}}]} as unknown as DocumentNode<DeploymentDriftQuery, DeploymentDriftQueryVariables>;
export const CreateExperimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExperimentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExperiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateExperimentMutation, CreateExperimentMutationVariables>;
export const StartRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFields"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartRunMutation, StartRunMutationVariables>;
export const LogRunMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogRunMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogRunMetricsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logRunMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LogRunMetricsMutation, LogRunMetricsMutationVariables>;
export const FinishRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FinishRunMutation, FinishRunMutationVariables>;
export const ExperimentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experiments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExperimentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentsQuery, ExperimentsQueryVariables>;
export const RunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Runs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RunsQuery, RunsQueryVariables>;
export const SubmitModelVersionForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitModelVersionForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitModelVersionForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<SubmitModelVersionForReviewMutation, SubmitModelVersionForReviewMutationVariables>;
export const ApproveModelVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<ApproveModelVersionMutation, ApproveModelVersionMutationVariables>;
export const RejectModelVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<RejectModelVersionMutation, RejectModelVersionMutationVariables>;
export const DeprecateModelVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeprecateModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecateModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<DeprecateModelVersionMutation, DeprecateModelVersionMutationVariables>;
export const ArchiveModelVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<ArchiveModelVersionMutation, ArchiveModelVersionMutationVariables>;
export const ModelVersionGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<ModelVersionGovernanceQuery, ModelVersionGovernanceQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"nodeType"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"previousHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditIntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditIntegrity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkpoint"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditCheckpointInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditIntegrity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"checkpoint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkpoint"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}}]} as unknown as DocumentNode<AuditIntegrityQuery, AuditIntegrityQueryVariables>;
export const AuditCheckpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}}]} as unknown as DocumentNode<AuditCheckpointQuery, AuditCheckpointQueryVariables>;
export const ModelVersionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ModelVersionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionEventsSubscription, ModelVersionEventsSubscriptionVariables>;
export const DeploymentEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeploymentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploymentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"psi"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentEventsSubscription, DeploymentEventsSubscriptionVariables>;
export const CreateModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateModelMutation, CreateModelMutationVariables>;
export const RegisterModelVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterModelVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairnessMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intendedUse"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}}]}}]}}]} as unknown as DocumentNode<RegisterModelVersionMutation, RegisterModelVersionMutationVariables>;
export const ModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Models"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ModelsQuery, ModelsQueryVariables>;
export const ModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Model"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ModelQuery, ModelQueryVariables>;
export const ModelVersionLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairnessMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intendedUse"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}}]}}]}}]} as unknown as DocumentNode<ModelVersionLineageQuery, ModelVersionLineageQueryVariables>;
export const ModelsWithLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelsWithLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelsWithLineageQuery, ModelsWithLineageQueryVariables>;
export const ModelVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionsQuery, ModelVersionsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experiment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const PredictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Predict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instances"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"routingKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deployment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}}},{"kind":"Argument","name":{"kind":"Name","value":"instances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instances"}}},{"kind":"Argument","name":{"kind":"Name","value":"routingKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"routingKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PredictQuery, PredictQueryVariables>;
export const PredictExplainedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PredictExplained"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instances"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExplanationMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"steps"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baselineFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaselineSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"samples"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deployment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}}},{"kind":"Argument","name":{"kind":"Name","value":"instances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instances"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"steps"}}},{"kind":"Argument","name":{"kind":"Name","value":"baselineFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baselineFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseline"}}},{"kind":"Argument","name":{"kind":"Name","value":"samples"},"value":{"kind":"Variable","name":{"kind":"Name","value":"samples"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplanationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Explanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtInput"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"completenessGap"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"heatmap"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]} as unknown as DocumentNode<PredictExplainedQuery, PredictExplainedQueryVariables>;
export const ModelVersionPredictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionPredictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionLogEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionLogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shadow"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"instancesSha256"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"instancesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ModelVersionPredictionsQuery, ModelVersionPredictionsQueryVariables>;
export const DeploymentPredictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentPredictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionLogEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionLogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shadow"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"instancesSha256"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"instancesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeploymentPredictionsQuery, DeploymentPredictionsQueryVariables>;
export const ExplainPredictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainPrediction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExplanationMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"steps"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"samples"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baselineFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaselineSource"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainPrediction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"steps"}}},{"kind":"Argument","name":{"kind":"Name","value":"samples"},"value":{"kind":"Variable","name":{"kind":"Name","value":"samples"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}},{"kind":"Argument","name":{"kind":"Name","value":"baselineFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baselineFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplanationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Explanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtInput"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"completenessGap"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"heatmap"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]} as unknown as DocumentNode<ExplainPredictionQuery, ExplainPredictionQueryVariables>;
export const ModelVersionPredictionInstancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionPredictionInstances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionPredictionInstancesQuery, ModelVersionPredictionInstancesQueryVariables>;
export const ReviewMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<ReviewMeQuery, ReviewMeQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewModelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewModelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intendedUse"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"ethicalConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"trainingProcedure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairnessMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewVersionQuery, ReviewVersionQueryVariables>;
export const ReviewPredictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPredictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"shadow"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"instancesSha256"}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}]},{"kind":"Field","name":{"kind":"Name","value":"instancesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewPredictionsQuery, ReviewPredictionsQueryVariables>;
export const ReviewExplanationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainPrediction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtInput"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewExplanationQuery, ReviewExplanationQueryVariables>;
export const ReviewApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}}]}}]}}]} as unknown as DocumentNode<ReviewApproveMutation, ReviewApproveMutationVariables>;
export const ReviewRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}}]}}]}}]} as unknown as DocumentNode<ReviewRejectMutation, ReviewRejectMutationVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const TeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;