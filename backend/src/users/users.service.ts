import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UpdateMeDto } from 'src/users/dto/update-me.dto';
import type { UserResponseDto } from 'src/users/dto/user-response.dto';
import type { UserEntity } from 'src/users/entities/user.entity';
import { toProfilePatch } from 'src/users/profile-patch';
import { UsersException } from 'src/users/users.exception';
import { type NewUser, type UserListQuery, UsersRepository } from 'src/users/users.repository';

export const toUserResponse = (user: UserEntity): UserResponseDto => ({
  id: user.id,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  role: user.role,
  timezone: user.timezone,
  memoryEnabled: user.memoryEnabled,
  studioOverride: user.studioOverride,
  emailVerified: user.emailVerifiedAt !== null,
  emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
  isActive: user.isActive,
  twoFactorEnabled: user.totpEnabledAt !== null,
  hasPassword: user.passwordHash !== null,
  lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  createdAt: user.createdAt.toISOString(),
  updatedAt: user.updatedAt.toISOString(),
});

// Accounts as data. Credentials, sessions and who may do what live in the auth module.
@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users.findById(id, manager);
  }

  async getById(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) {
      throw UsersException.notFound();
    }
    return user;
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users.findByEmail(email, manager);
  }

  create(user: NewUser, manager?: EntityManager): Promise<UserEntity> {
    return this.users.insert(user, manager);
  }

  update(id: string, patch: Partial<UserEntity>, manager?: EntityManager): Promise<void> {
    return this.users.update(id, patch, manager);
  }

  remove(id: string, manager?: EntityManager): Promise<boolean> {
    return this.users.remove(id, manager);
  }

  hasSuperuser(manager?: EntityManager): Promise<boolean> {
    return this.users.hasSuperuser(manager);
  }

  claimTotpStep(id: string, step: number): Promise<boolean> {
    return this.users.claimTotpStep(id, step);
  }

  list(query: UserListQuery): Promise<[UserEntity[], number]> {
    return this.users.list(query);
  }

  async getMe(userId: string): Promise<UserResponseDto> {
    return toUserResponse(await this.getById(userId));
  }

  async updateMe(userId: string, dto: UpdateMeDto): Promise<UserResponseDto> {
    const patch: Partial<UserEntity> = toProfilePatch(dto);
    if (Object.keys(patch).length > 0) {
      await this.users.update(userId, patch);
    }
    return this.getMe(userId);
  }
}
