import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

/**
 * Work that must not change how long a request takes. The account routes that answer "if that
 * address has an account, we sent an email" would otherwise answer measurably slower for a real
 * account (token, outbox row, audit entry) than for an unknown one, and tell an attacker which
 * addresses exist. They answer first and do the work here, right after.
 *
 * A task is not durable: a crash in the milliseconds after the answer loses it, and the person
 * asks again. Shutdown waits for running tasks, so a clean stop loses nothing.
 */
@Injectable()
export class AfterResponse implements OnApplicationShutdown {
  private readonly logger = new Logger(AfterResponse.name);
  private readonly pending = new Set<Promise<void>>();

  run(name: string, task: () => Promise<unknown>): void {
    const running: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .then(
        () => undefined,
        (error: unknown) => {
          this.logger.error(
            `${name} failed after the response: ${error instanceof Error ? error.message : String(error)}`,
          );
        },
      )
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
  }

  /** Resolves when every task started so far has finished (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.all([...this.pending]);
    }
  }

  onApplicationShutdown(): Promise<void> {
    return this.settled();
  }
}
