import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RedisBroadcast } from 'src/common/cache/redis-broadcast';
import type { AllConfig } from 'src/config/config.types';
import type { PromptVersionRow } from 'src/prompts/prompts.repository';

/**
 * How long an active version may be served from memory. Activation does not wait for it: every
 * prompt write drops the cache at once, in every process through Redis when `REDIS_URL` is set.
 * The lifetime only bounds a lost message; while the subscription is down the cache is off.
 */
export const ACTIVE_PROMPT_TTL_MS = 30_000;

interface Entry {
  /** Null: the key has no active version (a category without a guide, say). */
  row: PromptVersionRow | null;
  storedAt: number;
}

/**
 * The active version of each prompt key, as every coach turn reads it (three keys a turn, the
 * same for every client in a phase). Versions are immutable, so only a change of which version
 * is active can make an entry wrong, and that goes through `changed()`.
 */
@Injectable()
export class ActivePromptCache implements OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every change: a read that started before one must not be stored after it. */
  private generation = 0;
  private readonly channel: string;
  private readonly broadcaster: RedisBroadcast | null = null;

  constructor(config: ConfigService<AllConfig, true>) {
    const queue = config.get('queue', { infer: true });
    this.channel = `${queue.prefix}:prompt-changes`;
    if (queue.redisUrl) {
      this.broadcaster = new RedisBroadcast(
        queue.redisUrl,
        [this.channel],
        { message: () => this.clear(), lost: () => this.clear() },
        'prompt',
      );
    }
  }

  /** The generation to pass to `store` for a read that starts now. */
  begin(): number {
    return this.generation;
  }

  /** Every key's active version (null for none), or undefined when any key must be read. */
  get(keys: readonly string[]): Map<string, PromptVersionRow | null> | undefined {
    if (!this.listening) {
      return undefined;
    }
    const found = new Map<string, PromptVersionRow | null>();
    const now = Date.now();
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry || now - entry.storedAt > ACTIVE_PROMPT_TTL_MS) {
        return undefined;
      }
      found.set(key, entry.row);
    }
    return found;
  }

  /** Stores what a read begun at `generation` found for `keys` (a key it did not find has none). */
  store(keys: readonly string[], rows: readonly PromptVersionRow[], generation: number): void {
    if (generation !== this.generation || !this.listening) {
      return;
    }
    const storedAt = Date.now();
    for (const key of keys) {
      this.entries.set(key, { row: rows.find((row) => row.template.key === key) ?? null, storedAt });
    }
  }

  /** A prompt write committed: forget everything here and in every other process. */
  async changed(): Promise<void> {
    this.clear();
    await this.broadcaster?.publish(this.channel, 'changed').catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.broadcaster?.close();
  }

  /** Without Redis there is one process, so nothing can be missed. */
  private get listening(): boolean {
    return this.broadcaster?.listening ?? true;
  }

  private clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
