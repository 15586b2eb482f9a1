import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import {
  CreateIdentityDto,
  IdentityResponseDto,
  ReorderIdentitiesDto,
  UpdateIdentityDto,
} from 'src/coaching/identities/dto/identity.dto';
import { IAmDocumentService } from 'src/coaching/identities/i-am-document.service';
import { IdentitiesService } from 'src/coaching/identities/identities.service';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';

// The client's own identities. Always scoped to the caller: another client's id is a 404.
@ApiTags('identities')
@Auth()
@Controller('identities')
export class IdentitiesController {
  constructor(
    private readonly identities: IdentitiesService,
    private readonly documents: IAmDocumentService,
  ) {}

  /** Your current identities, in your order. */
  @Get()
  @ApiOkResponse({ type: [IdentityResponseDto] })
  listIdentities(@CurrentPrincipal() principal: AuthPrincipal): Promise<IdentityResponseDto[]> {
    return this.identities.list(principal.userId);
  }

  /** Add an identity yourself. */
  @Post()
  @ApiCreatedResponse({ type: IdentityResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`duplicate_identity_name`' })
  createIdentity(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Body() dto: CreateIdentityDto,
  ): Promise<IdentityResponseDto> {
    return this.identities.create(principal.userId, dto);
  }

  /** Put your identities in a new order; list every current one exactly once. */
  @Post('reorder')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: [IdentityResponseDto] })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: '`invalid_reorder`' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`identity_not_found`' })
  reorderIdentities(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Body() dto: ReorderIdentitiesDto,
  ): Promise<IdentityResponseDto[]> {
    return this.identities.reorder(principal.userId, dto.ids);
  }

  /** Your "I am" statements as a typeset PDF, to print or keep. */
  @Get('i-am.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF document.', schema: { type: 'string', format: 'binary' } })
  async downloadIAmStatements(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    void reply.type('application/pdf').header('Content-Disposition', 'attachment; filename="i-am.pdf"');
    return this.documents.render(principal.userId);
  }

  @Get(':id')
  @ApiOkResponse({ type: IdentityResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`identity_not_found`' })
  getIdentity(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
  ): Promise<IdentityResponseDto> {
    return this.identities.get(principal.userId, params.id);
  }

  /** Edit the name, category, notes or "I am" statement. */
  @Patch(':id')
  @ApiOkResponse({ type: IdentityResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`identity_not_found`' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`duplicate_identity_name`' })
  updateIdentity(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
    @Body() dto: UpdateIdentityDto,
  ): Promise<IdentityResponseDto> {
    return this.identities.update(principal.userId, params.id, dto);
  }

  /** Archive an identity (a soft delete; staff can restore it). */
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Archived.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`identity_not_found`' })
  archiveIdentity(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
  ): Promise<void> {
    return this.identities.archive(principal.userId, params.id);
  }
}
