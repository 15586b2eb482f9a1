import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction } from 'src/audit/audit.constants';
import { type AuditListQuery, AuditRepository } from 'src/audit/audit.repository';
import type { AuditEventResponseDto } from 'src/audit/dto/audit-event-response.dto';
import type { AuditEventEntity } from 'src/audit/entities/audit-event.entity';
import type { ClientMetadata } from 'src/common/auth/request-metadata';

export interface AuditRecord {
  action: AuditAction;
  actorId?: string | null;
  actorEmail?: string | null;
  targetType?: string;
  targetId?: string;
  meta?: ClientMetadata;
  /** Never secrets: no passwords, tokens or key material. */
  details?: Record<string, unknown>;
}

export const toAuditEventResponse = (event: AuditEventEntity): AuditEventResponseDto => ({
  id: event.id,
  action: event.action,
  actorId: event.actorId,
  actorEmail: event.actorEmail,
  targetType: event.targetType,
  targetId: event.targetId,
  ip: event.ip,
  userAgent: event.userAgent,
  details: event.details,
  createdAt: event.createdAt.toISOString(),
});

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    return this.events.insert(
      {
        action: record.action,
        actorId: record.actorId ?? null,
        actorEmail: record.actorEmail?.slice(0, 320) ?? null,
        targetType: record.targetType ?? null,
        targetId: record.targetId ?? null,
        ip: record.meta?.ip ?? null,
        userAgent: record.meta?.userAgent ?? null,
        details: record.details ?? {},
      },
      manager,
    );
  }

  async list(query: AuditListQuery): Promise<[AuditEventResponseDto[], number]> {
    const [events, total] = await this.events.list(query);
    return [events.map(toAuditEventResponse), total];
  }

  async get(id: string): Promise<AuditEventResponseDto | undefined> {
    const event = await this.events.findById(id);
    return event ? toAuditEventResponse(event) : undefined;
  }
}
