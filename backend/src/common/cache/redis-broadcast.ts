import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

export interface BroadcastHandlers {
  /** A message on one of the channels (this process's own messages included). */
  message(channel: string, message: string): void;
  /** The subscription dropped: messages may be missed until `listening` is true again. */
  lost(): void;
}

/**
 * A Redis publisher and subscriber for telling every process that something it caches changed.
 * `listening` is true only while the subscription is live; a cache that must not serve what it
 * could have missed a message about checks it on every read (and is cleared through `lost`).
 */
export class RedisBroadcast {
  private readonly logger = new Logger(RedisBroadcast.name);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private live = false;
  private closing = false;

  constructor(
    url: string,
    channels: readonly string[],
    handlers: BroadcastHandlers,
    /** What is cached, for the warning when the subscription drops. */
    private readonly what: string,
  ) {
    // The publisher fails fast: a change is never held back waiting for Redis.
    this.publisher = new Redis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: true,
    });
    this.publisher.on('error', () => undefined);
    this.publisher.connect().catch(() => undefined);
    const subscriber = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
    this.subscriber = subscriber;
    subscriber.on('error', () => undefined);
    subscriber.on('message', (channel: string, message: string) => handlers.message(channel, message));
    // ioredis re-subscribes after a reconnect and then emits `ready` again.
    subscriber.on('ready', () => {
      subscriber
        .subscribe(...channels)
        .then(() => {
          this.live = true;
        })
        .catch(() => undefined);
    });
    subscriber.on('close', () => {
      if (this.live && !this.closing) {
        this.logger.warn(`Lost the ${this.what} change subscription; reads go to the database`);
      }
      this.live = false;
      handlers.lost();
    });
    subscriber.connect().catch(() => undefined);
  }

  get listening(): boolean {
    return this.live;
  }

  /** Resolves with the number of subscribed processes that received the message. */
  publish(channel: string, message: string): Promise<number> {
    return this.publisher.publish(channel, message);
  }

  close(): void {
    this.closing = true;
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
