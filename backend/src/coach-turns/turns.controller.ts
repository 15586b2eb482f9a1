import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import {
  CreateTurnDto,
  CreateTurnQueryDto,
  TurnAcceptedResponseDto,
  TurnResultResponseDto,
} from 'src/coach-turns/dto/turn.dto';
import { sendEventStream } from 'src/coach-turns/event-stream.response';
import { TurnEventStreamService } from 'src/coach-turns/turn-event-stream.service';
import type { TurnResultView, TurnView } from 'src/coach-turns/turn-view.service';
import { TurnsService } from 'src/coach-turns/turns.service';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';

// A turn: what the client says or presses, and the coach's reply (streamed over SSE).
@ApiTags('coach')
@Auth()
@Controller('coach/turns')
export class TurnsController {
  constructor(
    private readonly turns: TurnsService,
    private readonly stream: TurnEventStreamService,
  ) {}

  /** Send a message and/or press a card button. 202 while the coach answers; 200 when answered at once. */
  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Same key and body → the same turn, never a second model call; another body → 409',
  })
  @ApiOkResponse({ type: TurnResultResponseDto, description: 'Answered without the model, or `?wait=true`' })
  @ApiAcceptedResponse({
    type: TurnAcceptedResponseDto,
    description: 'Queued; follow `/coach/turns/:id/events`',
  })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description:
      '`empty_turn`, `validation_failed` (e.g. message over 4000 characters), `button_not_offered`',
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`message_not_found` (the card’s message)' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description:
      '`turn_in_progress`, `idempotency_key_reused`, `on_break`, `card_expired`, `card_not_interactive`',
  })
  @ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: '`turn_rate_limited` or `daily_token_budget_exceeded`; see Retry-After',
  })
  async createTurn(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Body() dto: CreateTurnDto,
    @Query() query: CreateTurnQueryDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ turn: TurnView } | TurnResultView> {
    const posted = await this.turns.post(principal.userId, dto, query.wait ?? false, idempotencyKey);
    if (posted.kind === 'queued') {
      void reply.status(HttpStatus.ACCEPTED);
      return { turn: posted.turn };
    }
    return posted.result;
  }

  /** A turn's status and, once done, its messages, actions and the coach state. */
  @Get(':id')
  @ApiOkResponse({ type: TurnResultResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`turn_not_found`' })
  getTurn(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
  ): Promise<TurnResultView> {
    return this.turns.get(principal.userId, params.id);
  }

  /**
   * Server-Sent Events: `delta` (message text as it streams), `restart`, `action`, `component`,
   * `state`, then `done` (the result) or `error`. `Last-Event-ID` resumes after that event.
   */
  @Get(':id/events')
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this event id' })
  @ApiOkResponse({ description: 'An event stream; ids are 1, 2, 3… per turn' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: '`invalid_last_event_id`' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`turn_not_found`' })
  streamTurnEvents(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return sendEventStream(request, reply, (signal) =>
      this.stream.open(principal.userId, params.id, lastEventId, signal),
    );
  }
}
