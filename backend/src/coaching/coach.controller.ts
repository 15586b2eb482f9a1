import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { type CoachCatalog, CoachCatalogService } from 'src/coaching/coach-catalog.service';
import {
  CoachCatalogResponseDto,
  CoachStateResponseDto,
  MessagePageQueryDto,
  MessagePageResponseDto,
  ResetCoachingDto,
} from 'src/coaching/dto/coach.dto';
import { type MessagePage, MessagesService } from 'src/coaching/messages/messages.service';
import { CoachingResetService } from 'src/coaching/reset/coaching-reset.service';
import { type CoachStateView, CoachStateService } from 'src/coaching/state/coach-state.service';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';

// The client's coaching as data: where they are, the conversation, the curriculum, a fresh start.
@ApiTags('coach')
@Auth()
@Controller('coach')
export class CoachController {
  constructor(
    private readonly states: CoachStateService,
    private readonly messages: MessagesService,
    private readonly catalog: CoachCatalogService,
    private readonly resets: CoachingResetService,
  ) {}

  /** Coach state, current identity, open break and safety hold. Starts coaching on first read. */
  @Get('state')
  @ApiOkResponse({ type: CoachStateResponseDto })
  getCoachState(@CurrentPrincipal() principal: AuthPrincipal): Promise<CoachStateView> {
    return this.states.getForUser(principal.userId);
  }

  /** The conversation, newest page first (`?limit=&before=`), with cards. */
  @Get('messages')
  @ApiOkResponse({ type: MessagePageResponseDto })
  listCoachMessages(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Query() query: MessagePageQueryDto,
  ): Promise<MessagePage> {
    return this.messages.list(principal.userId, { limit: query.limit, before: query.before ?? null });
  }

  /** Phases, sessions, categories, identity states and the session videos. */
  @Get('catalog')
  @ApiOkResponse({ type: CoachCatalogResponseDto })
  getCoachCatalog(): Promise<CoachCatalog> {
    return this.catalog.getCatalog();
  }

  /** Start over: deletes messages, identities, notes and the coach state (usage is kept). */
  @Post('reset')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Your coaching data was cleared.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`turn_in_progress`' })
  resetCoaching(@CurrentPrincipal() principal: AuthPrincipal, @Body() _dto: ResetCoachingDto): Promise<void> {
    return this.resets.reset(principal.userId);
  }
}
