import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { badInput, conflict, isRefusal } from '../../errors';
import { briefly } from '../../readable';
import type { ModelQuarantine } from './model-quarantine';
import { GateStage, type GateResult } from './gate-result';
import { ArtifactUpload, ownersOf } from './artifact-upload.entity';
import { checkDeclaredInputs, checkOutputs, zerosFor } from '../../inference/signature-check';
import type { CallContext } from '../context';
import { Run, RunStatus } from '../experiments/experiment.entity';
import { containsText, type NamedOrder } from '../filters';
import { authorize, checkNameFree, findNode, findReadable, inTransaction, lockById, nextVersion } from '../persistence';
import { paginate, type ConnectionArgs } from '../relay/connection';
import { idOf } from '../relay/global-id';
import { Team } from '../teams/team.entity';
import { checkMetrics, checkName, checkText } from '../validation';
import { Model, ModelVersion, type Signature } from './model.entity';
import type {
  CreateModelInput,
  ModelFilter,
  ModelVersionFilter,
  ModelVersionOrder,
  RegisterModelVersionInput,
} from './model.inputs';
import {
  checkArtifact,
  checkFairnessMetrics,
  checkModelCard,
  checkSignature,
  checkStoredArtifact,
} from './model.validation';
import { injectable } from 'tsyringe';
import { AuditTrail } from '../audit/audit.service';
import { ArtifactStore } from '../../inference/artifact-store';
import { ModelServer } from '../../inference/model-server';

/** Models and their versions: registration checks the artifact, its signature and that it loads. */
@injectable()
export class ModelService {
  constructor(
    private readonly audit: AuditTrail,
    private readonly artifacts: ArtifactStore,
    private readonly server: ModelServer,
  ) {}

  async createModel(ctx: CallContext, input: CreateModelInput): Promise<Model> {
    const name = checkName('input.name', input.name);
    const description = checkText('input.description', input.description);
    const team = await findNode(ctx, Team, 'input.teamId', input.teamId);
    authorize(ctx, 'create', 'Model', { team }, `models in team "${team.name}"`);
    return inTransaction(ctx, async (em) => {
      await checkNameFree(em, Model, 'model', name);
      const model = em.create(Model, { team, name, description, taskType: input.taskType });
      await this.audit.record(ctx, em, 'createModel', model);
      return model;
    });
  }

  async registerModelVersion(ctx: CallContext, input: RegisterModelVersionInput): Promise<ModelVersion> {
    const description = checkText('input.description', input.description);
    const artifact = checkArtifact('input.artifact', input.artifact);
    const signature = checkSignature('input.signature', input.signature);
    const metrics = checkMetrics('input.metrics', input.metrics);
    const fairnessMetrics = checkFairnessMetrics('input.fairnessMetrics', input.fairnessMetrics);
    const modelCard = checkModelCard('input.modelCard', input.modelCard);
    const run = input.runId == null ? undefined : await findNode(ctx, Run, 'input.runId', input.runId);
    if (run) checkFinished(run);
    return inTransaction(ctx, async (em) => {
      const model = await lockById(ctx, em, Model, 'input.modelId', input.modelId, 'read');
      authorize(ctx, 'create', 'ModelVersion', { model }, `versions of model "${model.name}"`);
      checkStoredArtifact('input.artifact', artifact, this.artifacts, await claimsArtifact(ctx, em, artifact.sha256));
      const loads = await this.loadsGate(artifact.sha256, signature);
      const version = em.create(ModelVersion, {
        model,
        version: await nextVersion(em, ModelVersion, 'model', model),
        description,
        artifact,
        signature,
        metrics,
        fairnessMetrics,
        modelCard,
        run,
        createdBy: ctx.identity.subject,
        gateResults: [loads],
      });
      await this.audit.record(ctx, em, 'registerModelVersion', version);
      return version;
    });
  }

  /**
   * The `loads` gate, at registration: the model runs on zeros shaped as the signature says and
   * answers in the declared shapes and dtypes. It is kept with the version's gate results; a model
   * that fails it is refused (BAD_USER_INPUT) and nothing is stored.
   */
  private async loadsGate(sha256: string, signature: Signature): Promise<GateResult> {
    const field = 'input.signature';
    const { server } = this;
    const inputs = zerosFor(signature);
    const reason = await inModel(field, async () => {
      const declared = await server.describe(sha256);
      checkDeclaredInputs(field, inputs, declared);
      return checkOutputs(field, signature, declared, await server.runOnce(sha256, inputs));
    });
    return { gate: 'loads', stage: GateStage.REGISTER, passed: true, reason, evaluatedAt: new Date() };
  }

  /** Why the version's model takes no calls, or null when it serves. */
  quarantineOf(version: ModelVersion): ModelQuarantine | null {
    return this.server.quarantineOf(version.artifact.sha256) ?? null;
  }

  /**
   * Lets a quarantined version's model take calls again (it loads on the next one), recorded in the
   * audit trail with the reason it was quarantined. Needs manage on the version (admins).
   */
  async releaseModelQuarantine(ctx: CallContext, id: string): Promise<ModelVersion> {
    const version = await inTransaction(ctx, async (em) => {
      const version = await lockById(ctx, em, ModelVersion, 'id', id, 'manage');
      const quarantine = this.server.quarantineOf(version.artifact.sha256);
      if (!quarantine) throw conflict(`Version ${version.version} of this model is not quarantined.`);
      await this.audit.record(ctx, em, 'releaseModelQuarantine', version, { quarantine }, { quarantine: null });
      return version;
    });
    this.server.release(version.artifact.sha256);
    return version;
  }

  /** model(id) or model(name): exactly one of them. */
  async findModel(ctx: CallContext, id: string | undefined, name: string | undefined): Promise<Model> {
    if ((id == null) === (name == null)) throw badInput('id', 'give either id or name, not both and not neither.');
    if (id != null) return findNode(ctx, Model, 'id', id);
    return findReadable(ctx, Model, { name: name! }, name!, 'name');
  }

  listModels(ctx: CallContext, args: ConnectionArgs, filter: ModelFilter | undefined, order: NamedOrder) {
    const where: FilterQuery<Model> = {};
    if (filter?.teamId) where.team = idOf('filter.teamId', filter.teamId, 'Team');
    if (filter?.nameContains) where.name = containsText(filter.nameContains);
    if (filter?.taskTypeIn) where.taskType = { $in: filter.taskTypeIn };
    return paginate(ctx, Model, where, order, args);
  }

  /**
   * Versions of every model the caller may read; the filter's conditions are ANDed, the access rules
   * on top (paginate). `awaiting` is the review queue's condition (governance builds it) when the
   * filter asks for it.
   */
  listModelVersions(
    ctx: CallContext,
    args: ConnectionArgs,
    filter: ModelVersionFilter | undefined,
    order: ModelVersionOrder,
    awaiting?: FilterQuery<ModelVersion>,
  ) {
    const conditions: FilterQuery<ModelVersion>[] = [];
    if (filter?.lifecycleStateIn) conditions.push({ lifecycleState: { $in: filter.lifecycleStateIn } });
    if (filter?.modelId) conditions.push({ model: idOf('filter.modelId', filter.modelId, 'Model') });
    if (filter?.teamId) conditions.push({ model: { team: idOf('filter.teamId', filter.teamId, 'Team') } });
    if (filter?.taskTypeIn) conditions.push({ model: { taskType: { $in: filter.taskTypeIn } } });
    if (awaiting) conditions.push(awaiting);
    return paginate(ctx, ModelVersion, conditions.length > 0 ? { $and: conditions } : {}, order, args);
  }
}

/**
 * A version names the run that trained it (its lineage, and who may not review it): a run still
 * RUNNING has trained nothing yet, a FAILED one nothing to register. FINISHED is final, so the check
 * holds without a lock.
 */
function checkFinished(run: Run): void {
  if (run.status === RunStatus.FINISHED) return;
  const why =
    run.status === RunStatus.FAILED ? 'a failed run trained no model to register' : 'finish it first (finishRun)';
  throw conflict(
    `${run.name ? `Run "${run.name}"` : 'The run'} is ${run.status}: a model version names the run that trained it, so the run must be FINISHED; ${why}.`,
    'input.runId',
  );
}

/** Runs `work` on a model; what TensorFlow.js throws becomes BAD_USER_INPUT at `field`, cut short. */
async function inModel<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isRefusal(error)) throw error;
    throw badInput(field, `the model does not run on zeros shaped as the signature says: ${briefly(error)}`);
  }
}

/** A team id no team has: a rule that allows it allows every team. */
const NO_TEAM = '00000000-0000-0000-0000-000000000000';

/**
 * Did the caller, or one of its teams, upload the artifact, or may it read a version that uses it?
 * A caller who may create versions in every team (an admin) has a claim to every artifact.
 */
async function claimsArtifact(ctx: CallContext, em: EntityManager, sha256: string): Promise<boolean> {
  if (ctx.access.canOn('create', 'ModelVersion', { model: { team: { id: NO_TEAM } } })) return true;
  if ((await em.count(ArtifactUpload, { sha256, owner: { $in: ownersOf(ctx.identity) } })) > 0) return true;
  const readable = ctx.loaders.readable(ModelVersion, { artifact: { sha256 } });
  return readable !== null && (await em.count(ModelVersion, readable)) > 0;
}
