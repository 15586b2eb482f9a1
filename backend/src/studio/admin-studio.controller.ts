import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminShowRoute } from 'src/common/admin-list/admin-route.decorator';
import { Auth } from 'src/common/auth/auth.decorator';
import { UserRole } from 'src/common/auth/user-role';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { AdminStudioService } from 'src/studio/admin-studio.service';
import { AdminStudioDto } from 'src/studio/dto/studio.dto';
import { StudioFilesService } from 'src/studio/studio-files.service';
import { sendStudioFile } from 'src/studio/studio-reply';

const IMAGE = { description: 'The image bytes', schema: { type: 'string', format: 'binary' } } as const;

// Staff see a client's studio: photos, scenes and every draft. The override is set with
// PATCH /admin/users/:id (`studioOverride`).
@ApiTags('admin: studio')
@Auth({ role: UserRole.Staff })
@Controller('admin')
export class AdminStudioController {
  constructor(
    private readonly studio: AdminStudioService,
    private readonly files: StudioFilesService,
  ) {}

  @AdminShowRoute(AdminStudioDto, { path: 'users/:id/studio', notFound: '`user_not_found`' })
  getUserStudio(@Param() params: UuidParamDto): Promise<AdminStudioDto> {
    return this.studio.forUser(params.id);
  }

  @Get('studio/drafts/:id/image')
  @ApiProduces('image/png')
  @ApiOkResponse(IMAGE)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`draft_not_found`, `image_not_found`' })
  async getStudioDraftImage(@Param() params: UuidParamDto, @Res() reply: FastifyReply): Promise<void> {
    await sendStudioFile(reply, await this.files.draft(null, params.id, 'image'), false);
  }

  @Get('studio/drafts/:id/thumbnail')
  @ApiProduces('image/png')
  @ApiOkResponse(IMAGE)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`draft_not_found`, `image_not_found`' })
  async getStudioDraftThumbnail(@Param() params: UuidParamDto, @Res() reply: FastifyReply): Promise<void> {
    await sendStudioFile(reply, await this.files.draft(null, params.id, 'thumbnail'), false);
  }

  @Get('studio/references/:id/image')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse(IMAGE)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`reference_not_found`' })
  async getStudioReferenceImage(@Param() params: UuidParamDto, @Res() reply: FastifyReply): Promise<void> {
    await sendStudioFile(reply, await this.files.reference(null, params.id, 'image'), false);
  }

  @Get('studio/references/:id/thumbnail')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse(IMAGE)
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`reference_not_found`' })
  async getStudioReferenceThumbnail(
    @Param() params: UuidParamDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendStudioFile(reply, await this.files.reference(null, params.id, 'thumbnail'), false);
  }
}
