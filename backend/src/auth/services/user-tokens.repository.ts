import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { UserTokenEntity, type UserTokenPurpose } from 'src/auth/entities/user-token.entity';

export type TokenRedemption = { kind: 'ok'; userId: string } | { kind: 'expired' | 'used' | 'unknown' };

@Injectable()
export class UserTokensRepository {
  constructor(@InjectRepository(UserTokenEntity) private readonly tokens: Repository<UserTokenEntity>) {}

  async create(userId: string, purpose: UserTokenPurpose, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.tokens.insert({ userId, purpose, tokenHash, expiresAt });
  }

  /** A new link replaces the older ones of the same kind: only the latest email works. */
  async invalidateOpen(userId: string, purpose: UserTokenPurpose, manager?: EntityManager): Promise<void> {
    await (manager ? manager.getRepository(UserTokenEntity) : this.tokens).update(
      { userId, purpose, usedAt: IsNull() },
      { usedAt: new Date() },
    );
  }

  /**
   * Uses a token up in one conditional UPDATE (single use even under concurrent requests);
   * on failure, says why, so the client can show "expired" apart from "already used".
   */
  async redeem(
    purpose: UserTokenPurpose,
    tokenHash: string,
    manager: EntityManager,
  ): Promise<TokenRedemption> {
    const repo = manager.getRepository(UserTokenEntity);
    const [rows] = await repo.query<[{ user_id: string }[], number]>(
      `UPDATE user_tokens SET used_at = now(), updated_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [tokenHash, purpose],
    );
    const redeemed = rows[0];
    if (redeemed) {
      return { kind: 'ok', userId: redeemed.user_id };
    }
    const existing = await repo.findOne({ where: { tokenHash, purpose } });
    if (!existing) {
      return { kind: 'unknown' };
    }
    return { kind: existing.usedAt ? 'used' : 'expired' };
  }
}
