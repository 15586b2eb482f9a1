import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { DataSource, type EntityManager } from 'typeorm';
import { CoachStateRepository } from 'src/coaching/repositories/coach-state.repository';
import { studioConfig } from 'src/studio/config/studio.config';
import { StudioDraftsRepository } from 'src/studio/studio-drafts.repository';
import { StudioException, StudioQuotaException } from 'src/studio/studio.exception';
import { UsersService } from 'src/users/users.service';

export interface StudioAccess {
  open: boolean;
  override: boolean;
}

export interface StudioQuota {
  used: number;
  limit: number;
  resetsAt: Date;
}

const startOfUtcDay = (now: Date): Date =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * Who may use the studio and how much: open in the identity_visualization phase or by the staff
 * override; a daily image quota per client that resets at midnight UTC.
 */
@Injectable()
export class StudioGateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly states: CoachStateRepository,
    private readonly drafts: StudioDraftsRepository,
    @Inject(studioConfig.KEY) private readonly config: ConfigType<typeof studioConfig>,
  ) {}

  async access(userId: string): Promise<StudioAccess> {
    const [user, state] = await Promise.all([
      this.users.findById(userId),
      this.states.findForUser(this.dataSource.manager, userId),
    ]);
    const override = user?.studioOverride === true;
    return { open: override || state?.currentPhase === 'identity_visualization', override };
  }

  async assertOpen(userId: string): Promise<void> {
    if (!(await this.access(userId)).open) {
      throw StudioException.locked();
    }
  }

  /** Drafts pending this long are taken as lost (see StudioDraftsRepository.failStale). */
  static readonly STALE_PENDING_MS = 30 * 60 * 1000;

  async quota(userId: string, manager?: EntityManager, now = new Date()): Promise<StudioQuota> {
    const since = startOfUtcDay(now);
    const used = await this.drafts.countCharged(manager, userId, since);
    return {
      used,
      limit: this.config.dailyImages,
      resetsAt: new Date(since.getTime() + 24 * 3600 * 1000),
    };
  }

  /** Inside the caller's transaction, after `lockClient`: throws 429 when today's units are spent. */
  async assertQuota(manager: EntityManager, userId: string, now = new Date()): Promise<void> {
    const quota = await this.quota(userId, manager, now);
    if (quota.used >= quota.limit) {
      throw new StudioQuotaException(quota.limit, (quota.resetsAt.getTime() - now.getTime()) / 1000);
    }
  }
}
