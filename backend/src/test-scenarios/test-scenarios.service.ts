import { Injectable } from '@nestjs/common';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { CoachingSnapshotService } from 'src/coaching/snapshot/coaching-snapshot.service';
import type { AdminListPage } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { parseAdminListQuery } from 'src/common/admin-list/admin-list';
import { filterString, filterUuid, filterUuidList } from 'src/common/admin-list/filter-values';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import type {
  CreateTestScenarioDto,
  FreezeTestScenarioDto,
  UpdateTestScenarioDto,
} from 'src/test-scenarios/dto/scenario-document.dto';
import type { TestScenarioDto, TestUserDto } from 'src/test-scenarios/dto/test-scenario.dto';
import type { TestScenarioEntity } from 'src/test-scenarios/entities/test-scenario.entity';
import { toSnapshot } from 'src/test-scenarios/scenario-document';
import { TestScenarioException } from 'src/test-scenarios/test-scenarios.exception';
import { TestScenariosRepository } from 'src/test-scenarios/test-scenarios.repository';
import { TestUsersService } from 'src/test-scenarios/test-users.service';
import { UsersService } from 'src/users/users.service';

const toScenarioDto = (scenario: TestScenarioEntity, testUsers: TestUserDto[]): TestScenarioDto => ({
  id: scenario.id,
  name: scenario.name,
  description: scenario.description,
  profile: scenario.profile,
  ...scenario.template,
  testUsers,
  createdById: scenario.createdById,
  createdAt: scenario.createdAt.toISOString(),
  updatedAt: scenario.updatedAt.toISOString(),
});

/** The scenarios themselves: write, list, show, delete, and freeze a real client into one. */
@Injectable()
export class TestScenariosService {
  constructor(
    private readonly scenarios: TestScenariosRepository,
    private readonly testUsers: TestUsersService,
    private readonly snapshots: CoachingSnapshotService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<TestScenarioDto>> {
    const { filter, ...page } = parseAdminListQuery(query, {
      sortable: ['name', 'createdAt', 'updatedAt'] as const,
      defaultSort: ['updatedAt', 'DESC'],
    });
    const [rows, total] = await this.scenarios.list(
      {
        ids: filterUuidList(filter, 'id'),
        search: filterString(filter, 'q'),
        testUserId: filterUuid(filter, 'testUserId'),
      },
      page,
    );
    const testUsers = await this.testUsers.describeForScenarios(rows.map((row) => row.id));
    return {
      items: rows.map((row) => toScenarioDto(row, testUsers.get(row.id) ?? [])),
      total,
      offset: page.offset,
    };
  }

  async get(id: string): Promise<TestScenarioDto> {
    const scenario = await this.found(id);
    const testUsers = await this.testUsers.describeForScenarios([id]);
    return toScenarioDto(scenario, testUsers.get(id) ?? []);
  }

  async create(
    dto: CreateTestScenarioDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<TestScenarioDto> {
    const snapshot = toSnapshot(dto);
    this.snapshots.check(snapshot);
    const scenario = await this.scenarios.insert({
      name: dto.name,
      description: dto.description ?? '',
      profile: { firstName: dto.profile.firstName, lastName: dto.profile.lastName },
      template: snapshot,
      createdById: actor.userId,
    });
    if (!scenario) {
      throw TestScenarioException.nameTaken(dto.name);
    }
    await this.record(AuditAction.TestScenarioCreated, scenario, actor, meta, {});
    return this.get(scenario.id);
  }

  async update(
    id: string,
    dto: UpdateTestScenarioDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<TestScenarioDto> {
    const before = await this.found(id);
    const name = dto.name ?? before.name;
    const snapshot = toSnapshot({
      state: dto.state ?? before.template.state,
      identities: dto.identities ?? before.template.identities,
      notes: dto.notes ?? before.template.notes,
      messages: dto.messages ?? before.template.messages,
    });
    this.snapshots.check(snapshot);
    const profile = dto.profile ?? before.profile;
    const updated = await this.scenarios.update(id, {
      name,
      description: dto.description ?? before.description,
      profile: { firstName: profile.firstName, lastName: profile.lastName },
      template: snapshot,
    });
    if (!updated) {
      throw TestScenarioException.nameTaken(name);
    }
    // The test users keep their data until staff reset them to the new template.
    await this.record(AuditAction.TestScenarioUpdated, before, actor, meta, {
      newName: name,
      changed: Object.keys(dto).sort(),
    });
    return this.get(id);
  }

  async remove(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<void> {
    const scenario = await this.found(id);
    if (!(await this.scenarios.remove(id))) {
      throw TestScenarioException.scenarioNotFound();
    }
    await this.record(AuditAction.TestScenarioDeleted, scenario, actor, meta, {});
  }

  /**
   * A real client's coaching data as it is now, copied into a new scenario (their name stays
   * behind: the profile is a placeholder). The audit row keeps whose data it was.
   */
  async freeze(
    dto: FreezeTestScenarioDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<TestScenarioDto> {
    if (!(await this.users.findById(dto.userId))) {
      throw TestScenarioException.userNotFound();
    }
    const snapshot = await this.snapshots.capture(dto.userId);
    const scenario = await this.scenarios.insert({
      name: dto.name,
      description: dto.description ?? '',
      profile: { firstName: 'Frozen', lastName: 'Client' },
      template: snapshot,
      createdById: actor.userId,
    });
    if (!scenario) {
      throw TestScenarioException.nameTaken(dto.name);
    }
    await this.record(AuditAction.TestScenarioFrozen, scenario, actor, meta, { fromUserId: dto.userId });
    return this.get(scenario.id);
  }

  private async found(id: string): Promise<TestScenarioEntity> {
    const scenario = await this.scenarios.find(id);
    if (!scenario) {
      throw TestScenarioException.scenarioNotFound();
    }
    return scenario;
  }

  private record(
    action: AuditAction,
    scenario: TestScenarioEntity,
    actor: AuthPrincipal,
    meta: ClientMetadata,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      action,
      actorId: actor.userId,
      targetType: 'test_scenario',
      targetId: scenario.id,
      meta,
      details: { name: scenario.name, ...details },
    });
  }
}
