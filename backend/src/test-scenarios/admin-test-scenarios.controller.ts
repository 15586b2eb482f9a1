import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminActionRoute,
  AdminCreateRoute,
  AdminDeleteRoute,
  AdminListRoute,
  AdminShowRoute,
  AdminUpdateRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import {
  CreateTestScenarioDto,
  FreezeTestScenarioDto,
  ResetTestUserDto,
  UpdateTestScenarioDto,
} from 'src/test-scenarios/dto/scenario-document.dto';
import { TestScenarioDto, TestUserDto } from 'src/test-scenarios/dto/test-scenario.dto';
import { TestScenariosService } from 'src/test-scenarios/test-scenarios.service';
import { TestUsersService } from 'src/test-scenarios/test-users.service';

const INVALID_DOCUMENT =
  '`validation_failed` (a field of the document, named in `details`) or `invalid_snapshot` (duplicate identity names, unknown `currentIdentity`).';

const SCENARIO_NOT_FOUND = '`scenario_not_found`.';
const NAME_TAKEN = '`scenario_name_taken`.';

@ApiTags('admin: test scenarios')
@Auth({ role: UserRole.Staff })
@Controller('admin/test-scenarios')
export class AdminTestScenariosController {
  constructor(
    private readonly scenarios: TestScenariosService,
    private readonly testUsers: TestUsersService,
  ) {}

  @AdminListRoute(TestScenarioDto, {
    operationId: 'listAdminTestScenarios',
    description:
      'Scenarios, last changed first. Filters: q (part of the name), id (list), testUserId (the scenario a test user came from). Sort: name, createdAt, updatedAt.',
    contentRange: 'e.g. `test-scenarios 0-24/31`',
    badRequest: true,
  })
  async listAdminTestScenarios(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TestScenarioDto[]> {
    return withContentRange(reply, 'test-scenarios', await this.scenarios.list(query));
  }

  /** A real client's current coaching data (state, identities, notes, last messages) as a new scenario. Audited. */
  @AdminCreateRoute(TestScenarioDto, {
    path: 'freeze',
    operationId: 'freezeAdminTestScenario',
    badRequest: '`validation_failed`.',
    notFound: '`user_not_found`.',
    conflict: NAME_TAKEN,
  })
  freezeAdminTestScenario(
    @Body() dto: FreezeTestScenarioDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<TestScenarioDto> {
    return this.scenarios.freeze(dto, principal, meta);
  }

  @AdminShowRoute(TestScenarioDto, {
    operationId: 'getAdminTestScenario',
    notFound: SCENARIO_NOT_FOUND,
  })
  getAdminTestScenario(@Param() params: UuidParamDto): Promise<TestScenarioDto> {
    return this.scenarios.get(params.id);
  }

  /** A scenario from its JSON document (docs/test-scenarios.md). Audited. */
  @AdminCreateRoute(TestScenarioDto, {
    operationId: 'createAdminTestScenario',
    badRequest: INVALID_DOCUMENT,
    conflict: NAME_TAKEN,
  })
  createAdminTestScenario(
    @Body() dto: CreateTestScenarioDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<TestScenarioDto> {
    return this.scenarios.create(dto, principal, meta);
  }

  /** Replace top-level parts of the document. Test users keep their data until reset. Audited. */
  @AdminUpdateRoute(TestScenarioDto, {
    operationId: 'updateAdminTestScenario',
    badRequest: INVALID_DOCUMENT,
    notFound: SCENARIO_NOT_FOUND,
    conflict: NAME_TAKEN,
  })
  updateAdminTestScenario(
    @Param() params: UuidParamDto,
    @Body() dto: UpdateTestScenarioDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<TestScenarioDto> {
    return this.scenarios.update(params.id, dto, principal, meta);
  }

  /**
   * Superusers only: the test users stay (they are accounts) but lose the template they reset
   * to. Answers the scenario as it was, as react-admin's delete expects. Audited.
   */
  @AdminDeleteRoute(TestScenarioDto, {
    auth: { role: UserRole.Superuser },
    operationId: 'deleteAdminTestScenario',
    notFound: SCENARIO_NOT_FOUND,
  })
  async deleteAdminTestScenario(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<TestScenarioDto> {
    const scenario = await this.scenarios.get(params.id);
    await this.scenarios.remove(params.id, principal, meta);
    return scenario;
  }

  /** A new test user (no password, `.invalid` address) whose data is the template. Audited. */
  @AdminCreateRoute(TestUserDto, {
    path: ':id/instantiate',
    operationId: 'instantiateAdminTestScenario',
    notFound: SCENARIO_NOT_FOUND,
  })
  instantiateAdminTestScenario(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<TestUserDto> {
    return this.testUsers.instantiate(params.id, principal, meta);
  }

  /** Set one of the scenario's test users back to the template (its turns, and so its usage, stay). Audited. */
  @AdminActionRoute(':id/reset', TestUserDto, {
    operationId: 'resetAdminTestUser',
    forbidden: '`not_a_test_user`: a real client is never reset here.',
    notFound: SCENARIO_NOT_FOUND,
    conflict: '`wrong_scenario` (made from another scenario) or `turn_in_progress`.',
  })
  resetAdminTestUser(
    @Param() params: UuidParamDto,
    @Body() dto: ResetTestUserDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<TestUserDto> {
    return this.testUsers.reset(params.id, dto.userId, principal, meta);
  }
}
