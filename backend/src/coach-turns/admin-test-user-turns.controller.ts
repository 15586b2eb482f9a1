import { Body, Controller, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { FastifyReply } from 'fastify';
import {
  CreateTurnDto,
  CreateTurnQueryDto,
  TurnAcceptedResponseDto,
  TurnResultResponseDto,
} from 'src/coach-turns/dto/turn.dto';
import type { TurnResultView, TurnView } from 'src/coach-turns/turn-view.service';
import { TurnsService } from 'src/coach-turns/turns.service';
import { AdminShowRoute } from 'src/common/admin-list/admin-route.decorator';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { TestUsersService } from 'src/test-scenarios/test-users.service';

class TestUserTurnParamsDto extends UuidParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  turnId: string;
}

const NOT_A_TEST_USER = '`not_a_test_user`: staff never speak for a real client.';

/**
 * Staff chat as a test user: the client's own turn pipeline (same intake, quotas, model and
 * actions) run for the test user's id, after `TestUsersService` has said it is one. The
 * ownership checks of `/coach/turns` then hold unchanged, with the test user as the owner.
 */
@ApiTags('admin: test scenarios')
@Auth({ role: UserRole.Staff })
@Controller('admin/coach/users/:id/turns')
export class AdminTestUserTurnsController {
  constructor(
    private readonly turns: TurnsService,
    private readonly testUsers: TestUsersService,
  ) {}

  /** Post a message (and/or press a card button) as the test user. `?wait=true` answers with the reply. Audited. */
  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'createAdminTestUserTurn' })
  @ApiOkResponse({ type: TurnResultResponseDto, description: 'Answered without the model, or `?wait=true`' })
  @ApiAcceptedResponse({
    type: TurnAcceptedResponseDto,
    description: 'Queued; poll `GET /admin/coach/users/:id/turns/:turnId`',
  })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`empty_turn`, `validation_failed`, `button_not_offered`',
  })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: NOT_A_TEST_USER })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`message_not_found` (the card’s message)' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: '`turn_in_progress`, `on_break`, `card_expired`, `card_not_interactive`',
  })
  @ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: '`turn_rate_limited` or `daily_token_budget_exceeded` (the test user’s quotas)',
  })
  async createAdminTestUserTurn(
    @Param() params: UuidParamDto,
    @Body() dto: CreateTurnDto,
    @Query() query: CreateTurnQueryDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ turn: TurnView } | TurnResultView> {
    await this.testUsers.assertTestUser(params.id);
    const posted = await this.turns.post(params.id, dto, query.wait ?? false, undefined);
    const turn = posted.kind === 'queued' ? posted.turn : posted.result.turn;
    await this.testUsers.recordTurn(params.id, turn.id, principal, meta);
    if (posted.kind === 'queued') {
      void reply.status(HttpStatus.ACCEPTED);
      return { turn: posted.turn };
    }
    return posted.result;
  }

  /** One of the test user's turns: status and, once done, its messages, actions and state. */
  @AdminShowRoute(TurnResultResponseDto, {
    path: ':turnId',
    operationId: 'getAdminTestUserTurn',
    forbidden: NOT_A_TEST_USER,
    notFound: '`turn_not_found`',
  })
  async getAdminTestUserTurn(@Param() params: TestUserTurnParamsDto): Promise<TurnResultView> {
    await this.testUsers.assertTestUser(params.id);
    return this.turns.get(params.id, params.turnId);
  }
}
