import { Redis } from 'ioredis';
import {
  TERMINAL_TURN_EVENTS,
  TURN_EVENT_TYPES,
  TURN_EVENTS_TTL_SECONDS,
  type TurnEvent,
  type TurnEventBus,
  type TurnEventType,
} from 'src/coach-turns/events/turn-event.types';

export interface RedisTurnEventBusOptions {
  url: string;
  prefix: string;
  ttlSeconds?: number;
  /** How long one XREAD blocks before the follower re-checks whether it was aborted. */
  blockMs?: number;
}

type StreamEntry = [id: string, fields: string[]];

const isEventType = (value: string | undefined): value is TurnEventType =>
  (TURN_EVENT_TYPES as readonly string[]).includes(value ?? '');

// Stream ids are `0-<n>`: Redis assigns n atomically (XADD key 0-*), so ids stay 1, 2, 3… per
// turn even when a retried job publishes from another worker process.
const toEvent = ([id, fields]: StreamEntry): TurnEvent | null => {
  const type = fields[fields.indexOf('type') + 1];
  const data = fields[fields.indexOf('data') + 1];
  const seq = Number(id.split('-')[1]);
  if (!isEventType(type) || data === undefined || !Number.isSafeInteger(seq)) {
    return null;
  }
  return { id: seq, type, data: JSON.parse(data) as unknown };
};

/**
 * BullMQ mode: workers publish to one Redis stream per turn and any API process follows it
 * with XREAD BLOCK, so SSE works whichever process runs the job.
 */
export class RedisTurnEventBus implements TurnEventBus {
  private readonly client: Redis;
  private readonly followers = new Set<Redis>();
  private readonly ttlSeconds: number;
  private readonly blockMs: number;

  constructor(private readonly options: RedisTurnEventBusOptions) {
    this.client = new Redis(options.url, { maxRetriesPerRequest: 2 });
    this.client.on('error', () => undefined);
    this.ttlSeconds = options.ttlSeconds ?? TURN_EVENTS_TTL_SECONDS;
    this.blockMs = options.blockMs ?? 5000;
  }

  async publish(turnId: string, type: TurnEventType, data: unknown): Promise<TurnEvent> {
    const key = this.key(turnId);
    const result = await this.client
      .multi()
      .xadd(key, '0-*', 'type', type, 'data', JSON.stringify(data ?? null))
      .expire(key, this.ttlSeconds)
      .exec();
    const id = result?.[0]?.[1];
    if (typeof id !== 'string') {
      throw new Error(`Could not publish a ${type} event for turn ${turnId}`);
    }
    return { id: Number(id.split('-')[1]), type, data };
  }

  async replay(turnId: string, afterId: number): Promise<TurnEvent[]> {
    const entries: StreamEntry[] = await this.client.xrange(this.key(turnId), `(0-${afterId}`, '+');
    return entries.map(toEvent).filter((event): event is TurnEvent => event !== null);
  }

  async *follow(turnId: string, afterId: number, signal: AbortSignal): AsyncIterable<TurnEvent> {
    // XREAD BLOCK holds its connection, so every follower gets its own.
    const reader = this.client.duplicate();
    reader.on('error', () => undefined);
    this.followers.add(reader);
    const stop = (): void => reader.disconnect();
    signal.addEventListener('abort', stop, { once: true });
    let last = `0-${afterId}`;
    try {
      while (!signal.aborted) {
        const reply = await reader
          .xread('BLOCK', this.blockMs, 'STREAMS', this.key(turnId), last)
          .catch((error: unknown) => {
            if (signal.aborted) {
              return null;
            }
            throw error;
          });
        const entries: StreamEntry[] = reply?.[0]?.[1] ?? [];
        for (const entry of entries) {
          last = entry[0];
          const event = toEvent(entry);
          if (!event) {
            continue;
          }
          yield event;
          if (TERMINAL_TURN_EVENTS.has(event.type)) {
            return;
          }
        }
      }
    } finally {
      signal.removeEventListener('abort', stop);
      this.followers.delete(reader);
      reader.disconnect();
    }
  }

  async close(): Promise<void> {
    for (const reader of this.followers) {
      reader.disconnect();
    }
    this.followers.clear();
    await this.client.quit().catch(() => undefined);
  }

  private key(turnId: string): string {
    return `${this.options.prefix}:turn-events:${turnId}`;
  }
}
