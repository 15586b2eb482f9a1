import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, Not, type Repository } from 'typeorm';
import { RefreshTokenEntity } from 'src/auth/entities/refresh-token.entity';
import { SessionEntity, type SessionClient } from 'src/auth/entities/session.entity';

export type SessionValidity = Pick<SessionEntity, 'id' | 'userId' | 'revokedAt' | 'expiresAt'>;

export type RefreshConsumeResult =
  | { kind: 'rotated'; sessionId: string; expired: boolean }
  | { kind: 'reused'; sessionId: string }
  | { kind: 'unknown' };

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
  ) {}

  createSession(
    data: {
      userId: string;
      client: SessionClient;
      userAgent: string | null;
      ip: string | null;
      expiresAt: Date;
    },
    manager?: EntityManager,
  ): Promise<SessionEntity> {
    const repo = manager ? manager.getRepository(SessionEntity) : this.sessions;
    return repo.save(repo.create({ ...data, lastUsedAt: new Date() }));
  }

  async addRefreshToken(
    sessionId: string,
    tokenHash: string,
    expiresAt: Date,
    manager?: EntityManager,
  ): Promise<void> {
    const repo = manager ? manager.getRepository(RefreshTokenEntity) : this.refreshTokens;
    await repo.insert({ sessionId, tokenHash, expiresAt });
  }

  /** The fields authentication checks, by primary key. */
  findValidity(sessionId: string): Promise<SessionValidity | null> {
    return this.sessions.findOne({
      where: { id: sessionId },
      select: { id: true, userId: true, revokedAt: true, expiresAt: true },
    });
  }

  findById(sessionId: string): Promise<SessionEntity | null> {
    return this.sessions.findOne({ where: { id: sessionId } });
  }

  /**
   * Marks a refresh token used in one conditional UPDATE, so two concurrent refreshes with the
   * same token cannot both rotate: the loser sees a used token, which is a reuse.
   */
  async consumeRefreshToken(tokenHash: string): Promise<RefreshConsumeResult> {
    // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affectedCount].
    const [rows] = await this.refreshTokens.query<[{ session_id: string; expired: boolean }[], number]>(
      `UPDATE refresh_tokens SET used_at = now(), updated_at = now()
        WHERE token_hash = $1 AND used_at IS NULL
        RETURNING session_id, (expires_at <= now()) AS expired`,
      [tokenHash],
    );
    const rotated = rows[0];
    if (rotated) {
      return { kind: 'rotated', sessionId: rotated.session_id, expired: rotated.expired };
    }
    const existing = await this.refreshTokens.findOne({ where: { tokenHash } });
    return existing ? { kind: 'reused', sessionId: existing.sessionId } : { kind: 'unknown' };
  }

  async findByRefreshTokenHash(tokenHash: string): Promise<string | undefined> {
    const token = await this.refreshTokens.findOne({ where: { tokenHash } });
    return token?.sessionId;
  }

  async touch(sessionId: string, expiresAt: Date, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(SessionEntity) : this.sessions;
    await repo.update({ id: sessionId }, { lastUsedAt: new Date(), expiresAt });
  }

  async revoke(sessionId: string, reason: string): Promise<boolean> {
    const result = await this.sessions.update(
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
    return (result.affected ?? 0) > 0;
  }

  async revokeAllForUser(userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    const result = await this.sessions.update(
      {
        userId,
        revokedAt: IsNull(),
        ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}),
      },
      { revokedAt: new Date(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }

  listActiveForUser(userId: string): Promise<SessionEntity[]> {
    return this.sessions
      .createQueryBuilder('session')
      .where('session.user_id = :userId', { userId })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > now()')
      .orderBy('session.last_used_at', 'DESC')
      .getMany();
  }
}
