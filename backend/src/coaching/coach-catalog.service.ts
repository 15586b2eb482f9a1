import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CATEGORY_INFO, IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { IDENTITY_STATES, type IdentityState } from 'src/curriculum/identity-states';
import { PHASE_INFO, PHASES, type Phase } from 'src/curriculum/phases';
import { SESSION_INFO, SESSIONS, type Session, sessionOf } from 'src/curriculum/sessions';
import { type SessionVideoView, VideoCatalogService } from 'src/coaching/videos/video-catalog.service';

export interface CoachCatalog {
  phases: { key: Phase; label: string; summary: string; session: Session; usesModel: boolean }[];
  sessions: { key: Session; phases: Phase[]; introVideo: boolean; outroVideo: boolean }[];
  categories: { key: IdentityCategory; label: string; description: string; severalExpected: boolean }[];
  identityStates: IdentityState[];
  videos: SessionVideoView[];
}

/** `GET /coach/catalog`: the curriculum as data, so the web app renders it without hard-coding. */
@Injectable()
export class CoachCatalogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly videos: VideoCatalogService,
  ) {}

  async getCatalog(): Promise<CoachCatalog> {
    return {
      phases: PHASES.map((key) => ({
        key,
        label: PHASE_INFO[key].label,
        summary: PHASE_INFO[key].summary,
        session: sessionOf(key),
        usesModel: PHASE_INFO[key].usesModel,
      })),
      sessions: SESSIONS.map((key) => ({
        key,
        phases: [...SESSION_INFO[key].phases],
        introVideo: SESSION_INFO[key].introVideo,
        outroVideo: SESSION_INFO[key].outroVideo,
      })),
      categories: IDENTITY_CATEGORIES.map((key) => ({ key, ...CATEGORY_INFO[key] })),
      identityStates: [...IDENTITY_STATES],
      videos: await this.videos.list(this.dataSource.manager),
    };
  }
}
