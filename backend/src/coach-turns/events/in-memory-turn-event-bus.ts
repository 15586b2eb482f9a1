import {
  TERMINAL_TURN_EVENTS,
  TURN_EVENTS_TTL_SECONDS,
  type TurnEvent,
  type TurnEventBus,
  type TurnEventType,
} from 'src/coach-turns/events/turn-event.types';

interface Channel {
  events: TurnEvent[];
  waiters: Set<() => void>;
  expiry: NodeJS.Timeout | null;
}

/** One process (the in-process queue driver): publisher and followers share this memory. */
export class InMemoryTurnEventBus implements TurnEventBus {
  private readonly channels = new Map<string, Channel>();

  constructor(private readonly ttlMs = TURN_EVENTS_TTL_SECONDS * 1000) {}

  publish(turnId: string, type: TurnEventType, data: unknown): Promise<TurnEvent> {
    const channel = this.channel(turnId);
    const event: TurnEvent = { id: channel.events.length + 1, type, data };
    channel.events.push(event);
    this.touch(turnId, channel);
    for (const wake of channel.waiters) {
      wake();
    }
    channel.waiters.clear();
    return Promise.resolve(event);
  }

  replay(turnId: string, afterId: number): Promise<TurnEvent[]> {
    return Promise.resolve((this.channels.get(turnId)?.events ?? []).filter((event) => event.id > afterId));
  }

  async *follow(turnId: string, afterId: number, signal: AbortSignal): AsyncIterable<TurnEvent> {
    let next = afterId;
    while (!signal.aborted) {
      const channel = this.channel(turnId);
      const pending = channel.events.filter((event) => event.id > next);
      for (const event of pending) {
        yield event;
        next = event.id;
        if (TERMINAL_TURN_EVENTS.has(event.type)) {
          return;
        }
      }
      // Events published while the consumer handled the last one were not announced to us.
      if (channel.events.length > next) {
        continue;
      }
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          signal.removeEventListener('abort', wake);
          channel.waiters.delete(wake);
          resolve();
        };
        channel.waiters.add(wake);
        signal.addEventListener('abort', wake, { once: true });
      });
    }
  }

  close(): Promise<void> {
    for (const channel of this.channels.values()) {
      if (channel.expiry) {
        clearTimeout(channel.expiry);
      }
      for (const wake of channel.waiters) {
        wake();
      }
    }
    this.channels.clear();
    return Promise.resolve();
  }

  private channel(turnId: string): Channel {
    let channel = this.channels.get(turnId);
    if (!channel) {
      channel = { events: [], waiters: new Set(), expiry: null };
      this.channels.set(turnId, channel);
    }
    return channel;
  }

  // Forget a channel a while after its last event so memory does not grow with every turn.
  private touch(turnId: string, channel: Channel): void {
    if (channel.expiry) {
      clearTimeout(channel.expiry);
    }
    channel.expiry = setTimeout(() => {
      if (channel.waiters.size === 0) {
        this.channels.delete(turnId);
      }
    }, this.ttlMs);
    channel.expiry.unref();
  }
}
