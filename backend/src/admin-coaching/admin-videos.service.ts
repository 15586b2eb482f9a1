import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  AdminCoachingErrorCode,
  AdminCoachingException,
  found,
} from 'src/admin-coaching/admin-coaching.exception';
import type { AdminReader } from 'src/admin-coaching/admin-read-routes';
import { staffListPage, staffListRequest } from 'src/admin-coaching/staff-list';
import {
  type AdminCreateVideoDto,
  type AdminUpdateVideoDto,
  type AdminVideoDto,
  VIDEO_PLACEMENTS,
} from 'src/admin-coaching/dto/admin-video.dto';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import type { SessionVideoEntity } from 'src/coaching/entities/session-video.entity';
import {
  type SessionVideoFields,
  SessionVideoRepository,
} from 'src/coaching/repositories/session-video.repository';
import { VideoCatalogService } from 'src/coaching/videos/video-catalog.service';
import type { AdminListPage } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterEnumList, filterString, filterUuidList } from 'src/common/admin-list/filter-values';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { SESSIONS } from 'src/curriculum/sessions';

// The two unique constraints of session_videos (1764300000001-CreateSessionVideos) and the
// conflict each means to staff.
const conflict = (code: AdminCoachingErrorCode, message: string, field: string): AdminCoachingException =>
  new AdminCoachingException(code, message, HttpStatus.CONFLICT, field);

const CONFLICTS: Record<string, () => AdminCoachingException> = {
  uq_session_videos_key: () =>
    conflict(AdminCoachingErrorCode.VideoKeyTaken, 'Another video already has this key.', 'key'),
  uq_session_videos_session_kind: () =>
    conflict(
      AdminCoachingErrorCode.VideoSlotTaken,
      'This session already has a video in that place; edit or delete that one first.',
      'kind',
    ),
};

const conflictOf = (error: unknown): AdminCoachingException | null => {
  if (!(error instanceof QueryFailedError)) {
    return null;
  }
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' ? (CONFLICTS[driver.constraint ?? '']?.() ?? null) : null;
};

/** The fields of a change that differ from the row, '' captions meaning "none". */
const changesOf = (video: SessionVideoEntity, dto: AdminUpdateVideoDto): Partial<SessionVideoFields> => {
  const wanted: Partial<SessionVideoFields> = {
    ...dto,
    ...(dto.title === undefined ? {} : { title: dto.title.trim() }),
    ...(dto.captionsUrl === undefined ? {} : { captionsUrl: dto.captionsUrl || null }),
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(
      ([field, value]) => value !== undefined && video[field as keyof SessionVideoFields] !== value,
    ),
  );
};

/**
 * The session-video catalogue for staff. Clients see changes on their next card: the session
 * flow looks a video up by session and place each time it shows one.
 */
@Injectable()
export class AdminVideosService implements AdminReader<AdminVideoDto> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly videos: SessionVideoRepository,
    private readonly catalog: VideoCatalogService,
    private readonly audit: AuditService,
  ) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<AdminVideoDto>> {
    const { request, filter } = staffListRequest(query, {
      sortable: ['key', 'title', 'session', 'durationSeconds', 'createdAt', 'updatedAt'] as const,
      defaultSort: ['key', 'ASC'],
    });
    const result = this.videos.listForStaff(this.dataSource.manager, {
      ...request,
      ids: filterUuidList(filter, 'id'),
      search: filterString(filter, 'q'),
      sessions: filterEnumList(filter, 'session', SESSIONS),
      kinds: filterEnumList(filter, 'kind', VIDEO_PLACEMENTS),
    });
    return staffListPage(result, request.offset, (video) => this.toDto(video));
  }

  async get(id: string): Promise<AdminVideoDto> {
    return this.toDto(await this.find(id));
  }

  async create(dto: AdminCreateVideoDto, actor: AuthPrincipal, meta: ClientMetadata): Promise<AdminVideoDto> {
    const video = await this.guard(() =>
      this.videos.create(this.dataSource.manager, {
        ...dto,
        title: dto.title.trim(),
        captionsUrl: dto.captionsUrl || null,
      }),
    );
    await this.record(AuditAction.SessionVideoCreated, video, actor, meta, { key: video.key });
    return this.toDto(video);
  }

  async update(
    id: string,
    dto: AdminUpdateVideoDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<AdminVideoDto> {
    const before = await this.find(id);
    const changes = changesOf(before, dto);
    if (Object.keys(changes).length === 0) {
      return this.toDto(before);
    }
    await this.guard(() => this.videos.update(this.dataSource.manager, id, changes));
    const after = await this.find(id);
    await this.record(AuditAction.SessionVideoUpdated, after, actor, meta, {
      key: after.key,
      fields: Object.keys(changes),
    });
    return this.toDto(after);
  }

  /** Clients at that point of the curriculum then go on without a video card. */
  async remove(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<AdminVideoDto> {
    const video = await this.find(id);
    await this.videos.remove(this.dataSource.manager, id);
    await this.record(AuditAction.SessionVideoDeleted, video, actor, meta, {
      key: video.key,
      session: video.session,
      kind: video.kind,
      url: video.url,
    });
    return this.toDto(video);
  }

  private find(id: string): Promise<SessionVideoEntity> {
    return found(this.videos.findById(this.dataSource.manager, id), 'Video');
  }

  private async guard<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      throw conflictOf(error) ?? error;
    }
  }

  private record(
    action: AuditAction,
    video: SessionVideoEntity,
    actor: AuthPrincipal,
    meta: ClientMetadata,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      action,
      actorId: actor.userId,
      targetType: 'session_video',
      targetId: video.id,
      meta,
      details,
    });
  }

  private toDto(video: SessionVideoEntity): AdminVideoDto {
    return {
      id: video.id,
      key: video.key,
      session: video.session,
      kind: video.kind,
      title: video.title,
      url: video.url,
      playUrl: this.catalog.resolveUrl(video.url),
      durationSeconds: video.durationSeconds,
      captionsUrl: video.captionsUrl,
      captionsPlayUrl: video.captionsUrl === null ? null : this.catalog.resolveUrl(video.captionsUrl),
      createdAt: video.createdAt.toISOString(),
      updatedAt: video.updatedAt.toISOString(),
    };
  }
}
