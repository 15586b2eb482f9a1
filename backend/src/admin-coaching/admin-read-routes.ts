import { Get, Inject, Param, Query, Res, type Type } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CONTENT_RANGE_HEADER } from 'src/admin-coaching/staff-list';
import type { AdminListPage } from 'src/common/admin-list/admin-list';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { withContentRange } from 'src/common/admin-list/content-range';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';

/** What a staff list resource offers: a page of rows and one row by id. */
export interface AdminReader<TDto> {
  list(query: AdminListQueryDto): Promise<AdminListPage<TDto>>;
  get(id: string): Promise<TDto>;
}

export interface AdminReadRoutesSpec<TDto> {
  /** Path segment and Content-Range unit, e.g. `messages`. */
  resource: string;
  /** For operation ids: `listAdmin<plural>`, `getAdmin<singular>`. */
  plural: string;
  singular: string;
  dto: Type<TDto>;
  reader: Type<AdminReader<TDto>>;
  /** The list's filters and sort fields, for the API document. */
  listDescription: string;
}

/**
 * The list and show routes every coaching resource has, in react-admin's simple REST shape. A
 * resource's controller extends the class this returns and adds its own `@Controller`, guard and
 * any edit routes.
 */
export const AdminReadRoutes = <TDto>(spec: AdminReadRoutesSpec<TDto>) => {
  class ReadRoutes {
    constructor(@Inject(spec.reader) protected readonly reader: AdminReader<TDto>) {}

    @Get()
    @ApiOperation({ operationId: `listAdmin${spec.plural}`, description: spec.listDescription })
    @ApiOkResponse({ type: [spec.dto], headers: CONTENT_RANGE_HEADER })
    async list(
      @Query() query: AdminListQueryDto,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<TDto[]> {
      return withContentRange(reply, spec.resource, await this.reader.list(query));
    }

    @Get(':id')
    @ApiOperation({ operationId: `getAdmin${spec.singular}` })
    @ApiOkResponse({ type: spec.dto })
    @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`not_found`.' })
    get(@Param() params: UuidParamDto): Promise<TDto> {
      return this.reader.get(params.id);
    }
  }
  return ReadRoutes;
};
