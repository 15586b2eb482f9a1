import type {
  ModerationInput,
  ModerationResult,
  ProviderRequest,
  ProviderResult,
  ProviderStreamEvent,
} from 'src/ai/ai.types';
import type { AiProviderName } from 'src/ai/config/ai.config';

/** Injection token for the configured provider. */
export const AI_PROVIDER = Symbol('AI_PROVIDER');

/**
 * Injection token for the offline provider used when `AI_PROVIDER=demo`. The AI layer knows no
 * curriculum, so the module that does (demo-coach) supplies it; see DemoCoachModule.
 */
export const OFFLINE_AI_PROVIDER = Symbol('OFFLINE_AI_PROVIDER');

/**
 * A language-model backend. Implementations retry transient transport failures themselves and
 * throw `AiException` for anything final; they never validate output against the schema (the
 * LLM service does, so every provider gets the same repair-once behaviour).
 */
export interface AiProvider {
  readonly name: AiProviderName;
  /** How the UI names the coach when this provider answers. */
  readonly label: string;
  complete(request: ProviderRequest): Promise<ProviderResult>;
  /** Text deltas in order, then exactly one `done` with the full result. */
  stream(request: ProviderRequest): AsyncIterable<ProviderStreamEvent>;
  moderate(input: ModerationInput, signal?: AbortSignal): Promise<ModerationResult>;
}
