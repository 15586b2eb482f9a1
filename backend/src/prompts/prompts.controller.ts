import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminActionRoute,
  AdminCreateRoute,
  AdminListRoute,
  AdminShowRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { CreatePromptVersionDto } from 'src/prompts/dto/create-prompt-version.dto';
import { PreviewPromptDto } from 'src/prompts/dto/preview-prompt.dto';
import { PromptDiffQueryDto, PromptDiffResponseDto } from 'src/prompts/dto/prompt-diff.dto';
import { PromptPreviewResponseDto } from 'src/prompts/dto/prompt-preview-response.dto';
import { PromptVersionResponseDto } from 'src/prompts/dto/prompt-version-response.dto';
import { PromptPreviewService } from 'src/prompts/prompt-preview.service';
import { PromptVersionsService } from 'src/prompts/prompt-versions.service';
import { UserRole } from 'src/common/auth/user-role';

const READ = { role: UserRole.Staff, scopes: ['prompts:read' as const] };
const WRITE = { role: UserRole.Staff, scopes: ['prompts:write' as const] };

/**
 * Prompt versions for the back office (react-admin simple REST): every record is a version;
 * `filter={"active":true}` lists the prompts in use.
 */
@ApiTags('admin: prompts')
@Controller('admin/prompts')
export class PromptsController {
  constructor(
    private readonly versions: PromptVersionsService,
    private readonly previews: PromptPreviewService,
  ) {}

  /** List versions; filters: q, kind, phase, category, key, templateId, active, id[]. */
  @AdminListRoute(PromptVersionResponseDto, {
    auth: READ,
    responseDescription: 'With `Content-Range: prompts a-b/total`',
  })
  async listPrompts(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PromptVersionResponseDto[]> {
    return withContentRange(reply, 'prompts', await this.versions.list(query));
  }

  @AdminShowRoute(PromptVersionResponseDto, { auth: READ, notFound: true })
  getPrompt(@Param() params: UuidParamDto): Promise<PromptVersionResponseDto> {
    return this.versions.get(params.id);
  }

  /** Save a new immutable version of a prompt; it goes live only when activated. */
  @AdminCreateRoute(PromptVersionResponseDto, { auth: WRITE })
  createPrompt(
    @Body() body: CreatePromptVersionDto,
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<PromptVersionResponseDto> {
    return this.versions.create(body, principal.userId);
  }

  /** Make this version the one in use (activating an older version rolls back). */
  @AdminActionRoute(':id/activate', PromptVersionResponseDto, { auth: WRITE, notFound: true })
  activatePrompt(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<PromptVersionResponseDto> {
    return this.versions.activate(params.id, principal.userId);
  }

  /** Unified diff of this version against another. */
  @AdminShowRoute(PromptDiffResponseDto, { path: ':id/diff', auth: READ, notFound: true })
  diffPrompt(
    @Param() params: UuidParamDto,
    @Query() query: PromptDiffQueryDto,
  ): Promise<PromptDiffResponseDto> {
    return this.versions.diff(params.id, query.against);
  }

  /** The fully assembled prompt and response schema for a context, a client or a sample. */
  @AdminActionRoute('preview', PromptPreviewResponseDto, {
    auth: READ,
    notFound: '`prompt_not_found`: a pinned version id does not exist.',
  })
  previewPrompt(
    @Body() body: PreviewPromptDto,
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<PromptPreviewResponseDto> {
    return this.previews.preview(body, principal.userId);
  }
}
