import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, In, type QueryDeepPartialEntity, type Repository } from 'typeorm';
import { AuditEventEntity } from 'src/audit/entities/audit-event.entity';

export type AuditSortField = 'createdAt' | 'action';

export interface AuditListQuery {
  offset: number;
  limit: number;
  sortField: AuditSortField;
  sortOrder: 'ASC' | 'DESC';
  q?: string;
  actions?: string[];
  actorId?: string;
  targetId?: string;
  since?: Date;
  until?: Date;
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (char) => `\\${char}`);

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async insert(event: Partial<AuditEventEntity>, manager?: EntityManager): Promise<void> {
    await (manager ? manager.getRepository(AuditEventEntity) : this.events).insert(
      event as QueryDeepPartialEntity<AuditEventEntity>,
    );
  }

  findById(id: string): Promise<AuditEventEntity | null> {
    return this.events.findOne({ where: { id } });
  }

  list(query: AuditListQuery): Promise<[AuditEventEntity[], number]> {
    const builder = this.events.createQueryBuilder('event');
    if (query.q) {
      const pattern = `%${escapeLike(query.q.trim().toLowerCase())}%`;
      builder.andWhere(
        new Brackets((where) => {
          where
            .where('lower(event.actor_email) LIKE :pattern', { pattern })
            .orWhere('event.action LIKE :pattern', { pattern })
            .orWhere('event.target_id LIKE :pattern', { pattern });
        }),
      );
    }
    if (query.actions?.length) {
      builder.andWhere({ action: In(query.actions) });
    }
    if (query.actorId) {
      builder.andWhere('event.actor_id = :actorId', { actorId: query.actorId });
    }
    if (query.targetId) {
      builder.andWhere('event.target_id = :targetId', { targetId: query.targetId });
    }
    if (query.since) {
      builder.andWhere('event.created_at >= :since', { since: query.since });
    }
    if (query.until) {
      builder.andWhere('event.created_at < :until', { until: query.until });
    }
    return builder
      .orderBy(`event.${query.sortField}`, query.sortOrder)
      .addOrderBy('event.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
  }
}
