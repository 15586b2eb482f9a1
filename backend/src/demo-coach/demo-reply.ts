import type { Action, ActionType } from 'src/curriculum/actions';
import type { Phase } from 'src/curriculum/phases';

export const DEMO_LABEL = 'Demo coach (offline)';

export interface DemoPlan {
  message: string;
  actions: Action[];
  /** The coach's own safety flag; the demo leaves it to the screens that ran before it. */
  safety_concern: string;
}

/** What the response schema lets the coach do this turn. */
export interface DemoRules {
  allowed: ReadonlySet<ActionType>;
  /** Legal `transition_phase` targets; null when the schema does not narrow them. */
  transitionTargets: ReadonlySet<string> | null;
}

// Collects what the demo coach says and does; silently leaves out actions the phase does not
// allow, so its replies are valid even against a staff-edited allowed-actions list.
export class Reply {
  private readonly lines: string[] = [];
  private readonly actions: Action[] = [];
  private transition: Phase | null = null;
  private label = false;

  constructor(private readonly rules: DemoRules) {}

  /**
   * Starts the message with the demo label. Only the conversation's first coach message uses it:
   * the app's badge says "Demo coach (offline)" all along, so a prefix on every message is noise.
   */
  labelled(): this {
    this.label = true;
    return this;
  }

  say(text: string): this {
    if (text) {
      this.lines.push(text);
    }
    return this;
  }

  can(type: ActionType): boolean {
    return this.rules.allowed.has(type);
  }

  act(action: Action): this {
    if (this.can(action.type)) {
      this.actions.push(action);
    }
    return this;
  }

  moveTo(phase: Phase | null): boolean {
    const legal =
      this.rules.transitionTargets === null || (phase !== null && this.rules.transitionTargets.has(phase));
    if (phase && this.can('transition_phase') && legal) {
      this.transition = phase;
      return true;
    }
    return false;
  }

  build(): DemoPlan {
    // transition_phase always goes last: the server applies actions in order.
    const actions: Action[] = this.transition
      ? [...this.actions, { type: 'transition_phase', params: { to: this.transition } }]
      : [...this.actions];
    const text = this.lines.join(' ');
    return { message: this.label ? `${DEMO_LABEL}: ${text}` : text, actions, safety_concern: '' };
  }
}
