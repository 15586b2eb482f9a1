import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, In, type Repository } from 'typeorm';
import { UserEntity } from 'src/users/entities/user.entity';
import { UserRole } from 'src/common/auth/user-role';
import type { Phase } from 'src/curriculum/phases';

/** An account as the users module hands it out; other modules name this type, not the entity. */
export type User = UserEntity;

export type NewUser = Pick<UserEntity, 'email'> &
  Partial<
    Pick<
      UserEntity,
      | 'passwordHash'
      | 'role'
      | 'firstName'
      | 'lastName'
      | 'timezone'
      | 'emailVerifiedAt'
      | 'passwordChangedAt'
    >
  >;

export type UserSortField = 'email' | 'firstName' | 'lastName' | 'role' | 'createdAt' | 'lastLoginAt';

export interface UserListQuery {
  offset: number;
  limit: number;
  sortField: UserSortField;
  sortOrder: 'ASC' | 'DESC';
  q?: string;
  roles?: UserRole[];
  ids?: string[];
  verified?: boolean;
  active?: boolean;
  /** Accounts made from a test scenario (a test_users row) or, when false, real ones. */
  testUser?: boolean;
  /** Clients whose coach state is in one of these phases. */
  phases?: Phase[];
}

/** Who an account is, for staff views and alerts. */
export interface UserContact {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

/** What authentication checks of an account on every request. */
export interface AccountAccess {
  role: UserRole;
  isActive: boolean;
  twoFactorEnabled: boolean;
}

/** The profile fields the coach's prompts use. */
export interface CoachingProfile {
  firstName: string;
  memoryEnabled: boolean;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (char) => `\\${char}`);

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  private repo(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.users;
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOne({ where: { email: normaliseEmail(email) } });
  }

  async findAccess(id: string): Promise<AccountAccess | null> {
    const user = await this.users.findOne({
      where: { id },
      select: { id: true, role: true, isActive: true, totpEnabledAt: true },
    });
    return user
      ? { role: user.role, isActive: user.isActive, twoFactorEnabled: user.totpEnabledAt !== null }
      : null;
  }

  async findCoachingProfile(id: string, manager?: EntityManager): Promise<CoachingProfile | null> {
    const user = await this.repo(manager).findOne({
      where: { id },
      select: { id: true, firstName: true, memoryEnabled: true },
    });
    return user ? { firstName: user.firstName, memoryEnabled: user.memoryEnabled } : null;
  }

  /** Whether the client lets the coach keep notes; false for an unknown user. */
  async isMemoryEnabled(id: string, manager?: EntityManager): Promise<boolean> {
    const user = await this.repo(manager).findOne({
      where: { id },
      select: { id: true, memoryEnabled: true },
    });
    return user?.memoryEnabled === true;
  }

  /** Name and address of each known id; unknown ids are left out. */
  async findContacts(ids: readonly string[]): Promise<UserContact[]> {
    if (ids.length === 0) {
      return [];
    }
    return this.users.find({
      where: { id: In([...new Set(ids)]) },
      select: { id: true, firstName: true, lastName: true, email: true },
    });
  }

  /** Ids of the accounts whose address or full name contains `text`, ignoring case. */
  async findIdsByNameOrEmail(text: string): Promise<string[]> {
    const rows = await this.users
      .createQueryBuilder('user')
      .select('user.id', 'id')
      .where("(user.email ILIKE :pattern OR (user.first_name || ' ' || user.last_name) ILIKE :pattern)", {
        pattern: `%${escapeLike(text)}%`,
      })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Addresses of the active staff and superusers, alphabetical. */
  async listActiveStaffEmails(): Promise<string[]> {
    const staff = await this.users.find({
      where: { role: In([UserRole.Staff, UserRole.Superuser]), isActive: true },
      select: { id: true, email: true },
      order: { email: 'ASC' },
    });
    return staff.map((user) => user.email);
  }

  countAll(): Promise<number> {
    return this.users.count();
  }

  async hasSuperuser(manager?: EntityManager): Promise<boolean> {
    return (await this.repo(manager).count({ where: { role: UserRole.Superuser } })) > 0;
  }

  insert(user: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create({ ...user, email: normaliseEmail(user.email) }));
  }

  async update(id: string, patch: Partial<UserEntity>, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, patch);
  }

  async remove(id: string, manager?: EntityManager): Promise<boolean> {
    const result = await this.repo(manager).delete({ id });
    return (result.affected ?? 0) > 0;
  }

  /** Accepts a TOTP time step only if it is newer than the last one used (no replay). */
  async claimTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.users
      .createQueryBuilder()
      .update()
      .set({ totpLastStep: step })
      .where('id = :id', { id })
      .andWhere('(totp_last_step IS NULL OR totp_last_step < :step)', { step })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  list(query: UserListQuery): Promise<[UserEntity[], number]> {
    const builder = this.users.createQueryBuilder('user');
    if (query.q) {
      const pattern = `%${escapeLike(query.q.trim().toLowerCase())}%`;
      builder.andWhere(
        new Brackets((where) => {
          where
            .where('user.email LIKE :pattern', { pattern })
            .orWhere('lower(user.first_name) LIKE :pattern', { pattern })
            .orWhere('lower(user.last_name) LIKE :pattern', { pattern })
            .orWhere(`lower(user.first_name || ' ' || user.last_name) LIKE :pattern`, { pattern });
        }),
      );
    }
    if (query.roles?.length) {
      builder.andWhere({ role: In(query.roles) });
    }
    if (query.ids) {
      builder.andWhere({ id: In(query.ids.length ? query.ids : ['00000000-0000-0000-0000-000000000000']) });
    }
    if (query.verified !== undefined) {
      builder.andWhere(
        query.verified ? 'user.email_verified_at IS NOT NULL' : 'user.email_verified_at IS NULL',
      );
    }
    if (query.active !== undefined) {
      builder.andWhere('user.is_active = :active', { active: query.active });
    }
    // Both tables belong to features above this one (test-scenarios, coaching); the filters read
    // them by key only, through their primary key and ix_coach_states_phase_updated.
    if (query.testUser !== undefined) {
      builder.andWhere(
        `${query.testUser ? '' : 'NOT '}EXISTS (SELECT 1 FROM test_users tu WHERE tu.user_id = user.id)`,
      );
    }
    if (query.phases?.length) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM coach_states cs WHERE cs.user_id = user.id AND cs.current_phase IN (:...phases))',
        { phases: query.phases },
      );
    }
    return builder
      .orderBy(
        `user.${query.sortField}`,
        query.sortOrder,
        query.sortOrder === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST',
      )
      .addOrderBy('user.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
  }
}
