import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import type { Phase } from 'src/curriculum/phases';
import { SESSIONS } from 'src/curriculum/sessions';
import { videoCard } from 'src/coaching/components/card-builders';
import type { VideoCard } from 'src/curriculum/component.types';
import type { SessionVideoEntity, VideoPlacement } from 'src/coaching/entities/session-video.entity';
import { SessionVideoRepository } from 'src/coaching/repositories/session-video.repository';
import type { VideoSlot } from 'src/coaching/state/session-flow';
import type { AllConfig } from 'src/config/config.types';

export interface SessionVideoView {
  key: string;
  session: SessionVideoEntity['session'];
  kind: VideoPlacement;
  title: string;
  /** Absolute, or a path on this server; ready for a <video> element. */
  url: string;
  durationSeconds: number;
  /** WebVTT captions, resolved like `url`; null when staff have not added any. */
  captionsUrl: string | null;
}

const isAbsolute = (url: string): boolean => /^https?:\/\//i.test(url) || url.startsWith('/');

@Injectable()
export class VideoCatalogService {
  constructor(
    private readonly videos: SessionVideoRepository,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  resolveUrl(url: string): string {
    return isAbsolute(url) ? url : `${this.config.get('coaching.videoBaseUrl', { infer: true })}/${url}`;
  }

  toView(video: SessionVideoEntity): SessionVideoView {
    return {
      key: video.key,
      session: video.session,
      kind: video.kind,
      title: video.title,
      url: this.resolveUrl(video.url),
      durationSeconds: video.durationSeconds,
      captionsUrl: video.captionsUrl === null ? null : this.resolveUrl(video.captionsUrl),
    };
  }

  /** The catalogue in curriculum order: by session, intro before outro. */
  async list(db: EntityManager): Promise<SessionVideoView[]> {
    const rank = (video: SessionVideoEntity): number =>
      SESSIONS.indexOf(video.session) * 2 + (video.kind === 'intro' ? 0 : 1);
    const rows = await this.videos.listAll(db);
    return rows
      .sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key))
      .map((row) => this.toView(row));
  }

  findByKey(db: EntityManager, key: string): Promise<SessionVideoEntity | null> {
    return this.videos.findByKey(db, key);
  }

  /** The card for a session's intro or outro; null when staff removed that video. */
  async cardFor(db: EntityManager, phase: Phase, slot: VideoSlot): Promise<VideoCard | null> {
    const video = await this.videos.findFor(db, slot.session, slot.placement);
    return video
      ? videoCard(phase, {
          key: video.key,
          session: video.session,
          placement: video.kind,
          title: video.title,
          url: this.resolveUrl(video.url),
          durationSeconds: video.durationSeconds,
        })
      : null;
  }
}
