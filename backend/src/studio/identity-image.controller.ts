import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { ImageDownloadQueryDto } from 'src/studio/dto/studio.dto';
import { StudioFilesService } from 'src/studio/studio-files.service';
import { sendStudioFile } from 'src/studio/studio-reply';

// An identity's saved picture, for its card and the identities page (the owner only).
@ApiTags('identities')
@Auth()
@Controller('identities')
export class IdentityImageController {
  constructor(private readonly files: StudioFilesService) {}

  /** The identity's saved studio picture (PNG); 404 when it has none. */
  @Get(':id/image')
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'The PNG bytes', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`identity_not_found`, `image_not_found`' })
  async getIdentityImage(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
    @Query() query: ImageDownloadQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.files.identityPicture(principal.userId, params.id, 'image');
    await sendStudioFile(reply, file, query.download === '1');
  }
}
