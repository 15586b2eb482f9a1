import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PasswordService } from 'src/auth/services/password.service';
import { type UserEntity } from 'src/users/entities/user.entity';
import { UserRole } from 'src/common/auth/user-role';
import { UsersService } from 'src/users/users.service';

/** A password the policy accepts; every factory user has it unless told otherwise. */
export const DEFAULT_TEST_PASSWORD = 'Blue-Kettle-Moon-7';

export interface UserOverrides {
  email?: string;
  password?: string;
  role?: UserRole;
  /** Email verified (default true): unverified accounts cannot sign in. */
  verified?: boolean;
  firstName?: string;
  lastName?: string;
  isActive?: boolean;
}

/** A created user plus the plain password, so tests can sign in as them. */
export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: UserRole;
  entity: UserEntity;
}

// A Record, not an interface, so it passes straight into app.inject({ headers }).
export type AuthHeaders = Record<'authorization', string>;

/**
 * Inserts a user through the real UsersService, password hashed with argon2id by the real
 * PasswordService (no policy check, so tests may pick any password).
 */
export const createUser = async (
  app: NestFastifyApplication,
  overrides: UserOverrides = {},
): Promise<TestUser> => {
  const password = overrides.password ?? DEFAULT_TEST_PASSWORD;
  const role = overrides.role ?? UserRole.User;
  const email = (overrides.email ?? `user-${randomBytes(6).toString('hex')}@example.test`).toLowerCase();
  const passwords = app.get(PasswordService);
  const entity = await app.get(UsersService).create({
    email,
    passwordHash: await passwords.hash(password),
    role,
    firstName: overrides.firstName ?? 'Test',
    lastName: overrides.lastName ?? role,
    emailVerifiedAt: overrides.verified === false ? null : new Date(),
  });
  if (overrides.isActive === false) {
    await app.get(UsersService).update(entity.id, { isActive: false });
    entity.isActive = false;
  }
  return { id: entity.id, email, password, role, entity };
};

/** Signs in through the real `POST /api/v1/auth/token` route and returns its tokens. */
export const loginAs = async (
  app: NestFastifyApplication,
  user: Pick<TestUser, 'email' | 'password'>,
): Promise<{ accessToken: string; refreshToken: string; expiresIn: number }> => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/token',
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 201 && res.statusCode !== 200) {
    throw new Error(`loginAs(${user.email}) failed: ${res.statusCode} ${res.body}`);
  }
  return res.json<{ accessToken: string; refreshToken: string; expiresIn: number }>();
};

/** `{ authorization: 'Bearer …' }` for `app.inject({ headers })`. */
export const bearerHeaders = async (
  app: NestFastifyApplication,
  user: Pick<TestUser, 'email' | 'password'>,
): Promise<AuthHeaders> => ({ authorization: `Bearer ${(await loginAs(app, user)).accessToken}` });
