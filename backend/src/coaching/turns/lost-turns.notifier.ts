import { Injectable } from '@nestjs/common';
import { WORKER_LOST } from 'src/coaching/repositories/turn.repository';

type LostTurnsListener = (turnIds: string[], code: string) => Promise<void>;

/**
 * Tells the turn pipeline about turns failed outside it — lost with their process, or failed by
 * staff — so it can publish their `error` event with the same code the turn row got: the core
 * and the staff module cannot reach the pipeline's publisher themselves.
 */
@Injectable()
export class LostTurnsNotifier {
  private readonly listeners: LostTurnsListener[] = [];

  onLost(listener: LostTurnsListener): void {
    this.listeners.push(listener);
  }

  /** `code` is the turn's stored error code, which the watching client is told. */
  async notify(turnIds: string[], code: string = WORKER_LOST): Promise<void> {
    if (turnIds.length === 0) {
      return;
    }
    for (const listener of this.listeners) {
      await listener(turnIds, code);
    }
  }
}
