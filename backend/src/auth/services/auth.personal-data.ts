import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiKeyEntity } from 'src/auth/entities/api-key.entity';
import { InviteEntity } from 'src/auth/entities/invite.entity';
import { RecoveryCodeEntity } from 'src/auth/entities/recovery-code.entity';
import { SessionEntity } from 'src/auth/entities/session.entity';
import { type DataSubject, exportRows, RegisteredPersonalData } from 'src/common/privacy/personal-data';

/**
 * Sign-in data: sessions, invites, API keys and how many recovery codes are left. Token and code
 * hashes are secrets, not information about the person, so they stay out of the archive.
 */
@Injectable()
export class AuthPersonalData extends RegisteredPersonalData {
  readonly section = 'sign_in';

  async export(subject: DataSubject, manager: EntityManager): Promise<unknown> {
    const recoveryCodes = await exportRows(manager, RecoveryCodeEntity, { userId: subject.id }, ['codeHash']);
    return {
      sessions: await exportRows(manager, SessionEntity, { userId: subject.id }),
      invites: await exportRows(
        manager,
        InviteEntity,
        [{ email: subject.email }, { acceptedUserId: subject.id }],
        ['tokenHash'],
      ),
      apiKeys: await exportRows(manager, ApiKeyEntity, { createdById: subject.id }, ['keyHash']),
      recoveryCodesLeft: recoveryCodes.filter((code) => !code.usedAt).length,
    };
  }

  /** Invites carry the address, which the cascade from `users` does not reach. */
  async erase(subject: DataSubject, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(InviteEntity)
      .where('lower(email) = lower(:email)', { email: subject.email })
      .orWhere('accepted_user_id = :id', { id: subject.id })
      .execute();
  }
}
