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

/** How the personal data of a version was treated; NOT_APPLICABLE when it has none. */
export type AnonymizationStatus =
  | 'ANONYMIZED'
  | 'NONE'
  | 'NOT_APPLICABLE'
  | 'PSEUDONYMIZED';

export type ArtifactFormat =
  | 'TFJS_GRAPH_MODEL'
  | 'TFJS_LAYERS_MODEL';

export type ArtifactInput = {
  format: ArtifactFormat;
  /** Hex SHA-256 of the stored artifact: its address in the artifact store. */
  sha256: Scalars['String']['input'];
  sizeBytes: Scalars['SafeInt']['input'];
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

export type DatasetFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  sensitivityIn?: InputMaybe<Array<Sensitivity>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeploymentFilter = {
  environment?: InputMaybe<Environment>;
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  statusIn?: InputMaybe<Array<DeploymentStatus>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeploymentStatus =
  | 'ACTIVE'
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

export type Environment =
  | 'PRODUCTION'
  | 'STAGING';

export type ExperimentFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
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

export type FairnessMetricInput = {
  /** The group, for per-group metrics; absent for a difference across groups. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** e.g. demographic_parity_difference. */
  metric: Scalars['String']['input'];
  /** The sensitive feature whose groups were compared. */
  sensitiveFeature: Scalars['String']['input'];
  value: Scalars['Float']['input'];
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

/** The step a gate guards: registration (the model loads and runs as its signature says), entering review, or approval. */
export type GateStage =
  | 'APPROVE'
  | 'REGISTER'
  | 'SUBMIT';

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

export type MetricInput = {
  name: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type ModelCardInput = {
  ethicalConsiderations?: InputMaybe<Scalars['String']['input']>;
  intendedUse?: InputMaybe<Scalars['String']['input']>;
  limitations?: InputMaybe<Scalars['String']['input']>;
  trainingProcedure?: InputMaybe<Scalars['String']['input']>;
};

export type ModelFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  taskTypeIn?: InputMaybe<Array<TaskType>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
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

export type NamedOrder = {
  direction?: SortDirection;
  field?: NamedOrderField;
};

export type NamedOrderField =
  | 'CREATED_AT'
  | 'NAME';

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

export type QuantileInput = {
  /** Between 0 and 1. */
  q: Scalars['Float']['input'];
  value: Scalars['Float']['input'];
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

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

export type RouteInput = {
  modelVersionId: Scalars['ID']['input'];
  /** Percent of traffic; the routes add up to 100. */
  weight: Scalars['Int']['input'];
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

export type TaskType =
  | 'CLASSIFICATION'
  | 'IMAGE_CLASSIFICATION'
  | 'REGRESSION';

export type TeamFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type TensorDtype =
  | 'BOOL'
  | 'FLOAT32'
  | 'INT32';

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