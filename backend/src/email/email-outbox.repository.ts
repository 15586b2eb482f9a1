import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { EmailOutboxEntity, EmailStatus } from 'src/email/entities/email-outbox.entity';

export type EmailSortField = 'createdAt' | 'status' | 'toAddress' | 'template' | 'sentAt';

export interface EmailListQuery {
  offset: number;
  limit: number;
  sortField: EmailSortField;
  sortOrder: 'ASC' | 'DESC';
  q?: string;
  statuses?: EmailStatus[];
  templates?: string[];
  userId?: string;
  ids?: string[];
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (char) => `\\${char}`);

@Injectable()
export class EmailOutboxRepository {
  constructor(@InjectRepository(EmailOutboxEntity) private readonly outbox: Repository<EmailOutboxEntity>) {}

  insert(row: Partial<EmailOutboxEntity>, manager?: EntityManager): Promise<EmailOutboxEntity> {
    const repo = manager ? manager.getRepository(EmailOutboxEntity) : this.outbox;
    return repo.save(repo.create(row));
  }

  findById(id: string): Promise<EmailOutboxEntity | null> {
    return this.outbox.findOne({ where: { id } });
  }

  /**
   * Takes the row for one delivery attempt. The conditional UPDATE is the idempotency guard:
   * a duplicate or retried job for a row that is sending, sent or failed gets nothing.
   */
  async claim(id: string): Promise<EmailOutboxEntity | undefined> {
    const result = await this.outbox
      .createQueryBuilder()
      .update()
      .set({ status: EmailStatus.Sending, attempts: () => 'attempts + 1', claimedAt: () => 'now()' })
      .where('id = :id', { id })
      .andWhere('status IN (:...statuses)', { statuses: [EmailStatus.Pending, EmailStatus.Retrying] })
      .execute();
    if ((result.affected ?? 0) === 0) {
      return undefined;
    }
    return (await this.findById(id)) ?? undefined;
  }

  async markDelivered(
    id: string,
    status: EmailStatus.Sent | EmailStatus.Logged,
    providerMessageId: string | null,
  ): Promise<void> {
    await this.outbox.update(
      { id, status: EmailStatus.Sending },
      { status, providerMessageId, sentAt: new Date(), sealedSecret: null, lastError: null },
    );
  }

  async markAttemptFailed(id: string, error: string, final: boolean): Promise<void> {
    await this.outbox.update(
      { id, status: EmailStatus.Sending },
      { status: final ? EmailStatus.Failed : EmailStatus.Retrying, lastError: error.slice(0, 1000) },
    );
  }

  /** Puts a failed (or long-stuck) row back in line; false when it is in no state to retry. */
  async requeue(id: string, stuckBefore: Date): Promise<boolean> {
    const result = await this.outbox
      .createQueryBuilder()
      .update()
      .set({ status: EmailStatus.Pending, lastError: null })
      .where('id = :id', { id })
      .andWhere(`(status = :failed OR (status = :sending AND claimed_at < :stuckBefore))`, {
        failed: EmailStatus.Failed,
        sending: EmailStatus.Sending,
        stuckBefore,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Rows waiting longer than they should, e.g. because the enqueue after insert was lost. */
  async findWaitingSince(before: Date, limit: number): Promise<string[]> {
    const rows = await this.outbox
      .createQueryBuilder('mail')
      .select('mail.id', 'id')
      .where('mail.status IN (:...statuses)', { statuses: [EmailStatus.Pending, EmailStatus.Retrying] })
      .andWhere('mail.updated_at < :before', { before })
      .orderBy('mail.created_at', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  list(query: EmailListQuery): Promise<[EmailOutboxEntity[], number]> {
    const builder = this.outbox.createQueryBuilder('mail');
    if (query.q) {
      const pattern = `%${escapeLike(query.q.trim().toLowerCase())}%`;
      builder.andWhere('(mail.to_address LIKE :pattern OR lower(mail.subject) LIKE :pattern)', { pattern });
    }
    if (query.statuses?.length) {
      builder.andWhere({ status: In(query.statuses) });
    }
    if (query.templates?.length) {
      builder.andWhere({ template: In(query.templates) });
    }
    if (query.userId) {
      builder.andWhere('mail.user_id = :userId', { userId: query.userId });
    }
    if (query.ids) {
      builder.andWhere({ id: In(query.ids.length ? query.ids : ['00000000-0000-0000-0000-000000000000']) });
    }
    return builder
      .orderBy(
        `mail.${query.sortField}`,
        query.sortOrder,
        query.sortOrder === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST',
      )
      .addOrderBy('mail.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
  }
}
