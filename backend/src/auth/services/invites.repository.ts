import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import { InviteEntity } from 'src/auth/entities/invite.entity';

export const INVITE_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];
export type InviteSortField = 'createdAt' | 'email' | 'expiresAt';

export interface InviteListQuery {
  offset: number;
  limit: number;
  sortField: InviteSortField;
  sortOrder: 'ASC' | 'DESC';
  q?: string;
  statuses?: InviteStatus[];
  ids?: string[];
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (char) => `\\${char}`);

@Injectable()
export class InvitesRepository {
  constructor(@InjectRepository(InviteEntity) private readonly invites: Repository<InviteEntity>) {}

  private repo(manager?: EntityManager): Repository<InviteEntity> {
    return manager ? manager.getRepository(InviteEntity) : this.invites;
  }

  create(
    data: Pick<InviteEntity, 'email' | 'role' | 'tokenHash' | 'expiresAt' | 'invitedById'>,
  ): Promise<InviteEntity> {
    return this.invites.save(this.invites.create(data));
  }

  findById(id: string): Promise<InviteEntity | null> {
    return this.invites.findOne({ where: { id } });
  }

  findByTokenHash(tokenHash: string, manager?: EntityManager): Promise<InviteEntity | null> {
    return this.repo(manager).findOne({ where: { tokenHash } });
  }

  /** The address's open invite (expired ones included: they can be resent). */
  findPendingByEmail(email: string): Promise<InviteEntity | null> {
    return this.invites.findOne({ where: { email, acceptedAt: IsNull(), revokedAt: IsNull() } });
  }

  async renew(id: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.invites.update({ id, acceptedAt: IsNull(), revokedAt: IsNull() }, { tokenHash, expiresAt });
  }

  /** Calls off an open invite; false when it was accepted or revoked meanwhile. */
  async markRevoked(id: string): Promise<boolean> {
    const result = await this.invites.update(
      { id, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Single use: only one request can flip a pending, unexpired invite to accepted. */
  async markAccepted(id: string, userId: string, manager: EntityManager): Promise<boolean> {
    const result = await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({ acceptedAt: () => 'now()', acceptedUserId: userId })
      .where('id = :id', { id })
      .andWhere('accepted_at IS NULL')
      .andWhere('revoked_at IS NULL')
      .andWhere('expires_at > now()')
      .execute();
    return (result.affected ?? 0) > 0;
  }

  list(query: InviteListQuery): Promise<[InviteEntity[], number]> {
    const builder = this.invites.createQueryBuilder('invite');
    if (query.q) {
      builder.andWhere('invite.email LIKE :pattern', {
        pattern: `%${escapeLike(query.q.trim().toLowerCase())}%`,
      });
    }
    if (query.statuses?.length) {
      const statuses = query.statuses;
      builder.andWhere(
        new Brackets((where) => {
          if (statuses.includes('accepted')) {
            where.orWhere('invite.accepted_at IS NOT NULL');
          }
          if (statuses.includes('revoked')) {
            where.orWhere('(invite.accepted_at IS NULL AND invite.revoked_at IS NOT NULL)');
          }
          if (statuses.includes('pending')) {
            where.orWhere(
              '(invite.accepted_at IS NULL AND invite.revoked_at IS NULL AND invite.expires_at > now())',
            );
          }
          if (statuses.includes('expired')) {
            where.orWhere(
              '(invite.accepted_at IS NULL AND invite.revoked_at IS NULL AND invite.expires_at <= now())',
            );
          }
        }),
      );
    }
    if (query.ids) {
      builder.andWhere({ id: In(query.ids.length ? query.ids : ['00000000-0000-0000-0000-000000000000']) });
    }
    return builder
      .orderBy(`invite.${query.sortField}`, query.sortOrder)
      .addOrderBy('invite.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
  }
}
