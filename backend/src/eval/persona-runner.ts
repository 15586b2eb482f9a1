import { type Phase, PHASES } from 'src/curriculum/phases';
import {
  type ClientMove,
  ScriptedVoice,
  type SimulatedVoice,
  type VoiceContext,
} from 'src/eval/client-voice';
import {
  type ApiMessage,
  type ApiTurnResult,
  type EvalClient,
  isRefusal,
  type TurnInput,
} from 'src/eval/eval-client';
import type { Persona } from 'src/eval/persona';
import type { InputSource, PersonaRun, StopReason, TranscriptTurn } from 'src/eval/transcript';

export const phaseIndex = (phase: Phase): number => PHASES.indexOf(phase);

const cardOf = (message: ApiMessage | null): VoiceContext['card'] => {
  const card = message?.component;
  return card ? { kind: card.kind, buttons: card.buttons.map((button) => button.id) } : null;
};

/** The body pressing `buttonId` ("first": the first button) of a card message, as the card offers it. */
const pressInput = (message: ApiMessage, buttonId: string): TurnInput | null => {
  const buttons = message.component?.buttons ?? [];
  const button = buttonId === 'first' ? buttons[0] : buttons.find((candidate) => candidate.id === buttonId);
  if (!button) {
    return null;
  }
  return {
    button: { messageId: message.id, buttonId: button.id },
    actions: button.actions.map((action) => ({ type: action.type, params: action.params })),
  };
};

export interface PersonaRunnerDeps {
  client: EvalClient;
  persona: Persona;
  /** The model-played client for a simulated persona; null to play its script. */
  simulated: SimulatedVoice | null;
  /** Called after every turn (progress line). */
  onTurn?: () => void;
}

/**
 * Plays one persona against the app: reads the open card, asks the persona's voice for a move,
 * sends it as a turn and records what came back, until the target phase, the turn limit or the
 * end of a stop-after-steps script.
 */
export const runPersona = async ({
  client,
  persona,
  simulated,
  onTurn,
}: PersonaRunnerDeps): Promise<PersonaRun> => {
  const started = performance.now();
  const script = new ScriptedVoice(persona);
  const turns: TranscriptTurn[] = [];
  let state = await client.state();
  const phases: Phase[] = [state.currentPhase];
  let leftBrainstorming: PersonaRun['leftBrainstorming'] = null;
  let stoppedBecause: StopReason = 'max_turns';
  let error: string | null = null;
  const voice: PersonaRun['voice'] =
    persona.kind === 'scripted' ? 'script' : simulated ? 'model' : 'script_fallback';
  const source: InputSource =
    persona.kind === 'scripted' ? 'script' : simulated ? 'model' : 'script_fallback';
  const target = persona.expect.reachPhase;

  try {
    while (turns.length < persona.maxTurns) {
      if (target && phaseIndex(state.currentPhase) >= phaseIndex(target)) {
        stoppedBecause = 'reached';
        break;
      }
      const open = await client.openCard();
      const context: VoiceContext = {
        phase: state.currentPhase,
        card: cardOf(open),
        turns,
      };
      const move: ClientMove = simulated ? await simulated.next(context) : script.next(context);
      if ('stop' in move) {
        stoppedBecause = 'script_done';
        break;
      }
      let input: TurnInput | null =
        'say' in move ? { message: move.say } : open ? pressInput(open, move.press) : null;
      // A scripted press with no such button on screen becomes a plain "ok", so the run goes on
      // and the transcript shows what the client meant.
      input ??= { message: 'ok' };
      const phaseBefore = state.currentPhase;
      const began = performance.now();
      const result = await client.turn(input);
      const ms = Math.round(performance.now() - began);
      state = isRefusal(result) ? await client.state() : result.state;
      turns.push(toTranscriptTurn(turns.length, phaseBefore, input, open, result, state, ms, source));
      if (phases.at(-1) !== state.currentPhase) {
        phases.push(state.currentPhase);
      }
      if (
        !leftBrainstorming &&
        phaseBefore === 'identity_brainstorming' &&
        state.currentPhase !== phaseBefore
      ) {
        leftBrainstorming = {
          identities: await client.identities(),
          skippedCategories: state.skippedCategories,
        };
      }
      onTurn?.();
    }
    if (stoppedBecause === 'max_turns' && target && phaseIndex(state.currentPhase) >= phaseIndex(target)) {
      stoppedBecause = 'reached';
    }
  } catch (caught) {
    stoppedBecause = 'error';
    error = caught instanceof Error ? caught.message : String(caught);
  }

  return {
    personaId: persona.id,
    clientId: client.userId,
    voice,
    turns,
    phases,
    stoppedBecause,
    error,
    leftBrainstorming,
    final: {
      state: await client.state(),
      identities: await client.identities(),
      notes: await client.notes(),
    },
    wallMs: Math.round(performance.now() - started),
  };
};

const toTranscriptTurn = (
  index: number,
  phaseBefore: Phase,
  input: TurnInput,
  open: ApiMessage | null,
  result: ApiTurnResult | { refused: true; statusCode: number; code: string },
  state: { currentPhase: Phase; safetyHold: unknown },
  ms: number,
  source: InputSource,
): TranscriptTurn => {
  const base = {
    index,
    phaseBefore,
    phaseAfter: state.currentPhase,
    message: input.message ?? null,
    button: input.button ? `${open?.component?.kind ?? 'card'}:${input.button.buttonId}` : null,
    source,
    safetyHold: state.safetyHold !== null,
    ms,
  };
  if (isRefusal(result)) {
    return { ...base, status: `refused:${result.code}`, errorCode: result.code, coach: [], actions: [] };
  }
  return {
    ...base,
    status: result.turn.status,
    errorCode: result.turn.errorCode,
    coach: result.messages
      .filter((message) => message.role === 'coach')
      .map((message) => ({ content: message.content, card: cardOf(message) })),
    actions: result.actions.map((action) => ({
      type: action.type,
      status: action.status,
      source: action.source,
      reasonCode: action.reasonCode,
      summary: action.summary,
    })),
  };
};
