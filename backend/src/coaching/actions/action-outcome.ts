import type { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOutcome } from 'src/coaching/actions/action.types';
import type { Component } from 'src/curriculum/component.types';

/** What a handler reports when an action applied: its log line and, for a card, the card. */
export const done = (summary: string, component?: Component): ActionOutcome =>
  component ? { ok: true, summary, component } : { ok: true, summary };

export const reject = (reason: ActionRejectionCode, message: string): ActionOutcome => ({
  ok: false,
  reason,
  message,
});
