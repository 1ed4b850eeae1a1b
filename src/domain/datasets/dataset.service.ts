import type { FilterQuery } from '@mikro-orm/postgresql';
import type { CallContext } from '../context';
import { containsText, type NamedOrder } from '../filters';
import { authorize, checkNameFree, findNode, inTransaction, lockById, nextVersion } from '../persistence';
import { paginate, type ConnectionArgs } from '../relay/connection';
import { idOf } from '../relay/global-id';
import { Team } from '../teams/team.entity';
import { checkName, checkText } from '../validation';
import { Dataset, DatasetVersion } from './dataset.entity';
import type { CreateDatasetInput, DatasetFilter, RegisterDatasetVersionInput } from './dataset.inputs';
import { checkDatasetVersion } from './dataset.validation';
import { injectable } from 'tsyringe';
import { AuditTrail } from '../audit/audit.service';

/** Datasets and their registered versions. */
@injectable()
export class DatasetService {
  constructor(private readonly audit: AuditTrail) {}

  async createDataset(ctx: CallContext, input: CreateDatasetInput): Promise<Dataset> {
    const name = checkName('input.name', input.name);
    const description = checkText('input.description', input.description);
    const team = await findNode(ctx, Team, 'input.teamId', input.teamId);
    authorize(ctx, 'create', 'Dataset', { team, sensitivity: input.sensitivity }, `datasets in team "${team.name}"`);
    return inTransaction(ctx, async (em) => {
      await checkNameFree(em, Dataset, 'dataset', name);
      const dataset = em.create(Dataset, { team, name, description, sensitivity: input.sensitivity });
      await this.audit.record(ctx, em, 'createDataset', dataset);
      return dataset;
    });
  }

  async registerDatasetVersion(ctx: CallContext, input: RegisterDatasetVersionInput): Promise<DatasetVersion> {
    const checked = checkDatasetVersion(input);
    return inTransaction(ctx, async (em) => {
      const dataset = await lockById(ctx, em, Dataset, 'input.datasetId', input.datasetId, 'read');
      authorize(ctx, 'create', 'DatasetVersion', { dataset }, `versions of dataset "${dataset.name}"`);
      const version = em.create(DatasetVersion, {
        ...checked,
        dataset,
        version: await nextVersion(em, DatasetVersion, 'dataset', dataset),
        rowCount: input.rowCount,
        statistics: input.statistics,
        createdBy: ctx.identity.subject,
      });
      await this.audit.record(ctx, em, 'registerDatasetVersion', version);
      return version;
    });
  }

  listDatasets(ctx: CallContext, args: ConnectionArgs, filter: DatasetFilter | undefined, order: NamedOrder) {
    const where: FilterQuery<Dataset> = {};
    if (filter?.teamId) where.team = idOf('filter.teamId', filter.teamId, 'Team');
    if (filter?.nameContains) where.name = containsText(filter.nameContains);
    if (filter?.sensitivityIn) where.sensitivity = { $in: filter.sensitivityIn };
    return paginate(ctx, Dataset, where, order, args);
  }
}
