import { LLM_PURPOSES, type LlmPurpose } from 'src/ai/ai.types';
import { ConfigValidationError } from 'src/config/env.validation';

/** Sampling settings of one purpose; each is sent only where the model accepts it. */
export interface SamplingSettings {
  /** 0–2. */
  temperature?: number;
  /** 0–1, nucleus sampling. */
  topP?: number;
}

export type SamplingConfig = Record<LlmPurpose, SamplingSettings>;

// Warm but steady coaching; near-deterministic extraction and classification, where variety
// only adds noise. The provider default (1.0) is too loose for a coach that must follow rules.
export const DEFAULT_SAMPLING: SamplingConfig = {
  coach_turn: { temperature: 0.7 },
  prompt_preview: { temperature: 0.7 },
  sentinel: { temperature: 0.2 },
  safety: { temperature: 0 },
  moderation: {},
  evaluation: { temperature: 0 },
};

const RANGES: Record<keyof SamplingSettings, [number, number]> = {
  temperature: [0, 2],
  topP: [0, 1],
};

const isPurpose = (value: string): value is LlmPurpose => (LLM_PURPOSES as readonly string[]).includes(value);

/**
 * `AI_SAMPLING`: a JSON object keyed by purpose, e.g. `{"coach_turn":{"temperature":0.5}}`; each
 * purpose given replaces its defaults as a whole, the others keep theirs.
 */
export const parseSampling = (raw: string | undefined): SamplingConfig => {
  if (!raw) {
    return DEFAULT_SAMPLING;
  }
  const parsed = JSON.parse(raw) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigValidationError('AI_SAMPLING', 'must be a JSON object keyed by purpose');
  }
  const result: SamplingConfig = { ...DEFAULT_SAMPLING };
  for (const [purpose, value] of Object.entries(parsed)) {
    if (!isPurpose(purpose)) {
      throw new ConfigValidationError(
        'AI_SAMPLING',
        `unknown purpose ${purpose} (one of ${LLM_PURPOSES.join(', ')})`,
      );
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ConfigValidationError('AI_SAMPLING', `${purpose}: expected an object`);
    }
    const settings: SamplingSettings = {};
    for (const [key, setting] of Object.entries(value as Record<string, unknown>)) {
      const range = RANGES[key as keyof SamplingSettings] as [number, number] | undefined;
      if (!range) {
        throw new ConfigValidationError(
          'AI_SAMPLING',
          `${purpose}.${key}: not a sampling setting (temperature, topP)`,
        );
      }
      if (
        typeof setting !== 'number' ||
        !Number.isFinite(setting) ||
        setting < range[0] ||
        setting > range[1]
      ) {
        throw new ConfigValidationError(
          'AI_SAMPLING',
          `${purpose}.${key}: must be a number from ${range[0]} to ${range[1]}`,
        );
      }
      settings[key as keyof SamplingSettings] = setting;
    }
    result[purpose] = settings;
  }
  return result;
};
