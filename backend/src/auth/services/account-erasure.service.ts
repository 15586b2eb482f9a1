import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import type { DeleteAccountDto } from 'src/auth/dto/account.dto';
import { ReauthenticationService } from 'src/auth/services/reauthentication.service';
import { SessionsService } from 'src/auth/services/sessions.service';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { PersonalDataRegistry, pseudonymFor } from 'src/common/privacy/personal-data';
import type { User } from 'src/users/users.repository';
import { UsersService } from 'src/users/users.service';
import { WebhooksPublisher } from 'src/webhooks/webhooks.publisher';

export const EXPORT_FORMAT = 'dev-coach.personal-data-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface PersonalDataExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  subject: { id: string; email: string };
  sections: Record<string, unknown>;
}

/**
 * The right of access and the right to erasure. Every module that stores personal data
 * registers a holder with the `PersonalDataRegistry`; this service reads them all for an export
 * and, for an erasure, lets each remove what the `users` cascade cannot reach, then deletes the
 * account — one transaction, so a failure leaves the account whole rather than half-erased.
 * Erasure is immediate (no grace period): docs/privacy.md says why.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly registry: PersonalDataRegistry,
    private readonly reauthentication: ReauthenticationService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhooksPublisher,
  ) {}

  async exportFor(userId: string): Promise<PersonalDataExport> {
    const user = await this.users.getById(userId);
    const subject = { id: user.id, email: user.email };
    // One snapshot: a turn finishing mid-export cannot leave messages without their turn.
    const sections = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.registry.exportAll(subject, manager),
    );
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      subject,
      sections,
    };
  }

  /** The signed-in person deletes their own account, proving it is them once more. */
  async eraseOwn(principal: AuthPrincipal, dto: DeleteAccountDto, meta: ClientMetadata): Promise<void> {
    const user = await this.users.getById(principal.userId);
    await this.reauthentication.confirm(user, dto, meta, { withSecondFactor: true });
    await this.erase(user, { by: 'self', actorId: null }, meta);
  }

  /**
   * Removes the person and everything about them. The one trace left is an audit entry under a
   * pseudonym saying that an account was erased, when and by whom.
   */
  async erase(
    user: User,
    by: { by: 'self' | 'staff'; actorId: string | null },
    meta: ClientMetadata,
  ): Promise<void> {
    const pseudonym = pseudonymFor(user.id);
    await this.dataSource.transaction(async (manager) => {
      await this.registry.eraseAll({ id: user.id, email: user.email }, manager);
      await this.users.remove(user.id, manager);
      await this.assertSuperuserRemains(user, manager);
      await this.audit.record(
        {
          action: by.by === 'self' ? AuditAction.AccountErased : AuditAction.UserDeleted,
          actorId: by.actorId,
          actorEmail: by.by === 'self' ? pseudonym : null,
          targetType: 'user',
          targetId: pseudonym,
          // The person's own request carries their IP and browser: not kept.
          meta: by.by === 'self' ? undefined : meta,
          details: { role: user.role },
        },
        manager,
      );
      // After the erasure, which deletes every delivery naming the person: this one must stay.
      await this.webhooks.publish(manager, 'user.deleted', { userId: user.id });
    });
    // Its sessions went with the rows; no process may keep serving them from memory.
    await this.sessions.accessChanged(user.id);
  }

  private async assertSuperuserRemains(user: User, manager: EntityManager): Promise<void> {
    if (user.role === UserRole.Superuser && !(await this.users.hasSuperuser(manager))) {
      throw new AuthException(
        AuthErrorCode.LastSuperuser,
        'This is the last superuser account: make another superuser before deleting it.',
        HttpStatus.CONFLICT,
      );
    }
  }
}
