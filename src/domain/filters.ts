import { registerEnumType } from 'type-graphql';
import { OrderInputType, SortDirection } from './relay/connection';

/** A case-insensitive substring match; LIKE wildcards in the text match themselves. */
export function containsText(text: string) {
  return { $ilike: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}

/** Sort fields shared by every node type that has a name. */
export enum NamedOrderField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(NamedOrderField, {
  name: 'NamedOrderField',
  description: 'What a list of named nodes (teams, datasets, experiments, models, deployments) can be sorted by.',
  valuesConfig: {
    NAME: { description: 'By name.' },
    CREATED_AT: { description: 'By creation time.' },
  },
});

export const NamedOrder = OrderInputType('NamedOrder', NamedOrderField, NamedOrderField.CREATED_AT);
export type NamedOrder = InstanceType<typeof NamedOrder>;

export const byCreation = { field: NamedOrderField.CREATED_AT, direction: SortDirection.ASC };
