import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ALL_PROMPT_KEYS, promptKey } from 'src/prompts/prompt-keys';
import { PromptsRepository } from 'src/prompts/prompts.repository';
import { type PromptVersionView, PromptVersionsService } from 'src/prompts/prompt-versions.service';

/**
 * A prompt set (`--prompts` / `--compare`): prompt versions to save and activate on the run's
 * fresh database before any persona starts. Keys not listed keep our seeded text. The eval's
 * database is new each run, so a set carries the text itself, not ids from another database.
 */
export interface PromptSet {
  label: string;
  prompts: PromptSetEntry[];
}

export interface PromptSetEntry {
  kind: string;
  phase?: string | null;
  category?: string | null;
  /** The template text, or `bodyFile`: a path relative to the set's file. */
  body: string;
  allowedActions?: string[] | null;
  changeNote?: string;
}

/** The version of each prompt key a run used: what makes two runs comparable. */
export interface PinnedVersion {
  key: string;
  version: number;
  source: 'seed' | 'staff';
  /** SHA-256 of the body, first 12 hex digits: equal text, equal hash across databases. */
  bodyHash: string;
}

export const SEEDED_SET: PromptSet = { label: 'seeded', prompts: [] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const loadPromptSet = (file: string): PromptSet => {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRecord(raw) || !Array.isArray(raw.prompts)) {
    throw new Error(`${file}: expected {"label": "...", "prompts": [...]}`);
  }
  const prompts = raw.prompts.map((entry: unknown, index): PromptSetEntry => {
    if (!isRecord(entry) || typeof entry.kind !== 'string') {
      throw new Error(`${file}: prompts[${index}] needs a kind`);
    }
    const body =
      typeof entry.body === 'string'
        ? entry.body
        : typeof entry.bodyFile === 'string'
          ? readFileSync(resolve(dirname(file), entry.bodyFile), 'utf8')
          : null;
    if (body === null) {
      throw new Error(`${file}: prompts[${index}] needs a body or a bodyFile`);
    }
    return {
      kind: entry.kind,
      phase: typeof entry.phase === 'string' ? entry.phase : null,
      category: typeof entry.category === 'string' ? entry.category : null,
      body,
      allowedActions: Array.isArray(entry.allowedActions) ? entry.allowedActions.map(String) : null,
      changeNote: typeof entry.changeNote === 'string' ? entry.changeNote : undefined,
    };
  });
  return { label: typeof raw.label === 'string' ? raw.label : file, prompts };
};

const hashOf = (body: string): string => createHash('sha256').update(body).digest('hex').slice(0, 12);

/**
 * Saves and activates the set's versions through PromptVersionsService (the same validation as
 * the back office: an unknown placeholder or action stops the run), then reads back the
 * active version of every key.
 */
export const applyPromptSet = async (
  app: NestFastifyApplication,
  set: PromptSet,
): Promise<PinnedVersion[]> => {
  const versions = app.get(PromptVersionsService);
  for (const entry of set.prompts) {
    const saved: PromptVersionView = await versions.create(
      { ...entry, changeNote: entry.changeNote ?? `eval: ${set.label}`, activate: true },
      null,
    );
    if (!saved.isActive) {
      throw new Error(`prompt ${saved.key} was saved but is not active`);
    }
  }
  const active = await app.get(PromptsRepository).findActiveVersionsByKeys(ALL_PROMPT_KEYS.map(promptKey));
  return active
    .map((row) => ({
      key: row.template.key,
      version: row.version,
      source: row.source,
      bodyHash: hashOf(row.body),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
};
