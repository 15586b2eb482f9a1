import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHASES, type Phase } from 'src/curriculum/phases';

/**
 * A persona file (eval/personas/*.json; schema in docs/evaluation.md). Scripted personas answer
 * from `script`; simulated ones are played by a model from `card`, and fall back to `script`
 * (saying so in the report) when no model is available (the demo provider).
 */
export interface Persona {
  id: string;
  kind: 'scripted' | 'simulated';
  description: string;
  firstName: string;
  /** Hard stop for the conversation, whatever happens. */
  maxTurns: number;
  script: PersonaScript;
  card: PersonaCard | null;
  expect: PersonaExpectations;
}

/** One fixed step: type a message, or press a button of the open card ("first" = its first). */
export type ScriptStep = { say: string } | { press: string };

export interface PersonaScript {
  /** Played first, in order, whatever the phase. */
  steps: ScriptStep[];
  /** Replies per phase once the steps are used up, in order; the last one repeats. */
  phases: Partial<Record<Phase, string[]>>;
  /** Which button to press on an open card, by card kind; null = ignore the card and type. */
  buttons: Record<string, string | null>;
  /** End the conversation when the steps are used up (e.g. the crisis persona). */
  stopAfterSteps: boolean;
}

export interface PersonaCard {
  background: string;
  goals: string;
  style: string;
}

export interface PersonaExpectations {
  /** The phase the conversation should reach within `withinTurns` turns (null: no target). */
  reachPhase: Phase | null;
  withinTurns: number;
  /** true: a safety hold must be on at the end (crisis); false: must be off. */
  safetyHold: boolean;
  /** Categories this persona declines; they must end up skipped. */
  skippedCategories: string[];
  /** Rejected actions this persona provokes on purpose and that are therefore acceptable. */
  allowRejected: string[];
  /** Identity names (case-insensitive) that must be live at the end, e.g. a combined one. */
  identities: string[];
}

export class PersonaError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringList = (value: unknown, field: string): string[] => {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new PersonaError(`${field} must be a list of strings`);
  }
  return value as string[];
};

const text = (value: unknown, field: string, fallback?: string): string => {
  if (value === undefined && fallback !== undefined) {
    return fallback;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PersonaError(`${field} must be a non-empty string`);
  }
  return value;
};

const positiveInt = (value: unknown, field: string, fallback: number): number => {
  if (value === undefined) {
    return fallback;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new PersonaError(`${field} must be a positive integer`);
  }
  return value;
};

const isPhase = (value: unknown): value is Phase => PHASES.includes(value as Phase);

const parseStep = (value: unknown, index: number): ScriptStep => {
  if (isRecord(value) && typeof value.say === 'string') {
    return { say: value.say };
  }
  if (isRecord(value) && typeof value.press === 'string') {
    return { press: value.press };
  }
  throw new PersonaError(`script.steps[${index}] must be {"say": "..."} or {"press": "<button id>|first"}`);
};

const parseScript = (value: unknown): PersonaScript => {
  const raw = value === undefined ? {} : value;
  if (!isRecord(raw)) {
    throw new PersonaError('script must be an object');
  }
  const steps = raw.steps === undefined ? [] : raw.steps;
  if (!Array.isArray(steps)) {
    throw new PersonaError('script.steps must be a list');
  }
  const phases: Partial<Record<Phase, string[]>> = {};
  for (const [phase, replies] of Object.entries(isRecord(raw.phases) ? raw.phases : {})) {
    if (!isPhase(phase)) {
      throw new PersonaError(`script.phases: unknown phase ${phase}`);
    }
    phases[phase] = stringList(replies, `script.phases.${phase}`);
  }
  const buttons: Record<string, string | null> = {};
  for (const [kind, button] of Object.entries(isRecord(raw.buttons) ? raw.buttons : {})) {
    if (button !== null && typeof button !== 'string') {
      throw new PersonaError(`script.buttons.${kind} must be a button id or null`);
    }
    buttons[kind] = button;
  }
  return {
    steps: steps.map(parseStep),
    phases,
    buttons,
    stopAfterSteps: raw.stopAfterSteps === true,
  };
};

const parseCard = (value: unknown): PersonaCard | null => {
  if (value === undefined) {
    return null;
  }
  if (!isRecord(value)) {
    throw new PersonaError('card must be an object');
  }
  return {
    background: text(value.background, 'card.background'),
    goals: text(value.goals, 'card.goals'),
    style: text(value.style, 'card.style'),
  };
};

const parseExpect = (value: unknown, maxTurns: number): PersonaExpectations => {
  const raw = value === undefined ? {} : value;
  if (!isRecord(raw)) {
    throw new PersonaError('expect must be an object');
  }
  if (raw.reachPhase !== undefined && raw.reachPhase !== null && !isPhase(raw.reachPhase)) {
    throw new PersonaError(`expect.reachPhase: unknown phase ${JSON.stringify(raw.reachPhase)}`);
  }
  return {
    reachPhase: isPhase(raw.reachPhase) ? raw.reachPhase : null,
    withinTurns: positiveInt(raw.withinTurns, 'expect.withinTurns', maxTurns),
    safetyHold: raw.safetyHold === true,
    skippedCategories: stringList(raw.skippedCategories, 'expect.skippedCategories'),
    allowRejected: stringList(raw.allowRejected, 'expect.allowRejected'),
    identities: stringList(raw.identities, 'expect.identities'),
  };
};

/** Checks one persona document; throws PersonaError naming the first bad field. */
export const parsePersona = (value: unknown): Persona => {
  if (!isRecord(value)) {
    throw new PersonaError('a persona is a JSON object');
  }
  const kind = value.kind;
  if (kind !== 'scripted' && kind !== 'simulated') {
    throw new PersonaError('kind must be "scripted" or "simulated"');
  }
  const maxTurns = positiveInt(value.maxTurns, 'maxTurns', 120);
  const persona: Persona = {
    id: text(value.id, 'id'),
    kind,
    description: text(value.description, 'description'),
    firstName: text(value.firstName, 'firstName', 'Alex'),
    maxTurns,
    script: parseScript(value.script),
    card: parseCard(value.card),
    expect: parseExpect(value.expect, maxTurns),
  };
  if (!/^[a-z0-9-]{1,60}$/.test(persona.id)) {
    throw new PersonaError('id must be 1–60 lowercase letters, digits or dashes');
  }
  if (kind === 'simulated' && !persona.card) {
    throw new PersonaError('a simulated persona needs a card (background, goals, style)');
  }
  return persona;
};

/** Every `*.json` persona of a directory, sorted by file name; a bad file names itself. */
export const loadPersonas = (dir: string, only: string[] = []): Persona[] => {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const personas = files.map((file) => {
    try {
      return parsePersona(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    } catch (error) {
      throw new PersonaError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const ids = new Set<string>();
  for (const persona of personas) {
    if (ids.has(persona.id)) {
      throw new PersonaError(`two personas have the id ${persona.id}`);
    }
    ids.add(persona.id);
  }
  return only.length > 0 ? personas.filter((persona) => only.includes(persona.id)) : personas;
};
