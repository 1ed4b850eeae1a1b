import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { ConnectionArgs, ConnectionType, SortDirection } from '../../domain/relay/connection';
import { AuditEvent } from '../../domain/audit/audit-event.entity';
import { AuditCheckpoint, AuditEventFilter, AuditIntegrity } from '../../domain/audit/audit.inputs';
import { injectable } from 'tsyringe';
import { AuditTrail, listAuditEvents } from '../../domain/audit/audit.service';

const AuditEventConnection = ConnectionType(AuditEvent);

@injectable()
@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditTrail: AuditTrail) {}

  @Allow('read', 'AuditEvent')
  @Query(() => AuditEventConnection, {
    description:
      'The audit trail, in chain order (oldest first unless direction is DESC). Needs read on AuditEvent (reviewer, admin).',
  })
  auditEvents(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Only the events that match.' })
    filter: AuditEventFilter | undefined,
    @Arg('direction', () => SortDirection, {
      defaultValue: SortDirection.ASC,
      description: 'ASC: oldest first; DESC: newest first.',
    })
    direction: SortDirection,
    @Ctx() ctx: CallContext,
  ) {
    return listAuditEvents(ctx, page, filter, direction);
  }

  @Allow('verify', 'AuditEvent')
  @Query(() => AuditIntegrity, {
    description:
      "Recomputes the hash chain, and each event's seal under the audit key, and reports the first broken link. Needs verify on AuditEvent (reviewer, admin); BAD_USER_INPUT when the checkpoint's signature does not match.",
  })
  auditIntegrity(
    @Arg('checkpoint', () => AuditCheckpoint, {
      nullable: true,
      description: 'A checkpoint taken earlier: the chain must still hold every event it saw.',
    })
    checkpoint: AuditCheckpoint | undefined,
    @Ctx() ctx: CallContext,
  ): Promise<AuditIntegrity> {
    return this.auditTrail.verify(ctx.em.fork(), checkpoint);
  }

  @Allow('verify', 'AuditEvent')
  @Query(() => AuditCheckpoint, {
    description:
      'The chain as it stands (events, last hash, time), signed under the audit key: keep it outside the database to verify against later. Needs verify on AuditEvent (reviewer, admin).',
  })
  auditCheckpoint(@Ctx() ctx: CallContext): Promise<AuditCheckpoint> {
    return this.auditTrail.checkpoint(ctx.em.fork());
  }
}
