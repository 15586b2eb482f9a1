import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { passwordWeakness, PasswordService } from 'src/auth/services/password.service';
import type { AllConfig } from 'src/config/config.types';
import { ConfigValidationError } from 'src/config/env.validation';
import { UserRole } from 'src/common/auth/user-role';
import { UsersService } from 'src/users/users.service';

export interface SeededAdmin {
  email: string;
  /** Set only when this process generated it; it is shown once and never stored in clear. */
  generatedPassword?: string;
}

// Any constant works; it only has to be the same in every process of one install.
const SEED_LOCK = 476_312_001;

/**
 * First start: creates a superuser so someone can sign in to the back office. main.ts calls
 * it before listening (workers never do, so a generated password is printed in exactly one
 * banner). Idempotent and safe when several API processes start together: the check and the
 * insert run under a transaction-scoped advisory lock, so exactly one of them seeds.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** What was seeded now, or undefined when a superuser already existed. */
  async seedSuperuser(): Promise<SeededAdmin | undefined> {
    const email = this.config.get('auth.seedAdminEmail', { infer: true });
    const configured = this.config.get('auth.seedAdminPassword', { infer: true });
    if (configured) {
      const weakness = passwordWeakness(configured, { email });
      if (weakness) {
        throw new ConfigValidationError('SEED_ADMIN_PASSWORD', weakness);
      }
    }
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (await this.users.hasSuperuser(manager)) {
        return undefined;
      }
      const password = configured ?? randomBytes(15).toString('base64url');
      const passwordHash = await this.passwords.hash(password);
      const now = new Date();
      const existing = await this.users.findByEmail(email, manager);
      let id: string;
      if (existing) {
        await this.users.update(
          existing.id,
          {
            role: UserRole.Superuser,
            passwordHash,
            emailVerifiedAt: now,
            passwordChangedAt: now,
            isActive: true,
          },
          manager,
        );
        id = existing.id;
      } else {
        const created = await this.users.create(
          {
            email,
            passwordHash,
            role: UserRole.Superuser,
            firstName: 'Admin',
            emailVerifiedAt: now,
            passwordChangedAt: now,
          },
          manager,
        );
        id = created.id;
      }
      await this.audit.record(
        { action: AuditAction.SuperuserSeeded, targetType: 'user', targetId: id, details: { email } },
        manager,
      );
      return { email, generatedPassword: configured ? undefined : password };
    });
    if (seeded) {
      // The password itself goes only to the banner, never into log storage.
      this.logger.warn(
        seeded.generatedPassword
          ? `Created superuser ${email}; its generated password is in the start-up banner`
          : `Created superuser ${email} with the password from SEED_ADMIN_PASSWORD`,
      );
    }
    return seeded;
  }
}
