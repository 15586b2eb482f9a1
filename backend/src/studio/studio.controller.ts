import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { sendEventStream } from 'src/coach-turns/event-stream.response';
import { DraftStreamService } from 'src/studio/draft-stream.service';
import { DraftsService } from 'src/studio/drafts.service';
import {
  DraftIdParamDto,
  IdentityIdParamDto,
  ImageDownloadQueryDto,
  RefineDraftDto,
  StudioAppearanceDto,
  StudioDraftDto,
  StudioIdentityDto,
  StudioReferenceDto,
  StudioSceneDto,
  StudioStateDto,
  UpdateAppearanceDto,
  UpdateSceneDto,
} from 'src/studio/dto/studio.dto';
import { ReferencesService } from 'src/studio/references.service';
import { StudioFilesService } from 'src/studio/studio-files.service';
import { sendStudioFile } from 'src/studio/studio-reply';
import { multipartUpload } from 'src/studio/studio-upload';
import { StudioService } from 'src/studio/studio.service';

const LOCKED = {
  type: ErrorResponseDto,
  description: '`studio_locked`: not in the last phase and no override',
};
const IMAGE = { description: 'The image bytes', schema: { type: 'string', format: 'binary' } } as const;
const IDEMPOTENCY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Same key and request → the same draft, charged once; another request → 409',
};

// The client's visualization studio (docs/studio.md). Everything is scoped to the caller:
// another client's identity, photo or draft is a 404.
@ApiTags('studio')
@Auth()
@Controller('studio')
export class StudioController {
  constructor(
    private readonly studio: StudioService,
    private readonly references: ReferencesService,
    private readonly drafts: DraftsService,
    private readonly files: StudioFilesService,
    private readonly stream: DraftStreamService,
  ) {}

  /** Whether the studio is open, today's quota, your appearance, photos and identities. */
  @Get()
  @ApiOkResponse({ type: StudioStateDto })
  getStudio(@CurrentPrincipal() principal: AuthPrincipal): Promise<StudioStateDto> {
    return this.studio.state(principal.userId);
  }

  /** How you look, in your own words (used in every picture). */
  @Put('appearance')
  @ApiOkResponse({ type: StudioAppearanceDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: '`validation_failed` (over 500 characters)' })
  @ApiForbiddenResponse(LOCKED)
  updateAppearance(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Body() dto: UpdateAppearanceDto,
  ): Promise<StudioAppearanceDto> {
    return this.studio.saveAppearance(principal.userId, dto.description);
  }

  /** Add a reference photo (JPEG, PNG or WebP): stored upright, without metadata, with a thumbnail. */
  @Post('references')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: StudioReferenceDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`invalid_image`: not a JPEG, PNG or WebP photo',
  })
  @ApiForbiddenResponse(LOCKED)
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`reference_limit_reached` (5 photos)' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: '`image_too_large`' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: '`reference_photo_blocked` (the moderation model flagged the photo; nothing is stored)',
  })
  uploadReference(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Req() request: FastifyRequest,
  ): Promise<StudioReferenceDto> {
    return this.references.upload(principal.userId, multipartUpload(request));
  }

  @Delete('references/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted, files included.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`reference_not_found`' })
  deleteReference(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
  ): Promise<void> {
    return this.references.remove(principal.userId, params.id);
  }

  @Get('references/:id/image')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse(IMAGE)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`reference_not_found`' })
  async getReferenceImage(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendStudioFile(reply, await this.files.reference(principal.userId, params.id, 'image'), false);
  }

  @Get('references/:id/thumbnail')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse(IMAGE)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`reference_not_found`' })
  async getReferenceThumbnail(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendStudioFile(reply, await this.files.reference(principal.userId, params.id, 'thumbnail'), false);
  }

  /** Describe the scene of an identity's picture; replaces the whole scene. */
  @Put('identities/:identityId/scene')
  @ApiOkResponse({ type: StudioSceneDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`validation_failed` (a field over 300 characters)',
  })
  @ApiForbiddenResponse(LOCKED)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`identity_not_found`' })
  updateScene(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: IdentityIdParamDto,
    @Body() dto: UpdateSceneDto,
  ): Promise<StudioSceneDto> {
    return this.studio.saveScene(principal.userId, params.identityId, dto);
  }

  /** An identity's drafts, newest first. */
  @Get('identities/:identityId/drafts')
  @ApiOkResponse({ type: [StudioDraftDto] })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`identity_not_found`' })
  listDrafts(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: IdentityIdParamDto,
  ): Promise<StudioDraftDto[]> {
    return this.studio.listDrafts(principal.userId, params.identityId);
  }

  /** Generate a picture of the identity: 202 with the pending draft; follow its events. */
  @Post('identities/:identityId/drafts')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiHeader(IDEMPOTENCY)
  @ApiAcceptedResponse({ type: StudioDraftDto })
  @ApiForbiddenResponse(LOCKED)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`identity_not_found`' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`idempotency_key_reused`' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: '`image_prompt_blocked`' })
  @ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: '`image_quota_exceeded`; see Retry-After',
  })
  generateDraft(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: IdentityIdParamDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<StudioDraftDto> {
    return this.drafts.generate(principal.userId, params.identityId, idempotencyKey || undefined);
  }

  /** Refine a ready draft with an instruction: 202 with the new pending draft. */
  @Post('drafts/:draftId/refine')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiHeader(IDEMPOTENCY)
  @ApiAcceptedResponse({ type: StudioDraftDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`validation_failed` (instruction 1–300 characters)',
  })
  @ApiForbiddenResponse(LOCKED)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`draft_not_found`' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`draft_not_ready`, `idempotency_key_reused`' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: '`image_prompt_blocked`' })
  @ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: '`image_quota_exceeded`; see Retry-After',
  })
  refineDraft(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: DraftIdParamDto,
    @Body() dto: RefineDraftDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<StudioDraftDto> {
    return this.drafts.refine(principal.userId, params.draftId, dto.instruction, idempotencyKey || undefined);
  }

  /**
   * Server-Sent Events: `progress` `{ stage, percent }`, then `done` (the draft) or `error`
   * `{ code, message, retryable }`. A finished draft's stream ends at once with its ending.
   */
  @Get('drafts/:draftId/events')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`draft_not_found`' })
  streamDraftEvents(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: DraftIdParamDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return sendEventStream(request, reply, (signal) =>
      this.stream.open(principal.userId, params.draftId, signal),
    );
  }

  @Get('drafts/:draftId/image')
  @ApiProduces('image/png')
  @ApiOkResponse(IMAGE)
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: '`draft_not_found`, `image_not_found` (not ready)',
  })
  async getDraftImage(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: DraftIdParamDto,
    @Query() query: ImageDownloadQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.files.draft(principal.userId, params.draftId, 'image');
    await sendStudioFile(reply, file, query.download === '1');
  }

  @Get('drafts/:draftId/thumbnail')
  @ApiProduces('image/png')
  @ApiOkResponse(IMAGE)
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: '`draft_not_found`, `image_not_found` (not ready)',
  })
  async getDraftThumbnail(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: DraftIdParamDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendStudioFile(reply, await this.files.draft(principal.userId, params.draftId, 'thumbnail'), false);
  }

  /** Make a ready draft the identity's picture. */
  @Post('drafts/:draftId/save')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StudioIdentityDto })
  @ApiForbiddenResponse(LOCKED)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`draft_not_found`' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`draft_not_ready`' })
  saveDraft(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: DraftIdParamDto,
  ): Promise<StudioIdentityDto> {
    return this.drafts.save(principal.userId, params.draftId);
  }

  /** Delete a draft and its images; deleting the saved one clears the identity's picture. */
  @Delete('drafts/:draftId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`draft_not_found`' })
  deleteDraft(@CurrentPrincipal() principal: AuthPrincipal, @Param() params: DraftIdParamDto): Promise<void> {
    return this.drafts.remove(principal.userId, params.draftId);
  }
}
