import { Injectable } from '@nestjs/common';

type LostTurnsListener = (turnIds: string[]) => Promise<void>;

/**
 * Tells the turn pipeline about turns the coaching core failed as lost (their process died), so
 * it can publish their `error` event: the core cannot reach the pipeline's publisher itself.
 */
@Injectable()
export class LostTurnsNotifier {
  private readonly listeners: LostTurnsListener[] = [];

  onLost(listener: LostTurnsListener): void {
    this.listeners.push(listener);
  }

  async notify(turnIds: string[]): Promise<void> {
    if (turnIds.length === 0) {
      return;
    }
    for (const listener of this.listeners) {
      await listener(turnIds);
    }
  }
}
