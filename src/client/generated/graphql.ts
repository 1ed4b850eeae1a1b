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

/** Why an aggregate of live traffic is not shown to you. Callers who may read the deployment's logged instances (reviewers, admins) see every aggregate; others only those drawn from enough requests that none stands out. */
export type AggregateWithheld =
  /** The bins' bounds are individual live values (deciles of the version's early traffic): for callers who may read the logged instances only. */
  | 'LIVE_VALUES'
  /** Fewer instances than policies/drift.yaml minCountToShow in the window (or carrying the feature): so few that the figures would tell of single requests. */
  | 'TOO_FEW_INSTANCES'
  /** The bins' bounds are statistics of a training dataset version you may not read. */
  | 'TRAINING_DATA_NOT_READABLE';

/** How the personal data of a version was treated; NOT_APPLICABLE when it has none. */
export type AnonymizationStatus =
  /** Changed so that no row can be linked to a person. */
  | 'ANONYMIZED'
  /** Personal data as collected. Model versions trained on it fail the noRawPii gate of policies/gates.yaml. */
  | 'NONE'
  /** No feature holds personal data. */
  | 'NOT_APPLICABLE'
  /** Identifiers replaced by pseudonyms: with extra information, rows can still be linked to people. */
  | 'PSEUDONYMIZED';

/** A credential for a client service, scoped to a team and to the deployments it may call. Sent as Authorization: ApiKey <key>, or x-api-key: <key>. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The subject of who created it. */
  createdBy: Scalars['String']['output'];
  /** Deployments the key may call. */
  deploymentNames: Array<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** What the key is for, e.g. the calling service. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise a key; never enough to use it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The team it belongs to. */
  team: Team;
};

/** A page of ApiKey nodes. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The ApiKey nodes of this page, in order, each with its cursor. */
  edges: Array<ApiKeyEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<ApiKey>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ApiKey of a page, with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The ApiKey. */
  node: ApiKey;
};

/** Which API keys to list; the conditions given must all hold. */
export type ApiKeyFilter = {
  /** True: only revoked keys; false: only keys that still work. */
  revoked?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The files of a model version, uploaded to POST /artifacts and kept by their digest. */
export type Artifact = {
  __typename?: 'Artifact';
  /** How the files are laid out. */
  format: ArtifactFormat;
  /** Hex SHA-256 of the stored artifact: its address in the artifact store. */
  sha256: Scalars['String']['output'];
  /** Size in bytes, as uploaded. */
  sizeBytes: Scalars['SafeInt']['output'];
};

/** How the files of a model are laid out: a TensorFlow.js model folder. */
export type ArtifactFormat =
  /** A TensorFlow.js Graph model (such as a converted SavedModel): model.json and its weight files. */
  | 'TFJS_GRAPH_MODEL'
  /** A TensorFlow.js Layers model (such as a converted Keras model): model.json and its weight files. */
  | 'TFJS_LAYERS_MODEL';

/** An artifact uploaded to POST /artifacts; its format and size must match the upload. */
export type ArtifactInput = {
  /** How the files are laid out. */
  format: ArtifactFormat;
  /** Hex SHA-256 of the stored artifact: its address in the artifact store. */
  sha256: Scalars['String']['input'];
  /** Size in bytes, as uploaded. */
  sizeBytes: Scalars['SafeInt']['input'];
};

/** Feature-attribution drift of a tabular version on a deployment: the ranking of features by mean |KernelSHAP attribution| over a sample of the window's answered instances, against the ranking on a finished evaluation's rows, compared by nDCG (policies/quality.yaml attributionDrift). */
export type AttributionDriftType = {
  __typename?: 'AttributionDriftType';
  /** Whether this gateway's last judgement raised an alert that stands. */
  alerting: Scalars['Boolean']['output'];
  /** The nDCG under which an alert is raised. */
  bound: Scalars['Float']['output'];
  /** Sampled instances explained in the window. */
  explained: Scalars['Int']['output'];
  /** Every feature, the most important live first. */
  features: Array<FeatureImportance>;
  /** The model version. */
  modelVersionId: Scalars['ID']['output'];
  /** The nDCG of the live ranking against the reference's: 1 when they agree; null without a reference. */
  ndcg?: Maybe<Scalars['Float']['output']>;
  /** The evaluation whose rows gave the reference: the version's latest, else its model's latest. */
  referenceEvaluationId?: Maybe<Scalars['ID']['output']>;
  /** Its version number. */
  version: Scalars['Int']['output'];
};

/** A signed statement of the audit chain at one moment: how many events it held and the last one's hash. Kept outside the database, it later proves that no event up to it was removed or rewritten. */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  /** When it was taken. */
  at: Scalars['DateTimeISO']['output'];
  /** Events in the chain. */
  count: Scalars['SafeInt']['output'];
  /** Hash of the last of them. */
  headHash: Scalars['String']['output'];
  /** HMAC of count, headHash and at under the audit key. */
  signature: Scalars['String']['output'];
};

/** A checkpoint as auditCheckpoint returned it, unchanged. */
export type AuditCheckpointInput = {
  /** When it was taken. */
  at: Scalars['DateTimeISO']['input'];
  /** Events in the chain. */
  count: Scalars['SafeInt']['input'];
  /** Hash of the last of them. */
  headHash: Scalars['String']['input'];
  /** HMAC of count, headHash and at under the audit key. */
  signature: Scalars['String']['input'];
};

/** Who did what to which node, with the node before and after. Append-only and hash-chained: each event's hash covers its content and the previous event's hash. */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** The mutation, e.g. approveModelVersion; with :refused appended when gates refused a lifecycle step (their results were kept). */
  action: Scalars['String']['output'];
  /** The subject of the identity that acted. */
  actor: Scalars['String']['output'];
  /** The node after the change, as JSON with database ids (secrets left out). */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The node before the change, as JSON with database ids; null when it was created. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Hex SHA-256 of the event's content, previousHash included. */
  hash: Scalars['String']['output'];
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Global id of the node acted on. */
  nodeId: Scalars['String']['output'];
  /** The type of the node acted on, e.g. ModelVersion. */
  nodeType: Scalars['String']['output'];
  /** The hash of the event before it; 64 zeros for the first. */
  previousHash: Scalars['String']['output'];
  /** The x-request-id of the request that made the change, or the one the gateway made up. */
  requestId: Scalars['String']['output'];
  /** Position in the chain, from 1. */
  sequence: Scalars['SafeInt']['output'];
  /** The OpenTelemetry trace of that request. */
  traceId?: Maybe<Scalars['String']['output']>;
};

/** A page of AuditEvent nodes. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The AuditEvent nodes of this page, in order, each with its cursor. */
  edges: Array<AuditEventEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<AuditEvent>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEvent of a page, with its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The AuditEvent. */
  node: AuditEvent;
};

/** Which audit events to list; the conditions given must all hold. */
export type AuditEventFilter = {
  /** Mutation names, e.g. approveModelVersion. */
  actionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Events of this subject. */
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
  checkedEvents: Scalars['SafeInt']['output'];
  /** The first event that does not add up; null when valid, or when what is wrong is that events at the end were removed. */
  firstBrokenEvent?: Maybe<AuditEvent>;
  /** What is broken, in words; null when valid. */
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

/** How the gateway gathers concurrent requests into inference batches for a deployment. */
export type Batching = {
  __typename?: 'Batching';
  /** Most instances in one inference batch, 1 to 1024. */
  maxBatchSize: Scalars['Int']['output'];
  /** Longest a request waits for a batch to fill, in milliseconds, 0 to 1000. */
  maxQueueDelayMs: Scalars['Int']['output'];
};

/** How the gateway gathers concurrent requests into inference batches for a deployment. */
export type BatchingInput = {
  /** Most instances in one inference batch, 1 to 1024. */
  maxBatchSize?: Scalars['Int']['input'];
  /** Longest a request waits for a batch to fill, in milliseconds, 0 to 1000. */
  maxQueueDelayMs?: Scalars['Int']['input'];
};

/** One class's measures, one class against the rest. */
export type ClassMeasuresType = {
  __typename?: 'ClassMeasuresType';
  /** Harmonic mean of precision and recall. */
  f1: Scalars['Float']['output'];
  /** The class label. */
  label: Scalars['String']['output'];
  /** Of the rows predicted as this class, the share that are (0 when none were). */
  precision: Scalars['Float']['output'];
  /** Of the rows of this class, the share predicted as it (0 when none are). */
  recall: Scalars['Float']['output'];
  /** Rows truly of this class. */
  support: Scalars['Int']['output'];
};

/** A classifier's measures on an evaluation set. */
export type ClassificationMeasuresType = {
  __typename?: 'ClassificationMeasuresType';
  /** Share of rows whose top-scored class is the label. */
  accuracy: Scalars['Float']['output'];
  /** Expected calibration error: over 10 equal-width bins of the top score, the mean gap between score and accuracy. */
  expectedCalibrationError: Scalars['Float']['output'];
  /** Mean negative log of the true class's score (scores normalised per row, clipped to 1e-15). */
  logLoss: Scalars['Float']['output'];
  /** Precision, recall and F1 per class, in output order. */
  perClass: Array<ClassMeasuresType>;
  /** ROC AUC: the second class's for a binary classifier, else the mean of each present class's one-vs-rest AUC. Null with only one class present. */
  rocAuc?: Maybe<Scalars['Float']['output']>;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** Deployments of the team the key may call, by name: 1 to 100 of them. */
  deploymentNames: Array<Scalars['String']['input']>;
  /** What the key is for, e.g. the calling service; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** The team it belongs to; you need create on ApiKey in it. */
  teamId: Scalars['ID']['input'];
};

/** A new dataset. */
export type CreateDatasetInput = {
  /** Free text, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unique among datasets; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** Who may read it. */
  sensitivity?: Sensitivity;
  /** The team that will own it; you need create on Dataset in it. */
  teamId: Scalars['ID']['input'];
};

/** A new deployment. */
export type CreateDeploymentInput = {
  /** Unset: what suits the gateway's inference backend (256 instances and 2 ms on webgpu; 32 and 5 ms otherwise). */
  batching?: InputMaybe<BatchingInput>;
  /** Where it serves. */
  environment: Environment;
  /** How predict explains by default on it; unset, everything takes the gateway default. */
  explanationDefaults?: InputMaybe<ExplanationDefaultsInput>;
  /** Unique; clients call predict with it. 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** Where its traffic goes: 1 to 10 routes to distinct versions, with weights adding up to 100. */
  routes: Array<RouteInput>;
  /** A version that sees copies of the traffic without answering. */
  shadowModelVersionId?: InputMaybe<Scalars['ID']['input']>;
  /** The team that will own it; you need create on Deployment in it. */
  teamId: Scalars['ID']['input'];
};

/** A new experiment. */
export type CreateExperimentInput = {
  /** Free text, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unique among experiments; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** The team that will own it; you need create on Experiment in it. */
  teamId: Scalars['ID']['input'];
};

/** A new model. */
export type CreateModelInput = {
  /** Free text, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unique among models; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** What it predicts. */
  taskType: TaskType;
  /** The team that will own it; you need create on Model in it. */
  teamId: Scalars['ID']['input'];
};

/** A new team. */
export type CreateTeamInput = {
  /** Free text, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unique among teams; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
};

/** A new API key, with its secret. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key as stored. */
  apiKey: ApiKey;
  /** The key itself. Shown only in this answer: store it now; modelgate keeps only its hash. */
  secret: Scalars['String']['output'];
};

/** A named collection of data of a team, recorded in versions. modelgate keeps what describes the data, never the data. */
export type Dataset = Node & {
  __typename?: 'Dataset';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Free text about the dataset. */
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Unique among datasets. */
  name: Scalars['String']['output'];
  /** Who may read it. */
  sensitivity: Sensitivity;
  /** The team that owns it. */
  team: Team;
  /** All versions, oldest first. */
  versions: Array<DatasetVersion>;
};

/** A page of Dataset nodes. */
export type DatasetConnection = {
  __typename?: 'DatasetConnection';
  /** The Dataset nodes of this page, in order, each with its cursor. */
  edges: Array<DatasetEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Dataset>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Dataset of a page, with its cursor. */
export type DatasetEdge = {
  __typename?: 'DatasetEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The Dataset. */
  node: Dataset;
};

/** Which datasets to list; the conditions given must all hold. */
export type DatasetFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only the datasets of these sensitivities. */
  sensitivityIn?: InputMaybe<Array<Sensitivity>>;
  /** Only the datasets of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** One version of a dataset: where the data lives, its digest, its columns and their reference statistics. */
export type DatasetVersion = Node & {
  __typename?: 'DatasetVersion';
  /** How its personal data was treated. */
  anonymization: AnonymizationStatus;
  /** Some feature holds personal data. */
  containsPii: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The subject of who registered it. */
  createdBy: Scalars['String']['output'];
  /** The dataset it is a version of. */
  dataset: Dataset;
  /** Deployments, active or retired, that have a route to or shadow a model version trained on this version. */
  deployments: Array<Deployment>;
  /** How many rows of it the gateway holds as an evaluation set (uploaded to PUT /datasets/versions/{id}/rows, their bytes matching sha256), to measure model versions on; null until they are uploaded. */
  evaluationRows?: Maybe<Scalars['Int']['output']>;
  /** Its columns, in the order they were registered. */
  features: Array<Feature>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Where the data lives (a URI); modelgate records it and never fetches it. */
  location: Scalars['String']['output'];
  /** Model versions trained on this version, through their runs. */
  modelVersions: Array<ModelVersion>;
  /** Names of the features that hold personal data; null with a FORBIDDEN error for roles that may not see them. */
  piiFields?: Maybe<Array<Scalars['String']['output']>>;
  /** Number of rows. */
  rowCount: Scalars['SafeInt']['output'];
  /** Runs that trained on this version. */
  runs: Array<Run>;
  /** Hex SHA-256 of the data. */
  sha256: Scalars['String']['output'];
  /** Reference statistics of its features, as registered (maybe none). */
  statistics: Array<FeatureStatistics>;
  /** Numbered from 1 within its dataset. */
  version: Scalars['Int']['output'];
};

/** A named prediction endpoint of a team: it routes its traffic to model versions by weight. */
export type Deployment = Node & {
  __typename?: 'Deployment';
  /** Feature-attribution drift per tabular model version with sampled explanations on this deployment, the newest version first: only versions whose evaluations you may read. */
  attributionDrift: Array<AttributionDriftType>;
  /** How its requests are gathered into inference batches. */
  batching: Batching;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The subject of who created it. */
  createdBy: Scalars['String']['output'];
  /** How far the live traffic of each of its versions has moved from the version's reference, over the last windowMinutes, as this gateway saw it. Whole for callers who may read the deployment's logged instances; for others, figures of too few instances are withheld and sparse bins merged (policies/drift.yaml minCountToShow, minCountPerBin). */
  drift: Array<VersionDrift>;
  /** Where it serves; it decides which lifecycle states its routes take. */
  environment: Environment;
  /** How predict explains by default on this deployment. */
  explanationDefaults: ExplanationDefaults;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Unique; the name clients call predict with. */
  name: Scalars['String']['output'];
  /** What this deployment answered, newest first by default, as far as your roles may read the prediction log: a time range of at most 31 days (the last 7 by default). Needs read on PredictionLogEntry (data-scientist of the team, reviewer, admin). */
  predictions: PredictionLogEntryConnection;
  /** Live quality per model version that answered on this deployment in the window and has outcomes, the newest version first: only versions whose evaluations you may read (data scientists of the model’s team, reviewers, admins). */
  quality: Array<LiveQuality>;
  /** Where its traffic goes, the largest share first. */
  routes: Array<DeploymentRoute>;
  /** A version that gets a copy of each prediction request: its answers are logged, never returned. Null when there is none. */
  shadowVersion?: Maybe<ModelVersion>;
  /** Whether it answers predictions. */
  status: DeploymentStatus;
  /** The team that owns it. */
  team: Team;
};


/** A named prediction endpoint of a team: it routes its traffic to model versions by weight. */
export type DeploymentDriftArgs = {
  windowMinutes?: Scalars['Int']['input'];
};


/** A named prediction endpoint of a team: it routes its traffic to model versions by weight. */
export type DeploymentPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PredictionLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PredictionLogOrder>;
};


/** A named prediction endpoint of a team: it routes its traffic to model versions by weight. */
export type DeploymentQualityArgs = {
  hours?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Deployment nodes. */
export type DeploymentConnection = {
  __typename?: 'DeploymentConnection';
  /** The Deployment nodes of this page, in order, each with its cursor. */
  edges: Array<DeploymentEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Deployment>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Deployment of a page, with its cursor. */
export type DeploymentEdge = {
  __typename?: 'DeploymentEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The Deployment. */
  node: Deployment;
};

/** A change to a deployment, or a drift or live quality alert on it. */
export type DeploymentEvent = {
  __typename?: 'DeploymentEvent';
  /** The mutation, e.g. updateDeploymentRoutes; driftAlert or qualityAlert for an alert. */
  action: Scalars['String']['output'];
  /** Who made the change; modelgate for an alert. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** The deployment; null when you may not read it. */
  deployment?: Maybe<Deployment>;
  /** With action driftAlert: what drifted. */
  drift?: Maybe<DriftAlert>;
  /** With action qualityAlert: the check that failed. */
  quality?: Maybe<QualityAlertEvent>;
  /** The deployment's status after the change. */
  status: DeploymentStatus;
};

/** Which deployments to list; the conditions given must all hold. */
export type DeploymentFilter = {
  /** Only the deployments in this environment. */
  environment?: InputMaybe<Environment>;
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only the deployments in these states. */
  statusIn?: InputMaybe<Array<DeploymentStatus>>;
  /** Only the deployments of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** A share of a deployment's traffic going to one model version. */
export type DeploymentRoute = {
  __typename?: 'DeploymentRoute';
  /** The version that answers this share. */
  modelVersion: ModelVersion;
  /** Percent of traffic, 0 to 100; the routes of a deployment add up to 100. */
  weight: Scalars['Int']['output'];
};

/** Whether a deployment answers predictions. */
export type DeploymentStatus =
  /** It answers predictions, and its routes and defaults can change. */
  | 'ACTIVE'
  /** Stopped for good: predict answers UNAVAILABLE, and it can no longer change. */
  | 'RETIRED';

/** A drift alert: a version's live traffic moved past the alert threshold of policies/drift.yaml. */
export type DriftAlert = {
  __typename?: 'DriftAlert';
  /** The features at or above the threshold, the most drifted first. */
  features: Array<DriftedFeature>;
  /** The number of the version whose traffic drifted. */
  version: Scalars['Int']['output'];
};

/** A bin of a feature: its bounds, its share in the reference and in the window. For callers who may not read the deployment's logged instances, reference bins holding fewer than policies/drift.yaml minCountPerBin instances of the window are merged with their neighbours (never dropped), so every bin shown holds at least that many; referenceBins says how many each spans. */
export type DriftBin = {
  __typename?: 'DriftBin';
  /** Share of the reference in this bin. */
  expected: Scalars['Float']['output'];
  /** Lower bound (inclusive); null for the open bin below the first edge. */
  lower?: Maybe<Scalars['Float']['output']>;
  /** Share of the instances in the window in this bin. */
  observed: Scalars['Float']['output'];
  /** How many of the reference's bins this one spans: 1, or more where sparse bins were merged for a caller who may not read the logged instances. */
  referenceBins: Scalars['Int']['output'];
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
  /** The feature, named as in FeatureDrift.feature. */
  feature: Scalars['String']['output'];
  /** Its population stability index over the window. */
  psi: Scalars['Float']['output'];
};

/** Where a deployment serves; it decides which lifecycle states its routes take. */
export type Environment =
  /** Live traffic: routes take APPROVED versions only. */
  | 'PRODUCTION'
  /** Trial traffic: routes take the states policies/gates.yaml lists (IN_REVIEW and APPROVED as shipped). */
  | 'STAGING';

/** What to evaluate on what. */
export type EvaluateModelVersionInput = {
  /** The dataset version whose rows (uploaded to /datasets/versions/{id}/rows) it runs on; you must be able to read it. */
  datasetVersionId: Scalars['String']['input'];
  /** The model version to run. */
  modelVersionId: Scalars['String']['input'];
  /** The class fairness is measured for; default: the second class of a binary classifier (none for more classes). 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  positiveLabel?: InputMaybe<Scalars['String']['input']>;
};

/** A model version run by the gateway on every row of a dataset version's evaluation set, and the measures of its answers against the label column. Gates can require these measured values instead of claimed ones. */
export type Evaluation = Node & {
  __typename?: 'Evaluation';
  /** A classifier's measures, once it succeeded. */
  classification?: Maybe<ClassificationMeasuresType>;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The subject of who asked for it. */
  createdBy: Scalars['String']['output'];
  /** The hex SHA-256 of the rows it ran on (the dataset version declares it). */
  datasetSha256: Scalars['String']['output'];
  /** The dataset version whose rows it ran on; null when you may not read it (datasetSha256 still names them). */
  datasetVersion?: Maybe<DatasetVersion>;
  /** Why it failed, once it has. */
  error?: Maybe<Scalars['String']['output']>;
  /** Fairness across the groups of each SENSITIVE column, for the positive class, once it succeeded (none for a regressor, or a classifier of more than two classes without positiveLabel). */
  fairness: Array<FairnessMeasuresType>;
  /** When it succeeded, failed or was cancelled. */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** The measures under the names gates read them (accuracy, roc_auc, log_loss, expected_calibration_error, macro_precision, macro_recall, macro_f1; rmse, mae, r2), once it succeeded; a measure that is null is left out. */
  metrics: Array<Metric>;
  /** The version evaluated. */
  modelVersion: ModelVersion;
  /** The class fairness is measured for: the one asked for, else the second of a binary classifier. */
  positiveLabel?: Maybe<Scalars['String']['output']>;
  /** A regressor's measures, once it succeeded. */
  regression?: Maybe<RegressionMeasuresType>;
  /** Rows in the evaluation set. */
  rows: Scalars['SafeInt']['output'];
  /** Rows the version has answered so far. */
  rowsDone: Scalars['SafeInt']['output'];
  /** Where it is. */
  status: EvaluationStatus;
};

/** Where an evaluation run is. */
export type EvaluationStatus =
  /** Stopped by cancelEvaluation, or by the gateway stopping while it ran. */
  | 'CANCELLED'
  /** Stopped by a failure; error says which. */
  | 'FAILED'
  /** Waiting for an earlier evaluation to finish (a few run at a time). */
  | 'QUEUED'
  /** Running the version on the rows; rowsDone says how far. */
  | 'RUNNING'
  /** Done: its measures are set. */
  | 'SUCCEEDED';

/** A line of training work of a team: it groups runs. */
export type Experiment = Node & {
  __typename?: 'Experiment';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Free text about the experiment. */
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Unique among experiments. */
  name: Scalars['String']['output'];
  /** All runs, oldest first. */
  runs: Array<Run>;
  /** The team that owns it. */
  team: Team;
};

/** A page of Experiment nodes. */
export type ExperimentConnection = {
  __typename?: 'ExperimentConnection';
  /** The Experiment nodes of this page, in order, each with its cursor. */
  edges: Array<ExperimentEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Experiment>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Experiment of a page, with its cursor. */
export type ExperimentEdge = {
  __typename?: 'ExperimentEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The Experiment. */
  node: Experiment;
};

/** Which experiments to list; the conditions given must all hold. */
export type ExperimentFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only the experiments of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Why the model answered one instance as it did: each feature's share of the output. */
export type Explanation = {
  __typename?: 'Explanation';
  /** One per feature; for images, one per patch, named patch[row,col]. */
  attributions: Array<FeatureAttribution>;
  /** The baseline the attributions are measured from, per input (a list for a feature vector); values you may not see are null. */
  baseline: Scalars['JSON']['output'];
  /** Where the baseline came from: ZERO when a training baseline was only a default, or the method does not use it (GRADIENT_X_INPUT), and a statistic of it was missing or hidden from you. */
  baselineSource: BaselineSource;
  /** Integrated gradients: |Σ attributions − (f(x) − f(baseline))|. */
  completenessGap?: Maybe<Scalars['Float']['output']>;
  /** Images: the attribution map over the input, as a PNG data URL. */
  heatmap?: Maybe<Scalars['String']['output']>;
  /** The method used. */
  method: ExplanationMethod;
  /** The explained output at the baseline. */
  outputAtBaseline: Scalars['Float']['output'];
  /** The explained output at the instance. */
  outputAtInput: Scalars['Float']['output'];
  /** OCCLUSION: the side of the square patches hidden in turn, in pixels. */
  patch?: Maybe<Scalars['Int']['output']>;
  /** KernelSHAP: coalitions scored (all of them when there are few features). */
  samples?: Maybe<Scalars['Int']['output']>;
  /** KernelSHAP: the seed of its sampling; the same request gives the same attributions. */
  seed?: Maybe<Scalars['Int']['output']>;
  /** Integrated gradients: the interpolation steps used, after your roles' cap. */
  steps?: Maybe<Scalars['Int']['output']>;
  /** The explained output: the index of the predicted class (0 for a single-output regressor). */
  target: Scalars['Int']['output'];
  /** The class label of target, from the signature's classLabels. */
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

/** A deployment's explanation defaults; what is left out takes the gateway's default. */
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

/** How attributions are computed. Each costs inference work per instance, charged to your inference budget (policies/limits.yaml). */
export type ExplanationMethod =
  /** The gradient at the input times the input: cheap, and its attributions do not depend on the baseline. Tabular models; costs 2. */
  | 'GRADIENT_X_INPUT'
  /** Integrated gradients: gradients averaged along the straight path from the baseline to the input, times their difference. Tabular models; costs steps + 2. */
  | 'INTEGRATED_GRADIENTS'
  /** KernelSHAP: Shapley values estimated from seeded samples of feature coalitions. Tabular models; costs samples × features². */
  | 'KERNEL_SHAP'
  /** Hides each square patch of an image in turn (filled with the baseline number) and measures how much the predicted class's output drops. Image models only; costs patches + 1. */
  | 'OCCLUSION';

/** Fairness across the groups of one sensitive feature, for the positive class. */
export type FairnessMeasuresType = {
  __typename?: 'FairnessMeasuresType';
  /** Largest minus smallest selection rate. */
  demographicParityDifference: Scalars['Float']['output'];
  /** Smallest over largest selection rate; null when no group is ever selected. */
  demographicParityRatio?: Maybe<Scalars['Float']['output']>;
  /** Largest minus smallest true-positive rate; null with fewer than two groups that have positives. */
  equalOpportunityDifference?: Maybe<Scalars['Float']['output']>;
  /** The larger of the true- and false-positive rate differences. */
  equalizedOddsDifference?: Maybe<Scalars['Float']['output']>;
  /** Each group, by name. */
  groups: Array<GroupRatesType>;
  /** The class treated as the positive outcome. */
  positiveLabel: Scalars['String']['output'];
  /** The sensitive feature whose groups are compared. */
  sensitiveFeature: Scalars['String']['output'];
};

/** A fairness measurement of the version across the groups of one sensitive feature. */
export type FairnessMetric = {
  __typename?: 'FairnessMetric';
  /** The group, for per-group metrics; absent for a difference across groups. */
  group?: Maybe<Scalars['String']['output']>;
  /** The measure, e.g. demographic_parity_difference. */
  metric: Scalars['String']['output'];
  /** The sensitive feature whose groups were compared. */
  sensitiveFeature: Scalars['String']['output'];
  /** The measured value, a finite number. */
  value: Scalars['Float']['output'];
};

/** A fairness measurement of the version across the groups of one sensitive feature. */
export type FairnessMetricInput = {
  /** The group, for per-group metrics; absent for a difference across groups. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** The measure, e.g. demographic_parity_difference. */
  metric: Scalars['String']['input'];
  /** The sensitive feature whose groups were compared. */
  sensitiveFeature: Scalars['String']['input'];
  /** The measured value, a finite number. */
  value: Scalars['Float']['input'];
};

/** One column of a dataset version. Which columns hold personal data is DatasetVersion.piiFields. */
export type Feature = {
  __typename?: 'Feature';
  /** Free text about the column. */
  description?: Maybe<Scalars['String']['output']>;
  /** The type of its values. */
  dtype: FeatureDtype;
  /** The column name; drift and explanation baselines match model inputs to it by name. */
  name: Scalars['String']['output'];
  /** What it is for in training. */
  role: FeatureRole;
};

/** One feature's share of the explained output. */
export type FeatureAttribution = {
  __typename?: 'FeatureAttribution';
  /** The feature: an input name, a vector element as name.index, or an image patch as patch[row,col]. */
  feature: Scalars['String']['output'];
  /** The feature holds personal or sensitive data your roles may not see, so its share is withheld. */
  redacted: Scalars['Boolean']['output'];
  /** Null when redacted. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Drift of one input feature or output over the window. */
export type FeatureDrift = {
  __typename?: 'FeatureDrift';
  /** The bins, when the reference is formed and you may see them (binsWithheld says why not); merged where sparse, see DriftBin. */
  bins?: Maybe<Array<DriftBin>>;
  /** Why bins is null though the reference is formed; null when they are shown or have yet to form. */
  binsWithheld?: Maybe<AggregateWithheld>;
  /** The feature (a vector element as name.index, an image as name:mean, an output as output:name). */
  feature: Scalars['String']['output'];
  /** Instances in the window that carried this feature. */
  instances: Scalars['Int']['output'];
  /** Population stability index of the window against the reference; null before any instance, while the reference forms, or when withheld. */
  psi?: Maybe<Scalars['Float']['output']>;
  /** What its live values are compared with. */
  reference: DriftReference;
  /** How far it has moved (STABLE while its figures are withheld for too few instances). */
  status: DriftStatus;
  /** Why psi and bins are not shown to you (TOO_FEW_INSTANCES); null when they are, or have yet to form. */
  withheld?: Maybe<AggregateWithheld>;
};

/** The type of the values of a dataset column. */
export type FeatureDtype =
  /** True or false. */
  | 'BOOL'
  /** 32-bit floating-point numbers. */
  | 'FLOAT32'
  /** 32-bit integers. */
  | 'INT32'
  /** Text; numeric statistics do not apply to it. */
  | 'STRING';

/** A feature's mean |attribution| live and in the reference. */
export type FeatureImportance = {
  __typename?: 'FeatureImportance';
  /** The feature, named as in explanations. */
  feature: Scalars['String']['output'];
  /** Over the sampled live instances of the window; null when redacted or none. */
  live?: Maybe<Scalars['Float']['output']>;
  /** The feature holds personal or sensitive data your roles may not see. */
  redacted: Scalars['Boolean']['output'];
  /** On the reference evaluation's rows; null when redacted or none. */
  reference?: Maybe<Scalars['Float']['output']>;
};

/** What a dataset column is for in training. */
export type FeatureRole =
  /** A model input. */
  | 'FEATURE'
  /** The target the model learns to predict; at most one per dataset version. */
  | 'LABEL'
  /** A protected attribute: used to measure fairness, not as a model input. */
  | 'SENSITIVE';

/** One column of a new dataset version. */
export type FeatureSpecInput = {
  /** Free text, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The type of its values. */
  dtype: FeatureDtype;
  /** Unique within the version; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** The column holds personal data. */
  pii?: Scalars['Boolean']['input'];
  /** What it is for in training; at most one LABEL per version. */
  role?: FeatureRole;
};

/** Reference statistics of one feature of the training data: drift detection and explanation baselines use them. */
export type FeatureStatistics = {
  __typename?: 'FeatureStatistics';
  /** The feature (column) they describe. */
  feature: Scalars['String']['output'];
  /** Histogram of its values. */
  histogram?: Maybe<Histogram>;
  /** Largest value. */
  max?: Maybe<Scalars['Float']['output']>;
  /** Mean of its values (the TRAINING_MEAN baseline). */
  mean?: Maybe<Scalars['Float']['output']>;
  /** Smallest value. */
  min?: Maybe<Scalars['Float']['output']>;
  /** Quantiles of its values; the 0.5 quantile is the TRAINING_MEDIAN baseline. */
  quantiles?: Maybe<Array<Quantile>>;
  /** Standard deviation of its values, zero or more. */
  std?: Maybe<Scalars['Float']['output']>;
};

/** Reference statistics of one feature: drift detection and explanation baselines use them. Each number is optional; none apply to a STRING feature. */
export type FeatureStatisticsInput = {
  /** The feature (column) they describe. */
  feature: Scalars['String']['input'];
  /** Histogram of its values. */
  histogram?: InputMaybe<HistogramInput>;
  /** Largest value. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Mean of its values (the TRAINING_MEAN baseline). */
  mean?: InputMaybe<Scalars['Float']['input']>;
  /** Smallest value. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Quantiles of its values; the 0.5 quantile is the TRAINING_MEDIAN baseline. */
  quantiles?: InputMaybe<Array<QuantileInput>>;
  /** Standard deviation of its values, zero or more. */
  std?: InputMaybe<Scalars['Float']['input']>;
};

/** The end of a run. */
export type FinishRunInput = {
  /** A RUNNING run. */
  runId: Scalars['ID']['input'];
  /** How it ended. */
  status?: FinishedRunStatus;
};

/** How a run ended. */
export type FinishedRunStatus =
  /** It failed. */
  | 'FAILED'
  /** It ended successfully. */
  | 'FINISHED';

/** One gate's verdict on a model version, kept on the version so that reviewers see why. */
export type GateResult = {
  __typename?: 'GateResult';
  /** When it was judged. */
  evaluatedAt: Scalars['DateTimeISO']['output'];
  /** For a gate on measured values: the global id of the evaluation its value came from. */
  evaluationId?: Maybe<Scalars['String']['output']>;
  /** For a gate on measured values: the hex SHA-256 of the rows that evaluation ran on. */
  evaluationSha256?: Maybe<Scalars['String']['output']>;
  /** Which check: loads, modelCard, lineage, noRawPii, or metric:<name> and fairness:<name>, e.g. metric:auc. */
  gate: Scalars['String']['output'];
  /** The measured value, for metric and fairness gates. */
  observed?: Maybe<Scalars['Float']['output']>;
  /** Whether the version passed it. */
  passed: Scalars['Boolean']['output'];
  /** Why it passed or failed, in words. */
  reason: Scalars['String']['output'];
  /** The step it guards. */
  stage: GateStage;
  /** The bound it was held to, for metric and fairness gates. */
  threshold?: Maybe<Scalars['Float']['output']>;
};

/** The step a gate guards: registration (the model loads and runs as its signature says), entering review, or approval. */
export type GateStage =
  /** Approval: approveModelVersion. */
  | 'APPROVE'
  /** Registration: the model runs on zeros shaped as its signature says (the loads gate). */
  | 'REGISTER'
  /** Entering review: submitModelVersionForReview. */
  | 'SUBMIT';

/** The rates of one group of a sensitive feature. */
export type GroupRatesType = {
  __typename?: 'GroupRatesType';
  /** Share of its truly negative rows predicted positive; null without any. */
  falsePositiveRate?: Maybe<Scalars['Float']['output']>;
  /** The group: the sensitive feature's value. */
  group: Scalars['String']['output'];
  /** Rows of the group. */
  rows: Scalars['Int']['output'];
  /** Share of its rows predicted as the positive class. */
  selectionRate: Scalars['Float']['output'];
  /** Share of its truly positive rows predicted positive; null without any. */
  truePositiveRate?: Maybe<Scalars['Float']['output']>;
};

/** A histogram of a feature's values. */
export type Histogram = {
  __typename?: 'Histogram';
  /** Ascending bin edges; one more than counts. */
  binEdges: Array<Scalars['Float']['output']>;
  /** How many values fall in each bin, zero or more. */
  counts: Array<Scalars['Int']['output']>;
};

/** A histogram of a feature's values. */
export type HistogramInput = {
  /** Ascending bin edges; one more than counts. */
  binEdges: Array<Scalars['Float']['input']>;
  /** How many values fall in each bin, zero or more. */
  counts: Array<Scalars['Int']['input']>;
};

/** How the caller identified itself. */
export type IdentityKind =
  /** It sent no credentials. */
  | 'ANONYMOUS'
  /** A client service, by an API key. */
  | 'SERVICE'
  /** A person, by a bearer token (JWT). */
  | 'USER';

/** Why a logged prediction's instances are not shown; instancesSha256 still identifies them. */
export type InstancesWithheld =
  /** The version's training data holds personal data, so the log kept only the instances' digest. */
  | 'DIGEST_ONLY'
  /** Your roles may not read the instances of logged predictions. */
  | 'NOT_PERMITTED'
  /** An input is a feature the version's training data marks personal or sensitive, and your roles may not see those. */
  | 'PERSONAL_DATA';

/** Where a model version stands in governance: DRAFT → IN_REVIEW → APPROVED or REJECTED; APPROVED → DEPRECATED; DEPRECATED or REJECTED → ARCHIVED. */
export type LifecycleState =
  /** Approved by the quorum of reviewers: the only state PRODUCTION routes take. */
  | 'APPROVED'
  /** Put away for good; the last state. */
  | 'ARCHIVED'
  /** Withdrawn from production: PRODUCTION routes no longer take it. */
  | 'DEPRECATED'
  /** Registered, not yet submitted for review. */
  | 'DRAFT'
  /** Passed the submit gates and awaits reviewers; STAGING routes may take it (policies/gates.yaml). */
  | 'IN_REVIEW'
  /** A reviewer rejected it; a fix is registered as a new version. */
  | 'REJECTED';

/** A model version's answers on a deployment measured against the outcomes client services reported, over a window of hours of prediction time: the same measures as an evaluation, computed from aggregates. */
export type LiveQuality = {
  __typename?: 'LiveQuality';
  /** The checks of policies/quality.yaml this version fails now, by this gateway's last judgement. */
  alerts: Array<QualityAlertType>;
  /** Instances the version answered in the window (shadow copies aside). */
  answered: Scalars['Float']['output'];
  /** For classifiers with outcomes. The ROC AUC is read from scores binned in thousandths (ties within a bin count half), and only for up to 32 classes. */
  classification?: Maybe<ClassificationMeasuresType>;
  /** Binary classifiers: per SENSITIVE feature of the training data carried by the instances (as an input, or a field beside the inputs), each group's rates for the second class. */
  fairness: Array<FairnessMeasuresType>;
  /** Of those, instances with a reported outcome. */
  labelled: Scalars['Float']['output'];
  /** The share of answered instances that are labelled; null when none was answered. */
  labelledShare?: Maybe<Scalars['Float']['output']>;
  /** The model version. */
  modelVersionId: Scalars['ID']['output'];
  /** For regressors with outcomes. */
  regression?: Maybe<RegressionMeasuresType>;
  /** The start of the window: whole hours, the current one included. */
  since: Scalars['DateTimeISO']['output'];
  /** Its version number. */
  version: Scalars['Int']['output'];
};

/** Metrics to record on a run. */
export type LogRunMetricsInput = {
  /** A new value replaces the metric of the same name. */
  metrics: Array<MetricInput>;
  /** A RUNNING run. */
  runId: Scalars['ID']['input'];
};

/** The caller, as the gateway sees it. */
export type Me = {
  __typename?: 'Me';
  /** How the caller identified itself. */
  kind: IdentityKind;
  /** The caller's CASL rules, packed (`unpackRules` from @casl/ability/extra reads them), to show or hide actions. */
  permissions: Scalars['JSON']['output'];
  /** The caller's roles of policies/roles.yaml: the token's for a person, service for an API key, anonymous without credentials. */
  roles: Array<Scalars['String']['output']>;
  /** The token's subject for a person, api-key:<prefix> for an API key, anonymous without credentials: what the audit trail and createdBy fields record. */
  subject: Scalars['String']['output'];
  /** The teams the caller belongs to (those that exist), by name. */
  teams: Array<Team>;
};

/** A named number: an evaluation or training metric, e.g. auc. */
export type Metric = {
  __typename?: 'Metric';
  /** The metric's name, e.g. auc or rmse; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['output'];
  /** Its value, a finite number. */
  value: Scalars['Float']['output'];
};

/** A named number: an evaluation or training metric, e.g. auc. */
export type MetricInput = {
  /** The metric's name, e.g. auc or rmse; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** Its value, a finite number. */
  value: Scalars['Float']['input'];
};

/** A named model of a team, published in versions. */
export type Model = Node & {
  __typename?: 'Model';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Free text about the model. */
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Unique among models. */
  name: Scalars['String']['output'];
  /** What it predicts; it decides the gates its versions must pass. */
  taskType: TaskType;
  /** The team that owns it. */
  team: Team;
  /** All versions, by version number unless orderBy says otherwise. */
  versions: Array<ModelVersion>;
};


/** A named model of a team, published in versions. */
export type ModelVersionsArgs = {
  orderBy?: InputMaybe<ModelVersionOrder>;
};

/** What a model version is for and how it was made, for its reviewers and users; the submit gates may require fields of it. */
export type ModelCard = {
  __typename?: 'ModelCard';
  /** Risks and harms considered, and how they were addressed. */
  ethicalConsiderations?: Maybe<Scalars['String']['output']>;
  /** What the model is meant for, and for whom. */
  intendedUse?: Maybe<Scalars['String']['output']>;
  /** Where it should not be used or trusted. */
  limitations?: Maybe<Scalars['String']['output']>;
  /** How it was trained. */
  trainingProcedure?: Maybe<Scalars['String']['output']>;
};

/** What a model version is for and how it was made; each field is free text of at most 10,000 characters. */
export type ModelCardInput = {
  /** Risks and harms considered, and how they were addressed. */
  ethicalConsiderations?: InputMaybe<Scalars['String']['input']>;
  /** What the model is meant for, and for whom. */
  intendedUse?: InputMaybe<Scalars['String']['input']>;
  /** Where it should not be used or trusted. */
  limitations?: InputMaybe<Scalars['String']['input']>;
  /** How it was trained. */
  trainingProcedure?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Model nodes. */
export type ModelConnection = {
  __typename?: 'ModelConnection';
  /** The Model nodes of this page, in order, each with its cursor. */
  edges: Array<ModelEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Model>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Model of a page, with its cursor. */
export type ModelEdge = {
  __typename?: 'ModelEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The Model. */
  node: Model;
};

/** Which models to list; the conditions given must all hold. */
export type ModelFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only the models of these task types. */
  taskTypeIn?: InputMaybe<Array<TaskType>>;
  /** Only the models of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Why a model version takes no traffic: its model broke an inference worker or kept failing. Its deployments answer UNAVAILABLE until an admin releases it. */
export type ModelQuarantine = {
  __typename?: 'ModelQuarantine';
  /** What the model did, in a sentence. */
  reason: Scalars['String']['output'];
  /** When it was quarantined (by this gateway process). */
  since: Scalars['DateTimeISO']['output'];
};

/** One trained version of a model: its artifact, signature and metrics, and where it stands in governance. */
export type ModelVersion = Node & {
  __typename?: 'ModelVersion';
  /** Its model files. */
  artifact: Artifact;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The subject of who registered it. */
  createdBy: Scalars['String']['output'];
  /** Deployments, active or retired, that have a route to it or shadow it. */
  deployments: Array<Deployment>;
  /** Free text about the version. */
  description?: Maybe<Scalars['String']['output']>;
  /** Its evaluation runs, newest first (empty for who may not read evaluations). */
  evaluations: Array<Evaluation>;
  /** Fairness measurements, as registered. */
  fairnessMetrics: Array<FairnessMetric>;
  /** The latest verdict of each gate, for entering review and for approval. */
  gateResults: Array<GateResult>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Where it stands in governance; it decides which deployments may route traffic to it. */
  lifecycleState: LifecycleState;
  /** Evaluation metrics. */
  metrics: Array<Metric>;
  /** The model it is a version of. */
  model: Model;
  /** What it is for and how it was made. */
  modelCard: ModelCard;
  /** What this version answered, newest first by default, as far as your roles may read the prediction log: a time range of at most 31 days (the last 7 by default). Needs read on PredictionLogEntry (data-scientist of the team, reviewer, admin). */
  predictions: PredictionLogEntryConnection;
  /** Set while its model is quarantined (it broke an inference worker or kept failing): every deployment routing to it answers UNAVAILABLE. Null while it serves. */
  quarantine?: Maybe<ModelQuarantine>;
  /** Decisions of reviewers, oldest first. */
  reviews: Array<Review>;
  /** The run that trained this version. */
  run?: Maybe<Run>;
  /** Its named inputs and outputs. */
  signature: Signature;
  /** The dataset versions its run trained on. */
  trainingDatasets: Array<DatasetVersion>;
  /** Numbered from 1 within its model. */
  version: Scalars['Int']['output'];
};


/** One trained version of a model: its artifact, signature and metrics, and where it stands in governance. */
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
  /** The ModelVersion nodes of this page, in order, each with its cursor. */
  edges: Array<ModelVersionEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<ModelVersion>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ModelVersion of a page, with its cursor. */
export type ModelVersionEdge = {
  __typename?: 'ModelVersionEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The ModelVersion. */
  node: ModelVersion;
};

/** A lifecycle step of a model version. */
export type ModelVersionEvent = {
  __typename?: 'ModelVersionEvent';
  /** The mutation, e.g. approveModelVersion. */
  action: Scalars['String']['output'];
  /** The subject of who took the step. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** The version; null when you may not read it. */
  modelVersion?: Maybe<ModelVersion>;
  /** The state the version is in after the step. */
  state: LifecycleState;
};

/** Which model versions to list; the conditions given must all hold. */
export type ModelVersionFilter = {
  /** True: the versions IN_REVIEW that you may review and have not yet: neither registered nor trained by you, and without your decision. */
  awaitingMyReview?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the versions in these states. */
  lifecycleStateIn?: InputMaybe<Array<LifecycleState>>;
  /** Only the versions of this model. */
  modelId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the versions of models of these task types. */
  taskTypeIn?: InputMaybe<Array<TaskType>>;
  /** The team of the version's model. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** How to sort a list: by which field, in which direction. */
export type ModelVersionOrder = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by; ties are broken by id, so cursors stay stable. */
  field?: ModelVersionOrderField;
};

/** What a list of model versions can be sorted by. */
export type ModelVersionOrderField =
  /** By the time they were registered. */
  | 'CREATED_AT'
  /** By version number. */
  | 'VERSION';

/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records an approval; the version becomes APPROVED when the quorum of distinct reviewers is reached. Needs review on ModelVersion (reviewer, admin). FORBIDDEN for whoever registered the version or ran its training; CONFLICT when you already reviewed it or the approve gates fail. */
  approveModelVersion: ModelVersion;
  /** DEPRECATED or REJECTED → ARCHIVED, once no active deployment uses it (CONFLICT until then). Needs archive on ModelVersion (data-scientist of the model's team, admin). */
  archiveModelVersion: ModelVersion;
  /** Stops an evaluation: a queued one at once, a running one before its next batch. FAILED_PRECONDITION once it has ended. */
  cancelEvaluation: Evaluation;
  /** Creates an API key for a client service of a team. Needs create on ApiKey in the team (deployer of the team, admin). */
  createApiKey: CreatedApiKey;
  /** Creates a dataset of a team. Needs create on Dataset in that team (data-scientist of the team, admin); CONFLICT when the name is taken. */
  createDataset: Dataset;
  /** Creates a deployment with its routes. Needs create on Deployment in the team (deployer of the team, admin); CONFLICT when the name is taken or a route's version is in a state the environment does not take. */
  createDeployment: Deployment;
  /** Creates an experiment of a team. Needs create on Experiment in that team (data-scientist of the team, admin); CONFLICT when the name is taken. */
  createExperiment: Experiment;
  /** Creates a model of a team. Needs create on Model in that team (data-scientist of the team, admin); CONFLICT when the name is taken. */
  createModel: Model;
  /** Creates a team. Needs create on Team (admin); CONFLICT when the name is taken. */
  createTeam: Team;
  /** APPROVED → DEPRECATED, once no production route sends it traffic (CONFLICT, naming them, until then). Needs deprecate on ModelVersion (data-scientist of the model's team, admin). */
  deprecateModelVersion: ModelVersion;
  /** Runs a model version on every row of a dataset version's evaluation set, in the background, and measures its answers against the label column (and fairness across each SENSITIVE column's groups). Answers at once, QUEUED; poll it with node(id), or ModelVersion.evaluations. Needs evaluate on the version (data scientists of its team, reviewers, admins) and read on the dataset version. FAILED_PRECONDITION before its rows are uploaded; BAD_USER_INPUT when the rows do not feed every input or label a class the model lacks; UNAVAILABLE when too many are waiting. */
  evaluateModelVersion: Evaluation;
  /** Ends a RUNNING run as FINISHED or FAILED. Needs update on Run (data-scientist of the team, admin); CONFLICT when it has already ended. */
  finishRun: Run;
  /** Records metrics on a RUNNING run; a new value replaces the one of the same name. Needs update on Run (data-scientist of the team, admin); CONFLICT when the run has ended. */
  logRunMetrics: Run;
  /** Reports what actually happened to answered instances, by prediction id: written whole or not at all, and idempotent (the same outcome again changes nothing). Needs predict on the deployment, and every id must name an instance answered to your team there: others are refused alike (NOT_FOUND), whether they exist or not. A different outcome for an id already reported is a CONFLICT unless marked as a correction (audited). For many outcomes, POST JSON Lines to /deployments/{name}/outcomes. */
  recordOutcomes: OutcomeReceipt;
  /** Records a new version of a dataset, numbered after the latest. Needs create on DatasetVersion in the dataset's team (data-scientist of the team, admin). */
  registerDatasetVersion: DatasetVersion;
  /** Records a new DRAFT version of a model, numbered after the latest, once its model runs as its signature says (the loads gate). Needs create on ModelVersion in the model's team (data-scientist of the team, admin). */
  registerModelVersion: ModelVersion;
  /** IN_REVIEW → REJECTED: one rejection ends the review. Needs review on ModelVersion (reviewer, admin), with the separation of duties of approveModelVersion. */
  rejectModelVersion: ModelVersion;
  /** Lets a quarantined version take traffic again once its model is fixed or the cause is understood; recorded in the audit trail. Admins only. */
  releaseModelQuarantine: ModelVersion;
  /** Stops a deployment for good; its name stays taken. Needs update on Deployment (deployer of its team, admin); CONFLICT when it is already retired. */
  retireDeployment: Deployment;
  /** Revokes an API key; requests that send it are refused from now on. Needs delete on ApiKey (deployer of its team, admin); CONFLICT when it is already revoked. */
  revokeApiKey: ApiKey;
  /** Starts a run of an experiment, recording the dataset versions it trains on; you become its owner. Needs create on Run in the experiment's team (data-scientist of the team, admin). */
  startRun: Run;
  /** DRAFT → IN_REVIEW, when the submit gates pass; CONFLICT with the gate results (extensions.gateResults) when not. Needs submit on ModelVersion (data-scientist of the model's team, admin). */
  submitModelVersionForReview: ModelVersion;
  /** Replaces how an active deployment explains its predictions by default. Needs update on Deployment (deployer of its team, admin); CONFLICT when it is retired. */
  updateDeploymentExplanations: Deployment;
  /** Replaces the routes and shadow of an active deployment. Needs update on Deployment (deployer of its team, admin); CONFLICT when it is retired or a version's state does not fit. */
  updateDeploymentRoutes: Deployment;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationApproveModelVersionArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationArchiveModelVersionArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationCancelEvaluationArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationCreateDatasetArgs = {
  input: CreateDatasetInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationCreateDeploymentArgs = {
  input: CreateDeploymentInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationCreateExperimentArgs = {
  input: CreateExperimentInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationCreateModelArgs = {
  input: CreateModelInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationDeprecateModelVersionArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationEvaluateModelVersionArgs = {
  input: EvaluateModelVersionInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationFinishRunArgs = {
  input: FinishRunInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationLogRunMetricsArgs = {
  input: LogRunMetricsInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationRecordOutcomesArgs = {
  deployment: Scalars['String']['input'];
  outcomes: Array<OutcomeInput>;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationRegisterDatasetVersionArgs = {
  input: RegisterDatasetVersionInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationRegisterModelVersionArgs = {
  input: RegisterModelVersionInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationRejectModelVersionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationReleaseModelQuarantineArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationRetireDeploymentArgs = {
  name: Scalars['String']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationStartRunArgs = {
  input: StartRunInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationSubmitModelVersionForReviewArgs = {
  id: Scalars['ID']['input'];
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationUpdateDeploymentExplanationsArgs = {
  input: UpdateDeploymentExplanationsInput;
};


/** What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field. */
export type MutationUpdateDeploymentRoutesArgs = {
  input: UpdateDeploymentRoutesInput;
};

/** How to sort a list: by which field, in which direction. */
export type NamedOrder = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by; ties are broken by id, so cursors stay stable. */
  field?: NamedOrderField;
};

/** What a list of named nodes (teams, datasets, experiments, models, deployments) can be sorted by. */
export type NamedOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By name. */
  | 'NAME';

/** An object with a globally unique id, fetchable with node(id). */
export type Node = {
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
};

/** What actually happened to one answered instance. */
export type OutcomeInput = {
  /** Replaces an outcome reported before with this one (written to the audit trail); without it a different outcome for the same id is a CONFLICT. */
  correction?: InputMaybe<Scalars['Boolean']['input']>;
  /** The true class, for classifiers: one of the version's class labels. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The instance's prediction id, as predict answered it (outputs[].predictionId). */
  predictionId: Scalars['ID']['input'];
  /** The true value, for regressors. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** What a report of outcomes did; it is written whole or not at all. */
export type OutcomeReceipt = {
  __typename?: 'OutcomeReceipt';
  /** Outcomes replaced by corrections. */
  corrected: Scalars['Int']['output'];
  /** Outcomes new to the gateway. */
  recorded: Scalars['Int']['output'];
  /** Outcomes it held already, as reported: sending a report again changes nothing. */
  unchanged: Scalars['Int']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last node of the page; null when it is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Paging forward (first): more nodes follow; ask for them with after: endCursor. Paging backward (last): true when before was given. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Paging backward (last): more nodes precede; ask for them with before: startCursor. Paging forward (first): true when after was given. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first node of the page; null when it is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The answer to a predict request. */
export type Prediction = {
  __typename?: 'Prediction';
  /** The deployment's name, as asked. */
  deployment: Scalars['String']['output'];
  /** Feature attributions per instance, computed only when selected; arguments left out take the deployment's defaults. */
  explanations: Array<Explanation>;
  /** The model version that answered. */
  modelVersionId: Scalars['ID']['output'];
  /** One per instance, in order. */
  outputs: Array<PredictionOutput>;
  /** The number of the version that answered. */
  version: Scalars['Int']['output'];
};


/** The answer to a predict request. */
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
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The deployment that was asked; null when you may not read it. */
  deployment?: Maybe<Deployment>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** How many instances the request held. */
  instanceCount: Scalars['Int']['output'];
  /** The instances as the model took them (objects of named inputs; a tensor as one flat list), the first `first` of them; null when withheld (see instancesWithheld). */
  instances?: Maybe<Array<Scalars['JSON']['output']>>;
  /** Hex HMAC-SHA-256 of the packed input tensors under the gateway's digest key (MODELGATE_DIGEST_KEY): equal inputs give equal digests on gateways sharing the key, and nobody without the key can find the inputs from it. Entries logged before the key was introduced keep their plain SHA-256. */
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
  /** The PredictionLogEntry nodes of this page, in order, each with its cursor. */
  edges: Array<PredictionLogEntryEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<PredictionLogEntry>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PredictionLogEntry of a page, with its cursor. */
export type PredictionLogEntryEdge = {
  __typename?: 'PredictionLogEntryEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The PredictionLogEntry. */
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

/** How to sort a list: by which field, in which direction. */
export type PredictionLogOrder = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by; ties are broken by id, so cursors stay stable. */
  field?: PredictionLogOrderField;
};

/** What a list of logged predictions can be sorted by. */
export type PredictionLogOrderField =
  /** By the time they were answered. */
  | 'CREATED_AT';

/** One instance's answer. */
export type PredictionOutput = {
  __typename?: 'PredictionOutput';
  /** The most likely class, for classifiers. */
  label?: Maybe<Scalars['String']['output']>;
  /** This instance's prediction id, on predict's answers: keep it to report what actually happened (recordOutcomes, POST /deployments/{name}/outcomes). Null in the prediction log's entries. */
  predictionId?: Maybe<Scalars['ID']['output']>;
  /** A score per class, in signature order; for a model with several outputs and no class labels, its values. */
  scores?: Maybe<Array<Scalars['Float']['output']>>;
  /** The prediction of a single-output regressor. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A live quality alert: a version failed a check of policies/quality.yaml. */
export type QualityAlertEvent = {
  __typename?: 'QualityAlertEvent';
  /** The bound it crossed (relative bounds already applied to the evaluation value). */
  bound: Scalars['Float']['output'];
  /** The check's name. */
  check: Scalars['String']['output'];
  /** Labelled instances the value rests on. */
  labelled: Scalars['Int']['output'];
  /** The metric it reads. */
  metric: Scalars['String']['output'];
  /** The live value. */
  value: Scalars['Float']['output'];
  /** The number of the version that failed it. */
  version: Scalars['Int']['output'];
};

/** A live quality check of policies/quality.yaml that a version fails now. */
export type QualityAlertType = {
  __typename?: 'QualityAlertType';
  /** The bound it crossed (relative bounds already applied to the evaluation value). */
  bound: Scalars['Float']['output'];
  /** The check's name. */
  check: Scalars['String']['output'];
  /** Labelled instances the value rests on. */
  labelled: Scalars['Int']['output'];
  /** The metric it reads. */
  metric: Scalars['String']['output'];
  /** The live value. */
  value: Scalars['Float']['output'];
};

/** One quantile of a feature's values. */
export type Quantile = {
  __typename?: 'Quantile';
  /** Between 0 and 1. */
  q: Scalars['Float']['output'];
  /** The value that a share q of the values lies below. */
  value: Scalars['Float']['output'];
};

/** One quantile of a feature's values. */
export type QuantileInput = {
  /** Between 0 and 1. */
  q: Scalars['Float']['input'];
  /** The value that a share q of the values lies below. */
  value: Scalars['Float']['input'];
};

/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type Query = {
  __typename?: 'Query';
  /** The chain as it stands (events, last hash, time), signed under the audit key: keep it outside the database to verify against later. Needs verify on AuditEvent (reviewer, admin). */
  auditCheckpoint: AuditCheckpoint;
  /** The audit trail, in chain order (oldest first unless direction is DESC). Needs read on AuditEvent (reviewer, admin). */
  auditEvents: AuditEventConnection;
  /** Recomputes the hash chain, and each event's seal under the audit key, and reports the first broken link. Needs verify on AuditEvent (reviewer, admin); BAD_USER_INPUT when the checkpoint's signature does not match. */
  auditIntegrity: AuditIntegrity;
  /** A dataset by its global id; NOT_FOUND when it does not exist or you may not read it. */
  dataset: Dataset;
  /** Datasets, a page at a time. */
  datasets: DatasetConnection;
  /** A deployment by its unique name; NOT_FOUND when there is none you may read. */
  deployment: Deployment;
  /** Deployments, a page at a time. */
  deployments: DeploymentConnection;
  /** Experiments, a page at a time. */
  experiments: ExperimentConnection;
  /** Explains a logged prediction again, on the version that answered it, from its stored instances: one explanation per instance (or the one `instance` picks). Seeded, so the same request gives the same attributions; the limits and redaction of predict's explanations apply. Needs the entry's instances (reviewer, admin): FORBIDDEN without them, FAILED_PRECONDITION when the log kept only the instances' digest. */
  explainPrediction: Array<Explanation>;
  /** Who the caller is, its teams and what it may do. Open to every caller, even without credentials. */
  me: Me;
  /** A model by id or by name (exactly one); NOT_FOUND when there is none you may read. */
  model: Model;
  /** A model version by its global id; NOT_FOUND when it does not exist or you may not read it. */
  modelVersion: ModelVersion;
  /** Versions of every model, a page at a time: the review queue is `filter: { awaitingMyReview: true }`. */
  modelVersions: ModelVersionConnection;
  /** Models, a page at a time. */
  models: ModelConnection;
  /** Any node of the graph by its global id. NOT_FOUND when it does not exist or you may not read it; UNAUTHENTICATED (FORBIDDEN when signed in) when your roles read no node of its type; BAD_USER_INPUT for a string that is no global id. */
  node: Node;
  /** Answers instances on a deployment, on a route picked by weight; a shadow version, if any, gets a copy. Needs predict on the deployment (data-scientist or deployer of its team, an API key naming it, admin). NOT_FOUND when there is none you may read, UNAVAILABLE when it is retired or no route takes traffic, LIMIT_EXCEEDED beyond your inference budget, or (HTTP 413) when the answer would be larger than one response may be (MODELGATE_MAX_RESPONSE_BYTES). */
  predict: Prediction;
  /** Runs of all experiments, a page at a time. */
  runs: RunConnection;
  /** Teams, a page at a time. */
  teams: TeamConnection;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryAuditIntegrityArgs = {
  checkpoint?: InputMaybe<AuditCheckpointInput>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryDatasetArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DatasetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryDeploymentArgs = {
  name: Scalars['String']['input'];
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryDeploymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeploymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryExperimentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExperimentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
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


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryModelArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryModelVersionArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryModelVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelVersionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ModelVersionOrder>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ModelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryPredictArgs = {
  deployment: Scalars['String']['input'];
  instances: Array<Scalars['JSON']['input']>;
  routingKey?: InputMaybe<Scalars['String']['input']>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RunOrder>;
};


/** What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED. */
export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};

/** A new version of a dataset. */
export type RegisterDatasetVersionInput = {
  /** Required when a feature is PII; NOT_APPLICABLE when none is. */
  anonymization?: InputMaybe<AnonymizationStatus>;
  /** The dataset. */
  datasetId: Scalars['ID']['input'];
  /** Its columns: 1 to 10,000, with unique names and at most one LABEL. */
  features: Array<FeatureSpecInput>;
  /** Where the data lives, as a URI (s3://, gs://, file:, https://…), at most 2048 characters. */
  location: Scalars['String']['input'];
  /** Number of rows, zero or more. */
  rowCount: Scalars['SafeInt']['input'];
  /** Hex SHA-256 of the data: 64 hexadecimal digits. */
  sha256: Scalars['String']['input'];
  /** Reference statistics of some or all of its features, one entry per feature at most. */
  statistics?: Array<FeatureStatisticsInput>;
};

/** A new version of a model. */
export type RegisterModelVersionInput = {
  /** The uploaded files: uploaded by you or your team, or used by a version you may read (BAD_USER_INPUT otherwise). */
  artifact: ArtifactInput;
  /** Free text, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Fairness measurements, one per measure, sensitive feature and group. */
  fairnessMetrics?: Array<FairnessMetricInput>;
  /** Evaluation metrics, with unique names. */
  metrics?: Array<MetricInput>;
  /** What it is for and how it was made. */
  modelCard?: InputMaybe<ModelCardInput>;
  /** The model. */
  modelId: Scalars['ID']['input'];
  /** The run that trained it, which must be FINISHED (CONFLICT while it runs, or when it failed); its dataset versions become the lineage. */
  runId?: InputMaybe<Scalars['ID']['input']>;
  /** Its inputs and outputs; a model that does not run as they say is refused (BAD_USER_INPUT). */
  signature: SignatureInput;
};

/** A regressor's measures on an evaluation set. */
export type RegressionMeasuresType = {
  __typename?: 'RegressionMeasuresType';
  /** Mean absolute error. */
  mae: Scalars['Float']['output'];
  /** Coefficient of determination; null when every label is the same. */
  r2?: Maybe<Scalars['Float']['output']>;
  /** Root mean squared error. */
  rmse: Scalars['Float']['output'];
};

/** One reviewer's decision on a version under review; a reviewer counts once. */
export type Review = Node & {
  __typename?: 'Review';
  /** The approval's comment or the rejection's reason. */
  comment: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Approve or reject. */
  decision: ReviewDecision;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** The subject of the reviewer. */
  reviewer: Scalars['String']['output'];
};

/** A reviewer's decision on a model version. */
export type ReviewDecision =
  /** Approved: it counts towards the quorum of policies/gates.yaml. */
  | 'APPROVE'
  /** Rejected: it ends the review. */
  | 'REJECT';

/** A share of traffic for one model version. */
export type RouteInput = {
  /** A version in a state the deployment's environment takes (CONFLICT otherwise). */
  modelVersionId: Scalars['ID']['input'];
  /** Percent of traffic, 0 to 100; the routes add up to 100. */
  weight: Scalars['Int']['input'];
};

/** One training run of an experiment: its parameters, metrics and the data it trained on. */
export type Run = Node & {
  __typename?: 'Run';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The dataset versions the run trained on. */
  datasetVersions: Array<DatasetVersion>;
  /** The experiment it belongs to. */
  experiment: Experiment;
  /** When finishRun ended it; null while it is RUNNING. */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** The latest value logged for each metric. */
  metrics: Array<Metric>;
  /** Model versions registered from this run. */
  modelVersions: Array<ModelVersion>;
  /** Its name, if it was given one. */
  name?: Maybe<Scalars['String']['output']>;
  /** Who started the run. */
  owner: Scalars['String']['output'];
  /** Raw parameters; null with a FORBIDDEN error for roles that may not see them. */
  params?: Maybe<Array<RunParam>>;
  /** RUNNING until finishRun ends it. */
  status: RunStatus;
};

/** A page of Run nodes. */
export type RunConnection = {
  __typename?: 'RunConnection';
  /** The Run nodes of this page, in order, each with its cursor. */
  edges: Array<RunEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Run>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Run of a page, with its cursor. */
export type RunEdge = {
  __typename?: 'RunEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The Run. */
  node: Run;
};

/** Which runs to list; the conditions given must all hold. */
export type RunFilter = {
  /** Only the runs of this experiment. */
  experimentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the runs this subject started. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Only the runs in these states. */
  statusIn?: InputMaybe<Array<RunStatus>>;
};

/** How to sort a list: by which field, in which direction. */
export type RunOrder = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The field to sort by; ties are broken by id, so cursors stay stable. */
  field?: RunOrderField;
};

/** What a list of runs can be sorted by. */
export type RunOrderField =
  /** By the time the run started. */
  | 'CREATED_AT';

/** One training parameter of a run, as text. */
export type RunParam = {
  __typename?: 'RunParam';
  /** The parameter's name, unique within the run; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  key: Scalars['String']['output'];
  /** Its value, as text of at most 10,000 characters. */
  value: Scalars['String']['output'];
};

/** One training parameter of a run, as text. */
export type RunParamInput = {
  /** The parameter's name, unique within the run; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  key: Scalars['String']['input'];
  /** Its value, as text of at most 10,000 characters. */
  value: Scalars['String']['input'];
};

/** Where a training run stands. */
export type RunStatus =
  /** Ended in failure. */
  | 'FAILED'
  /** Ended successfully. */
  | 'FINISHED'
  /** Started and not yet finished: metrics can still be logged. */
  | 'RUNNING';

/** Who may see a dataset, from everyone to its own team only. */
export type Sensitivity =
  /** Confidential data. The shipped roles keep it to its own team (and to reviewers and admins). */
  | 'CONFIDENTIAL'
  /** Internal data, the default. The shipped roles let every team read it. */
  | 'INTERNAL'
  /** Public data. The shipped roles let every team read it. */
  | 'PUBLIC'
  /** The most sensitive data. The shipped roles keep it to its own team (and to reviewers and admins). */
  | 'RESTRICTED';

/** How a model version is called: its named inputs and outputs. */
export type Signature = {
  __typename?: 'Signature';
  /** Names of the output classes, in output order: unique, 1 to 100 characters each. */
  classLabels: Array<Scalars['String']['output']>;
  /** What each instance gives, by name; at least one. */
  inputs: Array<TensorSpec>;
  /** The model's outputs, at least one; predictions are read from the first. */
  outputs: Array<TensorSpec>;
};

/** How a model version is called: its named inputs and outputs. At registration the model must run on zeros shaped like the inputs and answer in the shapes and types of the outputs. */
export type SignatureInput = {
  /** Names of the output classes, in output order: unique, 1 to 100 characters each. */
  classLabels?: Array<Scalars['String']['input']>;
  /** What each instance gives, by name; at least one. */
  inputs: Array<TensorSpecInput>;
  /** The model's outputs, at least one; predictions are read from the first. */
  outputs: Array<TensorSpecInput>;
};

/** The order of a sorted list. */
export type SortDirection =
  /** Ascending: oldest, lowest or first in the alphabet first. */
  | 'ASC'
  /** Descending: newest, highest or last in the alphabet first. */
  | 'DESC';

/** A new run of an experiment. */
export type StartRunInput = {
  /** The dataset versions the run trains on. */
  datasetVersionIds?: Array<Scalars['ID']['input']>;
  /** The experiment it belongs to. */
  experimentId: Scalars['ID']['input'];
  /** Optional; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Its training parameters, with unique keys. */
  params?: Array<RunParamInput>;
};

/** Events pushed over a WebSocket at /graphql (the graphql-ws protocol), raised by any gateway sharing the database. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Changes to a deployment (routes, explanation defaults, retirement) and drift alerts on it, from any gateway sharing the database. Needs read on the deployment (NOT_FOUND otherwise), checked again at each event. */
  deploymentEvents: DeploymentEvent;
  /** Lifecycle steps of the versions of a model, from any gateway sharing the database. Needs read on the model (NOT_FOUND otherwise), checked again at each event. */
  modelVersionEvents: ModelVersionEvent;
};


/** Events pushed over a WebSocket at /graphql (the graphql-ws protocol), raised by any gateway sharing the database. */
export type SubscriptionDeploymentEventsArgs = {
  name: Scalars['String']['input'];
};


/** Events pushed over a WebSocket at /graphql (the graphql-ws protocol), raised by any gateway sharing the database. */
export type SubscriptionModelVersionEventsArgs = {
  modelId: Scalars['ID']['input'];
};

/** What a model predicts; it decides which gates of policies/gates.yaml its versions must pass. */
export type TaskType =
  /** Assigns one of several classes to tabular input. */
  | 'CLASSIFICATION'
  /** Assigns a class to an image. */
  | 'IMAGE_CLASSIFICATION'
  /** Predicts a number. */
  | 'REGRESSION';

/** A team: it owns datasets, experiments, models, deployments and API keys. People belong to the teams their token names. */
export type Team = Node & {
  __typename?: 'Team';
  /** The team's API keys, revoked ones too, a page at a time, for whoever may manage them: needs read on ApiKey in the team (deployer of the team, admin); other roles get FORBIDDEN, a deployer of another team an empty list. A key's secret is never shown again, nor its hash. */
  apiKeys: ApiKeyConnection;
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Free text about the team. */
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque id. */
  id: Scalars['ID']['output'];
  /** Unique among teams. */
  name: Scalars['String']['output'];
};


/** A team: it owns datasets, experiments, models, deployments and API keys. People belong to the teams their token names. */
export type TeamApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NamedOrder>;
};

/** A page of Team nodes. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  /** The Team nodes of this page, in order, each with its cursor. */
  edges: Array<TeamEdge>;
  /** The nodes of edges, for clients that need no cursors. */
  nodes: Array<Team>;
  /** Whether more pages follow or precede, and the cursors at the ends of this one. */
  pageInfo: PageInfo;
  /** Number of nodes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Team of a page, with its cursor. */
export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** Opaque cursor of this edge, for after/before. */
  cursor: Scalars['String']['output'];
  /** The Team. */
  node: Team;
};

/** Which teams to list. */
export type TeamFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** The type of the values of a model's input or output. */
export type TensorDtype =
  /** True or false. */
  | 'BOOL'
  /** 32-bit floating-point numbers. */
  | 'FLOAT32'
  /** 32-bit integers. */
  | 'INT32';

/** One named input or output of a model: a scalar feature has shape [], an image e.g. [28, 28, 1]. */
export type TensorSpec = {
  __typename?: 'TensorSpec';
  /** The type of its values. */
  dtype: TensorDtype;
  /** Its name, unique among the inputs (or the outputs); instances name inputs by it. 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['output'];
  /** Dimensions of one instance, without the batch dimension. */
  shape: Array<Scalars['Int']['output']>;
};

/** One named input or output of a model: a scalar feature has shape [], an image e.g. [28, 28, 1]. */
export type TensorSpecInput = {
  /** The type of its values. */
  dtype: TensorDtype;
  /** Its name, unique among the inputs (or the outputs); instances name inputs by it. 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** Dimensions of one instance, without the batch dimension. */
  shape: Array<Scalars['Int']['input']>;
};

/** New explanation defaults for a deployment. */
export type UpdateDeploymentExplanationsInput = {
  /** Replaces the defaults; what is left out takes the gateway default. */
  explanationDefaults: ExplanationDefaultsInput;
  /** The deployment's name. */
  name: Scalars['String']['input'];
};

/** New routes (and shadow) for a deployment, replacing all of the current ones. */
export type UpdateDeploymentRoutesInput = {
  /** The deployment's name. */
  name: Scalars['String']['input'];
  /** The new routes: 1 to 10, to distinct versions, with weights adding up to 100. */
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
  /** The fewest instances a window (and a feature) must hold for you to see its figures, and each bin shown holds at least minCountPerBin of (policies/drift.yaml); null when no minimum applies to you (you may read the deployment's logged instances). */
  minCountToShow?: Maybe<Scalars['Int']['output']>;
  /** The version's global id. */
  modelVersionId: Scalars['ID']['output'];
  /** Outputs (the predicted class, or the value), the most drifted first. */
  outputs: Array<FeatureDrift>;
  /** Its version number. */
  version: Scalars['Int']['output'];
  /** Minutes the window spans. */
  windowMinutes: Scalars['Int']['output'];
  /** TOO_FEW_INSTANCES when the window holds fewer than minCountToShow instances and you may not read the deployment's logged instances: then no feature shows its psi or bins. Null when shown. */
  withheld?: Maybe<AggregateWithheld>;
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
    | { __typename?: 'Evaluation', id: string }
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
    | { __typename?: 'Evaluation', id: string }
    | { __typename?: 'Experiment', id: string }
    | { __typename?: 'Model', id: string }
    | { __typename?: 'ModelVersion', id: string }
    | { __typename?: 'PredictionLogEntry', id: string }
    | { __typename?: 'Review', id: string }
    | { __typename?: 'Run', id: string }
    | { __typename?: 'Team', id: string }
   };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, deploymentNames: Array<string>, createdBy: string, createdAt: string, revokedAt?: string | null };

export type TeamApiKeysQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  orderBy?: InputMaybe<NamedOrder>;
}>;


export type TeamApiKeysQuery = { __typename?: 'Query', node:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Dataset', id: string }
    | { __typename: 'DatasetVersion', id: string }
    | { __typename: 'Deployment', id: string }
    | { __typename: 'Evaluation', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'ModelVersion', id: string }
    | { __typename: 'PredictionLogEntry', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'Run', id: string }
    | { __typename: 'Team', name: string, id: string, apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, nodes: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, deploymentNames: Array<string>, createdBy: string, createdAt: string, revokedAt?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } }
   };

export type TeamsWithApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  keys?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TeamsWithApiKeysQuery = { __typename?: 'Query', teams: { __typename?: 'TeamConnection', nodes: Array<{ __typename?: 'Team', name: string, apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, nodes: Array<{ __typename?: 'ApiKey', name: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean } } }> } };

export type TeamApiKeyIdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamApiKeyIdsQuery = { __typename?: 'Query', node:
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Dataset' }
    | { __typename: 'DatasetVersion' }
    | { __typename: 'Deployment' }
    | { __typename: 'Evaluation' }
    | { __typename: 'Experiment' }
    | { __typename: 'Model' }
    | { __typename: 'ModelVersion' }
    | { __typename: 'PredictionLogEntry' }
    | { __typename: 'Review' }
    | { __typename: 'Run' }
    | { __typename: 'Team', apiKeys: { __typename?: 'ApiKeyConnection', nodes: Array<{ __typename?: 'ApiKey', id: string }> } }
   };

export type DatasetVersionFieldsFragment = { __typename?: 'DatasetVersion', id: string, version: number, location: string, sha256: string, rowCount: number, evaluationRows?: number | null, containsPii: boolean, anonymization: AnonymizationStatus, features: Array<{ __typename?: 'Feature', name: string, dtype: FeatureDtype, role: FeatureRole }>, statistics: Array<{ __typename?: 'FeatureStatistics', feature: string, mean?: number | null, std?: number | null, quantiles?: Array<{ __typename?: 'Quantile', q: number, value: number }> | null, histogram?: { __typename?: 'Histogram', binEdges: Array<number>, counts: Array<number> } | null }> };

export type CreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type CreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string, name: string, sensitivity: Sensitivity, team: { __typename?: 'Team', id: string, name: string } } };

export type RegisterDatasetVersionMutationVariables = Exact<{
  input: RegisterDatasetVersionInput;
}>;


export type RegisterDatasetVersionMutation = { __typename?: 'Mutation', registerDatasetVersion: { __typename?: 'DatasetVersion', id: string, version: number, location: string, sha256: string, rowCount: number, evaluationRows?: number | null, containsPii: boolean, anonymization: AnonymizationStatus, dataset: { __typename?: 'Dataset', id: string, name: string }, features: Array<{ __typename?: 'Feature', name: string, dtype: FeatureDtype, role: FeatureRole }>, statistics: Array<{ __typename?: 'FeatureStatistics', feature: string, mean?: number | null, std?: number | null, quantiles?: Array<{ __typename?: 'Quantile', q: number, value: number }> | null, histogram?: { __typename?: 'Histogram', binEdges: Array<number>, counts: Array<number> } | null }> } };

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


export type DatasetLineageQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, versions: Array<{ __typename?: 'DatasetVersion', id: string, version: number, location: string, sha256: string, rowCount: number, evaluationRows?: number | null, containsPii: boolean, anonymization: AnonymizationStatus, runs: Array<{ __typename?: 'Run', id: string, name?: string | null }>, modelVersions: Array<{ __typename?: 'ModelVersion', id: string, version: number, model: { __typename?: 'Model', name: string } }>, deployments: Array<{ __typename?: 'Deployment', id: string, name: string }>, features: Array<{ __typename?: 'Feature', name: string, dtype: FeatureDtype, role: FeatureRole }>, statistics: Array<{ __typename?: 'FeatureStatistics', feature: string, mean?: number | null, std?: number | null, quantiles?: Array<{ __typename?: 'Quantile', q: number, value: number }> | null, histogram?: { __typename?: 'Histogram', binEdges: Array<number>, counts: Array<number> } | null }> }> } };

export type DatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, sensitivity: Sensitivity } };

export type DatasetVersionEvaluationRowsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DatasetVersionEvaluationRowsQuery = { __typename?: 'Query', node:
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'Dataset', id: string }
    | { __typename?: 'DatasetVersion', rowCount: number, evaluationRows?: number | null, id: string }
    | { __typename?: 'Deployment', id: string }
    | { __typename?: 'Evaluation', id: string }
    | { __typename?: 'Experiment', id: string }
    | { __typename?: 'Model', id: string }
    | { __typename?: 'ModelVersion', id: string }
    | { __typename?: 'PredictionLogEntry', id: string }
    | { __typename?: 'Review', id: string }
    | { __typename?: 'Run', id: string }
    | { __typename?: 'Team', id: string }
   };

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


export type DeploymentDriftQuery = { __typename?: 'Query', deployment: { __typename?: 'Deployment', drift: Array<{ __typename?: 'VersionDrift', modelVersionId: string, version: number, windowMinutes: number, instances: number, withheld?: AggregateWithheld | null, minCountToShow?: number | null, alerting: boolean, inputs: Array<{ __typename?: 'FeatureDrift', feature: string, reference: DriftReference, psi?: number | null, status: DriftStatus, instances: number, withheld?: AggregateWithheld | null, binsWithheld?: AggregateWithheld | null, bins?: Array<{ __typename?: 'DriftBin', lower?: number | null, upper?: number | null, expected: number, observed: number, referenceBins: number }> | null }>, outputs: Array<{ __typename?: 'FeatureDrift', feature: string, reference: DriftReference, psi?: number | null, status: DriftStatus, instances: number, withheld?: AggregateWithheld | null, binsWithheld?: AggregateWithheld | null, bins?: Array<{ __typename?: 'DriftBin', lower?: number | null, upper?: number | null, expected: number, observed: number, referenceBins: number }> | null }> }> } };

export type FeatureDriftFieldsFragment = { __typename?: 'FeatureDrift', feature: string, reference: DriftReference, psi?: number | null, status: DriftStatus, instances: number, withheld?: AggregateWithheld | null, binsWithheld?: AggregateWithheld | null, bins?: Array<{ __typename?: 'DriftBin', lower?: number | null, upper?: number | null, expected: number, observed: number, referenceBins: number }> | null };

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

export type ModelVersionsTwoWaysQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  one?: InputMaybe<ModelVersionOrder>;
  other?: InputMaybe<ModelVersionOrder>;
}>;


export type ModelVersionsTwoWaysQuery = { __typename?: 'Query', model: { __typename?: 'Model', one: Array<{ __typename?: 'ModelVersion', version: number }>, other: Array<{ __typename?: 'ModelVersion', version: number }> } };

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

export type ModelVersionQuarantineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModelVersionQuarantineQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', id: string, quarantine?: { __typename?: 'ModelQuarantine', reason: string, since: string } | null } };

export type ReleaseModelQuarantineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReleaseModelQuarantineMutation = { __typename?: 'Mutation', releaseModelQuarantine: { __typename?: 'ModelVersion', id: string, quarantine?: { __typename?: 'ModelQuarantine', reason: string } | null } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node:
    | { __typename: 'ApiKey', id: string, createdAt: string }
    | { __typename: 'AuditEvent', id: string, createdAt: string }
    | { __typename: 'Dataset', name: string, id: string, createdAt: string }
    | { __typename: 'DatasetVersion', version: number, id: string, createdAt: string }
    | { __typename: 'Deployment', name: string, id: string, createdAt: string }
    | { __typename: 'Evaluation', id: string, createdAt: string }
    | { __typename: 'Experiment', name: string, id: string, createdAt: string }
    | { __typename: 'Model', name: string, id: string, createdAt: string }
    | { __typename: 'ModelVersion', version: number, id: string, createdAt: string }
    | { __typename: 'PredictionLogEntry', id: string, createdAt: string }
    | { __typename: 'Review', id: string, createdAt: string }
    | { __typename: 'Run', status: RunStatus, id: string, createdAt: string }
    | { __typename: 'Team', name: string, id: string, createdAt: string }
   };

export type RecordOutcomesMutationVariables = Exact<{
  deployment: Scalars['String']['input'];
  outcomes: Array<OutcomeInput> | OutcomeInput;
}>;


export type RecordOutcomesMutation = { __typename?: 'Mutation', recordOutcomes: { __typename?: 'OutcomeReceipt', recorded: number, unchanged: number, corrected: number } };

export type DeploymentQualityQueryVariables = Exact<{
  name: Scalars['String']['input'];
  hours?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeploymentQualityQuery = { __typename?: 'Query', deployment: { __typename?: 'Deployment', id: string, quality: Array<{ __typename?: 'LiveQuality', modelVersionId: string, version: number, since: string, answered: number, labelled: number, labelledShare?: number | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number, perClass: Array<{ __typename?: 'ClassMeasuresType', label: string, precision: number, recall: number, f1: number, support: number }> } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }>, alerts: Array<{ __typename?: 'QualityAlertType', check: string, metric: string, value: number, bound: number, labelled: number }> }> } };

export type DeploymentAttributionDriftQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type DeploymentAttributionDriftQuery = { __typename?: 'Query', deployment: { __typename?: 'Deployment', id: string, attributionDrift: Array<{ __typename?: 'AttributionDriftType', modelVersionId: string, version: number, explained: number, ndcg?: number | null, bound: number, alerting: boolean, referenceEvaluationId?: string | null, features: Array<{ __typename?: 'FeatureImportance', feature: string, live?: number | null, reference?: number | null, redacted: boolean }> }> } };

export type PredictQueryVariables = Exact<{
  deployment: Scalars['String']['input'];
  instances: Array<Scalars['JSON']['input']> | Scalars['JSON']['input'];
  routingKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type PredictQuery = { __typename?: 'Query', predict: { __typename?: 'Prediction', deployment: string, modelVersionId: string, version: number, outputs: Array<{ __typename?: 'PredictionOutput', label?: string | null, scores?: Array<number> | null, value?: number | null, predictionId?: string | null }> } };

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

export type ModelVersionsWithPredictionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  predictions?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ModelVersionsWithPredictionsQuery = { __typename?: 'Query', modelVersions: { __typename?: 'ModelVersionConnection', nodes: Array<{ __typename?: 'ModelVersion', id: string, predictions: { __typename?: 'PredictionLogEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'PredictionLogEntry', id: string, modelVersion: { __typename?: 'ModelVersion', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } }> } };

export type EvaluationFieldsFragment = { __typename?: 'Evaluation', id: string, status: EvaluationStatus, rows: number, rowsDone: number, datasetSha256: string, positiveLabel?: string | null, error?: string | null, createdBy: string, finishedAt?: string | null, modelVersion: { __typename?: 'ModelVersion', id: string, version: number }, datasetVersion?: { __typename?: 'DatasetVersion', id: string } | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number, perClass: Array<{ __typename?: 'ClassMeasuresType', label: string, precision: number, recall: number, f1: number, support: number }> } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }> };

export type EvaluateModelVersionMutationVariables = Exact<{
  input: EvaluateModelVersionInput;
}>;


export type EvaluateModelVersionMutation = { __typename?: 'Mutation', evaluateModelVersion: { __typename?: 'Evaluation', id: string, status: EvaluationStatus, rows: number, rowsDone: number, datasetSha256: string, positiveLabel?: string | null, error?: string | null, createdBy: string, finishedAt?: string | null, modelVersion: { __typename?: 'ModelVersion', id: string, version: number }, datasetVersion?: { __typename?: 'DatasetVersion', id: string } | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number, perClass: Array<{ __typename?: 'ClassMeasuresType', label: string, precision: number, recall: number, f1: number, support: number }> } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }> } };

export type CancelEvaluationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelEvaluationMutation = { __typename?: 'Mutation', cancelEvaluation: { __typename?: 'Evaluation', id: string, status: EvaluationStatus, rows: number, rowsDone: number, datasetSha256: string, positiveLabel?: string | null, error?: string | null, createdBy: string, finishedAt?: string | null, modelVersion: { __typename?: 'ModelVersion', id: string, version: number }, datasetVersion?: { __typename?: 'DatasetVersion', id: string } | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number, perClass: Array<{ __typename?: 'ClassMeasuresType', label: string, precision: number, recall: number, f1: number, support: number }> } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }> } };

export type EvaluationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvaluationQuery = { __typename?: 'Query', node:
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'Dataset' }
    | { __typename?: 'DatasetVersion' }
    | { __typename?: 'Deployment' }
    | { __typename?: 'Evaluation', id: string, status: EvaluationStatus, rows: number, rowsDone: number, datasetSha256: string, positiveLabel?: string | null, error?: string | null, createdBy: string, finishedAt?: string | null, modelVersion: { __typename?: 'ModelVersion', id: string, version: number }, datasetVersion?: { __typename?: 'DatasetVersion', id: string } | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number, perClass: Array<{ __typename?: 'ClassMeasuresType', label: string, precision: number, recall: number, f1: number, support: number }> } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }> }
    | { __typename?: 'Experiment' }
    | { __typename?: 'Model' }
    | { __typename?: 'ModelVersion' }
    | { __typename?: 'PredictionLogEntry' }
    | { __typename?: 'Review' }
    | { __typename?: 'Run' }
    | { __typename?: 'Team' }
   };

export type ModelVersionEvaluationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModelVersionEvaluationsQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', id: string, evaluations: Array<{ __typename?: 'Evaluation', id: string, status: EvaluationStatus, rows: number, rowsDone: number, datasetSha256: string, positiveLabel?: string | null, error?: string | null, createdBy: string, finishedAt?: string | null, modelVersion: { __typename?: 'ModelVersion', id: string, version: number }, datasetVersion?: { __typename?: 'DatasetVersion', id: string } | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number, perClass: Array<{ __typename?: 'ClassMeasuresType', label: string, precision: number, recall: number, f1: number, support: number }> } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }> }>, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluationId?: string | null, evaluationSha256?: string | null }> } };

export type ReviewModelFieldsFragment = { __typename?: 'Model', name: string, taskType: TaskType, team: { __typename?: 'Team', name: string } };

export type ReviewEvaluationFieldsFragment = { __typename?: 'Evaluation', id: string, status: EvaluationStatus, createdAt: string, createdBy: string, finishedAt?: string | null, error?: string | null, rows: number, rowsDone: number, datasetSha256: string, positiveLabel?: string | null, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, datasetVersion?: { __typename?: 'DatasetVersion', version: number, dataset: { __typename?: 'Dataset', name: string } } | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number, perClass: Array<{ __typename?: 'ClassMeasuresType', label: string, precision: number, recall: number, f1: number, support: number }> } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }> };

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


export type ReviewVersionQuery = { __typename?: 'Query', modelVersion: { __typename?: 'ModelVersion', id: string, version: number, description?: string | null, lifecycleState: LifecycleState, createdBy: string, createdAt: string, model: { __typename?: 'Model', name: string, taskType: TaskType, team: { __typename?: 'Team', name: string } }, artifact: { __typename?: 'Artifact', format: ArtifactFormat, sha256: string, sizeBytes: number }, signature: { __typename?: 'Signature', classLabels: Array<string>, inputs: Array<{ __typename?: 'TensorSpec', name: string, dtype: TensorDtype, shape: Array<number> }> }, modelCard: { __typename?: 'ModelCard', intendedUse?: string | null, limitations?: string | null, ethicalConsiderations?: string | null, trainingProcedure?: string | null }, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, fairnessMetrics: Array<{ __typename?: 'FairnessMetric', metric: string, sensitiveFeature: string, group?: string | null, value: number }>, gateResults: Array<{ __typename?: 'GateResult', gate: string, stage: GateStage, passed: boolean, observed?: number | null, threshold?: number | null, reason: string, evaluatedAt: string, evaluationId?: string | null, evaluationSha256?: string | null }>, evaluations: Array<{ __typename?: 'Evaluation', id: string, status: EvaluationStatus, createdAt: string, createdBy: string, finishedAt?: string | null, error?: string | null, rows: number, rowsDone: number, datasetSha256: string, positiveLabel?: string | null, metrics: Array<{ __typename?: 'Metric', name: string, value: number }>, datasetVersion?: { __typename?: 'DatasetVersion', version: number, dataset: { __typename?: 'Dataset', name: string } } | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number, perClass: Array<{ __typename?: 'ClassMeasuresType', label: string, precision: number, recall: number, f1: number, support: number }> } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }> }>, run?: { __typename?: 'Run', name?: string | null, owner: string, status: RunStatus, experiment: { __typename?: 'Experiment', name: string } } | null, trainingDatasets: Array<{ __typename?: 'DatasetVersion', id: string, version: number, dataset: { __typename?: 'Dataset', name: string, sensitivity: Sensitivity } }>, deployments: Array<{ __typename?: 'Deployment', name: string, environment: Environment, status: DeploymentStatus, quality: Array<{ __typename?: 'LiveQuality', modelVersionId: string, since: string, answered: number, labelled: number, labelledShare?: number | null, classification?: { __typename?: 'ClassificationMeasuresType', accuracy: number, logLoss: number, rocAuc?: number | null, expectedCalibrationError: number } | null, regression?: { __typename?: 'RegressionMeasuresType', rmse: number, mae: number, r2?: number | null } | null, fairness: Array<{ __typename?: 'FairnessMeasuresType', sensitiveFeature: string, positiveLabel: string, demographicParityDifference: number, demographicParityRatio?: number | null, equalOpportunityDifference?: number | null, equalizedOddsDifference?: number | null, groups: Array<{ __typename?: 'GroupRatesType', group: string, rows: number, selectionRate: number, truePositiveRate?: number | null, falsePositiveRate?: number | null }> }>, alerts: Array<{ __typename?: 'QualityAlertType', check: string, metric: string, value: number, bound: number, labelled: number }> }> }>, reviews: Array<{ __typename?: 'Review', reviewer: string, decision: ReviewDecision, comment: string, createdAt: string }> } };

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

export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentNames"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const DatasetVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRows"}},{"kind":"Field","name":{"kind":"Name","value":"containsPii"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"std"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"q"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binEdges"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetVersionFieldsFragment, unknown>;
export const DeploymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeploymentFieldsFragment, unknown>;
export const FeatureDriftFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureDriftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureDrift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"psi"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"bins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"referenceBins"}}]}},{"kind":"Field","name":{"kind":"Name","value":"binsWithheld"}}]}}]} as unknown as DocumentNode<FeatureDriftFieldsFragment, unknown>;
export const RunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RunFieldsFragment, unknown>;
export const GovernanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<GovernanceFieldsFragment, unknown>;
export const ModelVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairnessMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intendedUse"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}}]}}]}}]} as unknown as DocumentNode<ModelVersionFieldsFragment, unknown>;
export const ExplanationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Explanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtInput"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"completenessGap"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"heatmap"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]} as unknown as DocumentNode<ExplanationFieldsFragment, unknown>;
export const PredictionLogEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionLogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shadow"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"instancesSha256"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"instancesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PredictionLogEntryFieldsFragment, unknown>;
export const EvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSha256"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}}]}}]} as unknown as DocumentNode<EvaluationFieldsFragment, unknown>;
export const ReviewModelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewModelFieldsFragment, unknown>;
export const ReviewEvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSha256"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}}]}}]} as unknown as DocumentNode<ReviewEvaluationFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentNames"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RunParamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunParams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunParamsQuery, RunParamsQueryVariables>;
export const DatasetVersionPiiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetVersionPii"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"piiFields"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetVersionPiiQuery, DatasetVersionPiiQueryVariables>;
export const TeamApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentNames"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<TeamApiKeysQuery, TeamApiKeysQueryVariables>;
export const TeamsWithApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsWithApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamsWithApiKeysQuery, TeamsWithApiKeysQueryVariables>;
export const TeamApiKeyIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamApiKeyIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamApiKeyIdsQuery, TeamApiKeyIdsQueryVariables>;
export const CreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDatasetMutation, CreateDatasetMutationVariables>;
export const RegisterDatasetVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDatasetVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDatasetVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDatasetVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRows"}},{"kind":"Field","name":{"kind":"Name","value":"containsPii"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"std"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"q"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binEdges"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDatasetVersionMutation, RegisterDatasetVersionMutationVariables>;
export const DatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Datasets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetsQuery, DatasetsQueryVariables>;
export const DatasetLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRows"}},{"kind":"Field","name":{"kind":"Name","value":"containsPii"}},{"kind":"Field","name":{"kind":"Name","value":"anonymization"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"std"}},{"kind":"Field","name":{"kind":"Name","value":"quantiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"q"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"binEdges"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetLineageQuery, DatasetLineageQueryVariables>;
export const DatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}}]} as unknown as DocumentNode<DatasetQuery, DatasetQueryVariables>;
export const DatasetVersionEvaluationRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetVersionEvaluationRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRows"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetVersionEvaluationRowsQuery, DatasetVersionEvaluationRowsQueryVariables>;
export const CreateDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDeploymentMutation, CreateDeploymentMutationVariables>;
export const UpdateDeploymentRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeploymentRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeploymentRoutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeploymentRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateDeploymentRoutesMutation, UpdateDeploymentRoutesMutationVariables>;
export const UpdateDeploymentExplanationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeploymentExplanations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDeploymentExplanationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeploymentExplanations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateDeploymentExplanationsMutation, UpdateDeploymentExplanationsMutationVariables>;
export const RetireDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetireDeploymentMutation, RetireDeploymentMutationVariables>;
export const DeploymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentsQuery, DeploymentsQueryVariables>;
export const DeploymentSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeploymentSummaryQuery, DeploymentSummaryQueryVariables>;
export const DeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"batching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBatchSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxQueueDelayMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanationDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shadowVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeploymentQuery, DeploymentQueryVariables>;
export const DeploymentDriftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentDrift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"minCountToShow"}},{"kind":"Field","name":{"kind":"Name","value":"alerting"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureDriftFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureDriftFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureDriftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureDrift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"psi"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"bins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"referenceBins"}}]}},{"kind":"Field","name":{"kind":"Name","value":"binsWithheld"}}]}}]} as unknown as DocumentNode<DeploymentDriftQuery, DeploymentDriftQueryVariables>;
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
export const ModelVersionsTwoWaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionsTwoWays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"one"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"other"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"one"},"name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"one"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"other"},"name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"other"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionsTwoWaysQuery, ModelVersionsTwoWaysQueryVariables>;
export const ModelVersionLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairnessMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intendedUse"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}}]}}]}}]} as unknown as DocumentNode<ModelVersionLineageQuery, ModelVersionLineageQueryVariables>;
export const ModelsWithLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelsWithLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelsWithLineageQuery, ModelsWithLineageQueryVariables>;
export const ModelVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionsQuery, ModelVersionsQueryVariables>;
export const ModelVersionQuarantineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionQuarantine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarantine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionQuarantineQuery, ModelVersionQuarantineQueryVariables>;
export const ReleaseModelQuarantineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseModelQuarantine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseModelQuarantine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarantine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseModelQuarantineMutation, ReleaseModelQuarantineMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experiment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const RecordOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcomes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deployment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcomes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcomes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}}]}}]} as unknown as DocumentNode<RecordOutcomesMutation, RecordOutcomesMutationVariables>;
export const DeploymentQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}},{"kind":"Field","name":{"kind":"Name","value":"labelledShare"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentQualityQuery, DeploymentQualityQueryVariables>;
export const DeploymentAttributionDriftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentAttributionDrift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attributionDrift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"ndcg"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"alerting"}},{"kind":"Field","name":{"kind":"Name","value":"referenceEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentAttributionDriftQuery, DeploymentAttributionDriftQueryVariables>;
export const PredictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Predict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instances"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"routingKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deployment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}}},{"kind":"Argument","name":{"kind":"Name","value":"instances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instances"}}},{"kind":"Argument","name":{"kind":"Name","value":"routingKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"routingKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"predictionId"}}]}}]}}]}}]} as unknown as DocumentNode<PredictQuery, PredictQueryVariables>;
export const PredictExplainedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PredictExplained"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instances"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExplanationMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"steps"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baselineFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaselineSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"samples"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deployment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deployment"}}},{"kind":"Argument","name":{"kind":"Name","value":"instances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instances"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"steps"}}},{"kind":"Argument","name":{"kind":"Name","value":"baselineFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baselineFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseline"}}},{"kind":"Argument","name":{"kind":"Name","value":"samples"},"value":{"kind":"Variable","name":{"kind":"Name","value":"samples"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplanationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Explanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtInput"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"completenessGap"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"heatmap"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]} as unknown as DocumentNode<PredictExplainedQuery, PredictExplainedQueryVariables>;
export const ModelVersionPredictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionPredictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionLogEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionLogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shadow"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"instancesSha256"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"instancesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ModelVersionPredictionsQuery, ModelVersionPredictionsQueryVariables>;
export const DeploymentPredictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentPredictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionLogEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionLogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PredictionLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shadow"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"instancesSha256"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}},{"kind":"Field","name":{"kind":"Name","value":"instancesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeploymentPredictionsQuery, DeploymentPredictionsQueryVariables>;
export const ExplainPredictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainPrediction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExplanationMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"steps"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"samples"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baselineFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaselineSource"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainPrediction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"steps"}}},{"kind":"Argument","name":{"kind":"Name","value":"samples"},"value":{"kind":"Variable","name":{"kind":"Name","value":"samples"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}},{"kind":"Argument","name":{"kind":"Name","value":"baselineFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baselineFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplanationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplanationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Explanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtInput"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"completenessGap"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"heatmap"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]} as unknown as DocumentNode<ExplainPredictionQuery, ExplainPredictionQueryVariables>;
export const ModelVersionPredictionInstancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionPredictionInstances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instances"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionPredictionInstancesQuery, ModelVersionPredictionInstancesQueryVariables>;
export const ModelVersionsWithPredictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionsWithPredictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predictions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predictions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionsWithPredictionsQuery, ModelVersionsWithPredictionsQueryVariables>;
export const EvaluateModelVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateModelVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSha256"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}}]}}]} as unknown as DocumentNode<EvaluateModelVersionMutation, EvaluateModelVersionMutationVariables>;
export const CancelEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSha256"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}}]}}]} as unknown as DocumentNode<CancelEvaluationMutation, CancelEvaluationMutationVariables>;
export const EvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSha256"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}}]}}]} as unknown as DocumentNode<EvaluationQuery, EvaluationQueryVariables>;
export const ModelVersionEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersionEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSha256"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSha256"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}}]}}]} as unknown as DocumentNode<ModelVersionEvaluationsQuery, ModelVersionEvaluationsQueryVariables>;
export const ReviewMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<ReviewMeQuery, ReviewMeQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewModelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewModelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dtype"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intendedUse"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"ethicalConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"trainingProcedure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairnessMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewEvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}},{"kind":"Field","name":{"kind":"Name","value":"labelledShare"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"labelled"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taskType"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSha256"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"logLoss"}},{"kind":"Field","name":{"kind":"Name","value":"rocAuc"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rmse"}},{"kind":"Field","name":{"kind":"Name","value":"mae"}},{"kind":"Field","name":{"kind":"Name","value":"r2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveFeature"}},{"kind":"Field","name":{"kind":"Name","value":"positiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"truePositiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositiveRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"demographicParityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"equalOpportunityDifference"}},{"kind":"Field","name":{"kind":"Name","value":"equalizedOddsDifference"}}]}}]}}]} as unknown as DocumentNode<ReviewVersionQuery, ReviewVersionQueryVariables>;
export const ReviewPredictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPredictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"caller"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"shadow"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"instancesSha256"}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}]},{"kind":"Field","name":{"kind":"Name","value":"instancesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewPredictionsQuery, ReviewPredictionsQueryVariables>;
export const ReviewExplanationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainPrediction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtInput"}},{"kind":"Field","name":{"kind":"Name","value":"outputAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewExplanationQuery, ReviewExplanationQueryVariables>;
export const ReviewApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}}]}}]}}]} as unknown as DocumentNode<ReviewApproveMutation, ReviewApproveMutationVariables>;
export const ReviewRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"}}]}}]}}]} as unknown as DocumentNode<ReviewRejectMutation, ReviewRejectMutationVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const TeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;