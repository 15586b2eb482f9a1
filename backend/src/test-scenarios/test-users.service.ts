import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { CoachingSnapshotService } from 'src/coaching/snapshot/coaching-snapshot.service';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import type { TestUserDto } from 'src/test-scenarios/dto/test-scenario.dto';
import type { TestUserEntity } from 'src/test-scenarios/entities/test-user.entity';
import { TestScenarioException } from 'src/test-scenarios/test-scenarios.exception';
import { TestScenariosRepository } from 'src/test-scenarios/test-scenarios.repository';
import { type UserContact, UsersRepository } from 'src/users/users.repository';
import { UsersService } from 'src/users/users.service';

/** `.invalid` is reserved (RFC 2606): no mail to a test user can ever be delivered. */
const testUserEmail = (): string => `test-${randomUUID().slice(0, 8)}@test-users.invalid`;

/**
 * Test users: ordinary client accounts flagged in `test_users`, with no password (nobody signs
 * in as one), whose coaching data is a scenario's template. Staff chat as them through
 * `POST /admin/coach/users/:id/turns`, which asks `assertTestUser` first.
 */
@Injectable()
export class TestUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scenarios: TestScenariosRepository,
    private readonly snapshots: CoachingSnapshotService,
    private readonly users: UsersService,
    private readonly userContacts: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  /** The flag, or a 403 `not_a_test_user`: the one check before staff act as an account. */
  async assertTestUser(userId: string): Promise<TestUserEntity> {
    const testUser = await this.scenarios.findTestUser(userId);
    if (!testUser) {
      throw TestScenarioException.notATestUser();
    }
    return testUser;
  }

  async instantiate(scenarioId: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<TestUserDto> {
    const scenario = await this.scenarios.find(scenarioId);
    if (!scenario) {
      throw TestScenarioException.scenarioNotFound();
    }
    const user = await this.dataSource.transaction(async (db) => {
      const created = await this.users.create(
        {
          email: testUserEmail(),
          role: UserRole.User,
          firstName: scenario.profile.firstName,
          lastName: scenario.profile.lastName,
          emailVerifiedAt: new Date(),
        },
        db,
      );
      await this.scenarios.flagTestUser(db, {
        userId: created.id,
        scenarioId,
        createdById: actor.userId,
      });
      return created;
    });
    try {
      await this.snapshots.restore(user.id, scenario.template);
    } catch (error) {
      // A template the snapshot service refuses leaves no half-made account behind.
      await this.users.remove(user.id);
      throw error;
    }
    await this.audit.record({
      action: AuditAction.TestUserInstantiated,
      actorId: actor.userId,
      targetType: 'user',
      targetId: user.id,
      meta,
      details: { scenarioId, scenarioName: scenario.name },
    });
    return this.describe(await this.assertTestUser(user.id));
  }

  /** Back to the template of the scenario it came from: chat, identities, notes, state. */
  async reset(
    scenarioId: string,
    userId: string,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<TestUserDto> {
    const scenario = await this.scenarios.find(scenarioId);
    if (!scenario) {
      throw TestScenarioException.scenarioNotFound();
    }
    const testUser = await this.assertTestUser(userId);
    if (testUser.scenarioId !== scenarioId) {
      throw TestScenarioException.wrongScenario();
    }
    await this.snapshots.restore(userId, scenario.template);
    await this.scenarios.markReset(userId);
    await this.audit.record({
      action: AuditAction.TestUserReset,
      actorId: actor.userId,
      targetType: 'user',
      targetId: userId,
      meta,
      details: { scenarioId: scenario.id, scenarioName: scenario.name },
    });
    return this.describe(await this.assertTestUser(userId));
  }

  /** Who spoke as the test user, for the audit log; the message itself stays in the chat. */
  recordTurn(userId: string, turnId: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<void> {
    return this.audit.record({
      action: AuditAction.TestUserTurnPosted,
      actorId: actor.userId,
      targetType: 'user',
      targetId: userId,
      meta,
      details: { turnId },
    });
  }

  /** Each scenario's test users, for the scenario pages. */
  async describeForScenarios(scenarioIds: readonly string[]): Promise<Map<string, TestUserDto[]>> {
    const testUsers = await this.scenarios.listTestUsers(scenarioIds);
    const contacts = new Map(
      (await this.userContacts.findContacts(testUsers.map((row) => row.userId))).map((c) => [c.id, c]),
    );
    const byScenario = new Map<string, TestUserDto[]>();
    for (const row of testUsers) {
      const contact = contacts.get(row.userId);
      if (!contact || !row.scenarioId) {
        continue;
      }
      const list = byScenario.get(row.scenarioId) ?? [];
      list.push(toTestUserDto(row, contact));
      byScenario.set(row.scenarioId, list);
    }
    return byScenario;
  }

  private async describe(testUser: TestUserEntity): Promise<TestUserDto> {
    const [contact] = await this.userContacts.findContacts([testUser.userId]);
    if (!contact) {
      throw TestScenarioException.userNotFound();
    }
    return toTestUserDto(testUser, contact);
  }
}

const toTestUserDto = (row: TestUserEntity, contact: UserContact): TestUserDto => ({
  userId: row.userId,
  email: contact.email,
  name: `${contact.firstName} ${contact.lastName}`.trim(),
  scenarioId: row.scenarioId,
  resetAt: row.resetAt.toISOString(),
});
