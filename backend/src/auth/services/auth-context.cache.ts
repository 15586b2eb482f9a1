import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RedisBroadcast } from 'src/common/cache/redis-broadcast';
import type { AllConfig } from 'src/config/config.types';

/** What the guard needs of a session on every request (see SessionsService.authContext). */
export interface CachedAuthContext {
  sessionId: string;
  userId: string;
}

/**
 * How long a session's auth context may be served from memory. Revocation does not wait for it:
 * logout, password changes, role changes, disabling and deletion drop the entry at once (in every
 * process, through Redis, when `REDIS_URL` is set). The lifetime only bounds the damage if a
 * revocation message is ever lost, and while the Redis subscription is down the cache is off.
 */
export const AUTH_CONTEXT_TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;
/** The longest a revocation waits for the other processes to confirm they dropped the entry. */
const ACK_TIMEOUT_MS = 250;

interface PendingAck {
  needed: number;
  received: number;
  done: () => void;
}

interface Entry<T> {
  context: T;
  storedAt: number;
}

/**
 * Per-process cache of the session + account reads the guard makes on every authenticated
 * request (two primary-key queries before it). Entries are keyed by session and indexed by user,
 * so "everything of this user changed" is one call.
 */
@Injectable()
export class AuthContextCache<
  T extends CachedAuthContext = CachedAuthContext,
> implements OnApplicationShutdown {
  private readonly logger = new Logger(AuthContextCache.name);
  private readonly entries = new Map<string, Entry<T>>();
  private readonly sessionsByUser = new Map<string, Set<string>>();
  /** Bumped by every invalidation: a read that started before one must not be stored after it. */
  private generation = 0;
  private readonly channel: string;
  private readonly ackChannel: string;
  private readonly pendingAcks = new Map<string, PendingAck>();
  /** Set in Redis mode; while its subscription is down another process's revocation could be missed. */
  private readonly broadcaster: RedisBroadcast | null = null;

  constructor(config: ConfigService<AllConfig, true>) {
    const queue = config.get('queue', { infer: true });
    this.channel = `${queue.prefix}:auth-changes`;
    this.ackChannel = `${queue.prefix}:auth-changes-ack`;
    if (queue.redisUrl) {
      this.broadcaster = new RedisBroadcast(
        queue.redisUrl,
        [this.channel, this.ackChannel],
        {
          message: (channel, message) =>
            channel === this.ackChannel ? this.acknowledged(message) : this.receive(message),
          lost: () => this.clear(),
        },
        'auth',
      );
    }
  }

  private get listening(): boolean {
    return this.broadcaster?.listening ?? true;
  }

  /** The generation to pass to `store` for a read that starts now. */
  begin(): number {
    return this.generation;
  }

  get(sessionId: string): T | undefined {
    if (!this.listening) {
      return undefined;
    }
    const entry = this.entries.get(sessionId);
    if (!entry) {
      return undefined;
    }
    if (Date.now() - entry.storedAt > AUTH_CONTEXT_TTL_MS) {
      this.drop(sessionId);
      return undefined;
    }
    return entry.context;
  }

  store(context: T, generation: number): void {
    if (!this.listening || generation !== this.generation) {
      return;
    }
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.drop(oldest);
      }
    }
    this.entries.set(context.sessionId, { context, storedAt: Date.now() });
    let sessions = this.sessionsByUser.get(context.userId);
    if (!sessions) {
      sessions = new Set();
      this.sessionsByUser.set(context.userId, sessions);
    }
    sessions.add(context.sessionId);
  }

  /** A session ended or changed: forget it here and in every other process. */
  async sessionChanged(sessionId: string): Promise<void> {
    this.forgetSession(sessionId);
    await this.broadcast(`s:${sessionId}`);
  }

  /** An account's access changed (role, active, 2FA, deleted, sessions revoked). */
  async userChanged(userId: string): Promise<void> {
    this.forgetUser(userId);
    await this.broadcast(`u:${userId}`);
  }

  onApplicationShutdown(): void {
    this.broadcaster?.close();
  }

  private forgetSession(sessionId: string): void {
    this.generation += 1;
    this.drop(sessionId);
  }

  private forgetUser(userId: string): void {
    this.generation += 1;
    for (const sessionId of this.sessionsByUser.get(userId) ?? []) {
      this.entries.delete(sessionId);
    }
    this.sessionsByUser.delete(userId);
  }

  private drop(sessionId: string): void {
    const entry = this.entries.get(sessionId);
    this.entries.delete(sessionId);
    if (entry) {
      const sessions = this.sessionsByUser.get(entry.context.userId);
      sessions?.delete(sessionId);
      if (sessions?.size === 0) {
        this.sessionsByUser.delete(entry.context.userId);
      }
    }
  }

  private clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.sessionsByUser.clear();
  }

  private receive(message: string): void {
    const [kind, id, nonce] = message.split(':');
    if (kind === 's' && id) {
      this.forgetSession(id);
    } else if (kind === 'u' && id) {
      this.forgetUser(id);
    }
    if (nonce) {
      this.broadcaster?.publish(this.ackChannel, nonce).catch(() => undefined);
    }
  }

  private acknowledged(nonce: string): void {
    const pending = this.pendingAcks.get(nonce);
    if (pending) {
      pending.received += 1;
      if (pending.received >= pending.needed) {
        pending.done();
      }
    }
  }

  /**
   * Publishes the change and waits (briefly) until every subscribed process — this one included
   * — says it dropped the entry, so the revoking request answers only when no process would still
   * let the session in: "the very next request" holds across processes, not just eventually.
   */
  private async broadcast(message: string): Promise<void> {
    if (!this.broadcaster) {
      return;
    }
    const nonce = randomBytes(8).toString('hex');
    let timer: NodeJS.Timeout | undefined;
    const pending: PendingAck = { needed: Number.POSITIVE_INFINITY, received: 0, done: () => undefined };
    const confirmed = new Promise<void>((resolve) => {
      pending.done = resolve;
      timer = setTimeout(resolve, ACK_TIMEOUT_MS);
    });
    this.pendingAcks.set(nonce, pending);
    try {
      pending.needed = await this.broadcaster.publish(this.channel, `${message}:${nonce}`);
      if (pending.received >= pending.needed) {
        pending.done();
      }
      await confirmed;
    } catch (error) {
      // Other processes keep the entry for at most AUTH_CONTEXT_TTL_MS; their subscription
      // drops too if Redis is really gone, which turns their caches off.
      this.logger.warn({ err: error }, 'Could not broadcast an auth change');
    } finally {
      clearTimeout(timer);
      this.pendingAcks.delete(nonce);
    }
  }
}
