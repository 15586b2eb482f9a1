import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, type EntityManager } from 'typeorm';
import { TurnRepository, WORKER_LOST } from 'src/coaching/repositories/turn.repository';
import { LostTurnsNotifier } from 'src/coaching/turns/lost-turns.notifier';
import { TurnPublisher } from 'src/coach-turns/turn.publisher';
import type { AllConfig } from 'src/config/config.types';

/**
 * Turn leases: a running turn names the process that runs it and is renewed by that process's
 * heartbeat; a queued turn gets a deadline to be picked up. A turn whose lease ran out belongs to
 * a process that died (or lost the database) mid-turn, so nobody will finish it: it is failed as
 * `worker_lost`, with an `error` event, at start, by the periodic sweep, or when it blocks the
 * client's next turn. Failing is safe against a late runner: its commit checks the turn is still
 * streaming, and a finished turn is never started again.
 */
@Injectable()
export class TurnLeaseService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TurnLeaseService.name);
  /** This process, as `lease_owner`: unique per start, so a restarted process owns nothing. */
  readonly owner = `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly queuedLeaseMs: number;
  private readonly sweepMs: number;
  private sweeper: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly turns: TurnRepository,
    private readonly publisher: TurnPublisher,
    lostTurns: LostTurnsNotifier,
    config: ConfigService<AllConfig, true>,
  ) {
    // The reset (in the coaching core) fails lost turns too; their events go out from here.
    lostTurns.onLost((turnIds, code) => this.announceFailed(turnIds, code));
    const coaching = config.get('coaching', { infer: true });
    this.leaseMs = coaching.turnLeaseMs;
    this.heartbeatMs = coaching.turnHeartbeatMs;
    this.queuedLeaseMs = coaching.queuedTurnLeaseMs;
    this.sweepMs = coaching.turnSweepMs;
  }

  async onApplicationBootstrap(): Promise<void> {
    // Turns left behind by this deployment's previous process are repaired before any request.
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep(), this.sweepMs);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweeper) {
      clearInterval(this.sweeper);
      this.sweeper = null;
    }
  }

  /** The deadline of a turn entering the queue now. */
  queuedUntil(): Date {
    return new Date(Date.now() + this.queuedLeaseMs);
  }

  /** This process's lease on a turn it starts streaming now. */
  streamingLease(): { owner: string; expiresAt: Date } {
    return { owner: this.owner, expiresAt: new Date(Date.now() + this.leaseMs) };
  }

  /** Renews the lease on `turnId` until the returned function is called (in a `finally`). */
  hold(turnId: string): () => void {
    const timer = setInterval(() => {
      this.turns
        .renewLease(this.dataSource.manager, turnId, this.owner, new Date(Date.now() + this.leaseMs))
        .catch((error: unknown) => {
          // Missed beats only shorten the lease; the turn fails as lost if the database stays away.
          this.logger.warn({ err: error, turnId }, 'Could not renew a turn lease');
        });
    }, this.heartbeatMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * Fails `userId`'s running turn if its lease ran out, inside the caller's transaction (which
   * holds the client's state lock); returns the ids to announce with `announceLost` after commit.
   */
  failExpiredOf(db: EntityManager, userId: string): Promise<string[]> {
    return this.turns.failExpired(db, new Date(), userId);
  }

  /** The `error` event for turns failed as lost, so a waiting SSE ends. */
  announceLost(turnIds: string[]): Promise<void> {
    return this.announceFailed(turnIds, WORKER_LOST);
  }

  private async announceFailed(turnIds: string[], code: string): Promise<void> {
    for (const turnId of turnIds) {
      this.logger.warn({ turnId, code }, 'A coach turn was failed outside its runner');
      await this.publisher.failed(turnId, code);
    }
  }

  /** Fails every running turn whose lease ran out. Never throws: the next sweep tries again. */
  async sweep(): Promise<void> {
    if (this.sweeping) {
      return;
    }
    this.sweeping = true;
    try {
      await this.announceLost(await this.turns.failExpired(this.dataSource.manager, new Date()));
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not sweep expired turn leases');
    } finally {
      this.sweeping = false;
    }
  }
}
