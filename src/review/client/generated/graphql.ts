import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Which API keys to list; the conditions given must all hold. */
export type ApiKeyFilter = {
  /** True: only revoked keys; false: only keys that still work. */
  revoked?: InputMaybe<Scalars['Boolean']['input']>;
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
export type BatchingInput = {
  /** Most instances in one inference batch, 1 to 1024. */
  maxBatchSize?: Scalars['Int']['input'];
  /** Longest a request waits for a batch to fill, in milliseconds, 0 to 1000. */
  maxQueueDelayMs?: Scalars['Int']['input'];
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

/** Which datasets to list; the conditions given must all hold. */
export type DatasetFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only the datasets of these sensitivities. */
  sensitivityIn?: InputMaybe<Array<Sensitivity>>;
  /** Only the datasets of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
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

/** Whether a deployment answers predictions. */
export type DeploymentStatus =
  /** It answers predictions, and its routes and defaults can change. */
  | 'ACTIVE'
  /** Stopped for good: predict answers UNAVAILABLE, and it can no longer change. */
  | 'RETIRED';

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

/** Which experiments to list; the conditions given must all hold. */
export type ExperimentFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only the experiments of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
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

/** The step a gate guards: registration (the model loads and runs as its signature says), entering review, or approval. */
export type GateStage =
  /** Approval: approveModelVersion. */
  | 'APPROVE'
  /** Registration: the model runs on zeros shaped as its signature says (the loads gate). */
  | 'REGISTER'
  /** Entering review: submitModelVersionForReview. */
  | 'SUBMIT';

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

/** Metrics to record on a run. */
export type LogRunMetricsInput = {
  /** A new value replaces the metric of the same name. */
  metrics: Array<MetricInput>;
  /** A RUNNING run. */
  runId: Scalars['ID']['input'];
};

/** A named number: an evaluation or training metric, e.g. auc. */
export type MetricInput = {
  /** The metric's name, e.g. auc or rmse; 1 to 100 characters: letters, digits, ".", "_" and "-", starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** Its value, a finite number. */
  value: Scalars['Float']['input'];
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

/** Which models to list; the conditions given must all hold. */
export type ModelFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only the models of these task types. */
  taskTypeIn?: InputMaybe<Array<TaskType>>;
  /** Only the models of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
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

/** One quantile of a feature's values. */
export type QuantileInput = {
  /** Between 0 and 1. */
  q: Scalars['Float']['input'];
  /** The value that a share q of the values lies below. */
  value: Scalars['Float']['input'];
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

/** What a model predicts; it decides which gates of policies/gates.yaml its versions must pass. */
export type TaskType =
  /** Assigns one of several classes to tabular input. */
  | 'CLASSIFICATION'
  /** Assigns a class to an image. */
  | 'IMAGE_CLASSIFICATION'
  /** Predicts a number. */
  | 'REGRESSION';

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

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReviewModelFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewModelFields on Model {
  name
  taskType
  team {
    name
  }
}
    `, {"fragmentName":"ReviewModelFields"}) as unknown as TypedDocumentString<ReviewModelFieldsFragment, unknown>;
export const ReviewEvaluationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewEvaluationFields on Evaluation {
  id
  status
  createdAt
  createdBy
  finishedAt
  error
  rows
  rowsDone
  datasetSha256
  positiveLabel
  metrics {
    name
    value
  }
  datasetVersion {
    version
    dataset {
      name
    }
  }
  classification {
    accuracy
    logLoss
    rocAuc
    expectedCalibrationError
    perClass {
      label
      precision
      recall
      f1
      support
    }
  }
  regression {
    rmse
    mae
    r2
  }
  fairness {
    sensitiveFeature
    positiveLabel
    groups {
      group
      rows
      selectionRate
      truePositiveRate
      falsePositiveRate
    }
    demographicParityDifference
    demographicParityRatio
    equalOpportunityDifference
    equalizedOddsDifference
  }
}
    `, {"fragmentName":"ReviewEvaluationFields"}) as unknown as TypedDocumentString<ReviewEvaluationFieldsFragment, unknown>;
export const ReviewMeDocument = new TypedDocumentString(`
    query ReviewMe {
  me {
    subject
    kind
    roles
    permissions
  }
}
    `) as unknown as TypedDocumentString<ReviewMeQuery, ReviewMeQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($first: Int, $after: String, $filter: ModelVersionFilter) {
  modelVersions(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      id
      version
      lifecycleState
      createdBy
      createdAt
      model {
        ...ReviewModelFields
      }
      gateResults {
        passed
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ReviewModelFields on Model {
  name
  taskType
  team {
    name
  }
}`) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewVersionDocument = new TypedDocumentString(`
    query ReviewVersion($id: ID!) {
  modelVersion(id: $id) {
    id
    version
    description
    lifecycleState
    createdBy
    createdAt
    model {
      ...ReviewModelFields
    }
    artifact {
      format
      sha256
      sizeBytes
    }
    signature {
      inputs {
        name
        dtype
        shape
      }
      classLabels
    }
    modelCard {
      intendedUse
      limitations
      ethicalConsiderations
      trainingProcedure
    }
    metrics {
      name
      value
    }
    fairnessMetrics {
      metric
      sensitiveFeature
      group
      value
    }
    gateResults {
      gate
      stage
      passed
      observed
      threshold
      reason
      evaluatedAt
      evaluationId
      evaluationSha256
    }
    evaluations {
      ...ReviewEvaluationFields
    }
    run {
      name
      owner
      status
      experiment {
        name
      }
    }
    trainingDatasets {
      id
      version
      dataset {
        name
        sensitivity
      }
    }
    deployments {
      name
      environment
      status
      quality {
        modelVersionId
        since
        answered
        labelled
        labelledShare
        classification {
          accuracy
          logLoss
          rocAuc
          expectedCalibrationError
        }
        regression {
          rmse
          mae
          r2
        }
        fairness {
          sensitiveFeature
          positiveLabel
          groups {
            group
            rows
            selectionRate
            truePositiveRate
            falsePositiveRate
          }
          demographicParityDifference
          demographicParityRatio
          equalOpportunityDifference
          equalizedOddsDifference
        }
        alerts {
          check
          metric
          value
          bound
          labelled
        }
      }
    }
    reviews {
      reviewer
      decision
      comment
      createdAt
    }
  }
}
    fragment ReviewModelFields on Model {
  name
  taskType
  team {
    name
  }
}
fragment ReviewEvaluationFields on Evaluation {
  id
  status
  createdAt
  createdBy
  finishedAt
  error
  rows
  rowsDone
  datasetSha256
  positiveLabel
  metrics {
    name
    value
  }
  datasetVersion {
    version
    dataset {
      name
    }
  }
  classification {
    accuracy
    logLoss
    rocAuc
    expectedCalibrationError
    perClass {
      label
      precision
      recall
      f1
      support
    }
  }
  regression {
    rmse
    mae
    r2
  }
  fairness {
    sensitiveFeature
    positiveLabel
    groups {
      group
      rows
      selectionRate
      truePositiveRate
      falsePositiveRate
    }
    demographicParityDifference
    demographicParityRatio
    equalOpportunityDifference
    equalizedOddsDifference
  }
}`) as unknown as TypedDocumentString<ReviewVersionQuery, ReviewVersionQueryVariables>;
export const ReviewPredictionsDocument = new TypedDocumentString(`
    query ReviewPredictions($id: ID!, $first: Int) {
  modelVersion(id: $id) {
    predictions(first: $first) {
      totalCount
      nodes {
        id
        createdAt
        caller
        traceId
        shadow
        latencyMs
        instanceCount
        instancesSha256
        instances(first: 1)
        instancesWithheld
        outputs {
          label
          scores
          value
        }
        deployment {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPredictionsQuery, ReviewPredictionsQueryVariables>;
export const ReviewExplanationDocument = new TypedDocumentString(`
    query ReviewExplanation($id: ID!, $instance: Int) {
  explainPrediction(id: $id, instance: $instance) {
    method
    targetLabel
    baselineSource
    outputAtInput
    outputAtBaseline
    attributions {
      feature
      value
      redacted
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewExplanationQuery, ReviewExplanationQueryVariables>;
export const ReviewApproveDocument = new TypedDocumentString(`
    mutation ReviewApprove($id: ID!, $comment: String!) {
  approveModelVersion(id: $id, comment: $comment) {
    id
    lifecycleState
  }
}
    `) as unknown as TypedDocumentString<ReviewApproveMutation, ReviewApproveMutationVariables>;
export const ReviewRejectDocument = new TypedDocumentString(`
    mutation ReviewReject($id: ID!, $reason: String!) {
  rejectModelVersion(id: $id, reason: $reason) {
    id
    lifecycleState
  }
}
    `) as unknown as TypedDocumentString<ReviewRejectMutation, ReviewRejectMutationVariables>;