import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { promptKey } from 'src/prompts/prompt-keys';
import { validatePromptInput } from 'src/prompts/prompt-validation';
import { type PromptVersionRow, PromptsRepository } from 'src/prompts/prompts.repository';
import { SEED_PROMPTS, type SeedPrompt } from 'src/prompts/seed/seed-prompts';

// Advisory lock id for seeding ("prom" in ASCII); any constant unique in this database works.
const PROMPT_SEED_LOCK = 0x70726f6d;

export interface SeedReport {
  created: string[];
  updated: string[];
  kept: string[];
}

// The seeder owns a template only while the seeder chose its active version; once staff
// activate or author a version, the template is theirs and a changed seed leaves it alone.
const seederOwns = (active: PromptVersionRow | undefined): boolean =>
  Boolean(active && active.source === 'seed' && active.template.activatedById === null);

/**
 * Seeds our prompt set on start-up, idempotently. Several processes starting at once serialise
 * on an advisory lock; a start where everything is current costs a single query.
 */
@Injectable()
export class PromptSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(PromptSeeder.name);

  constructor(private readonly prompts: PromptsRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    const report = await this.seed();
    if (report.created.length > 0 || report.updated.length > 0) {
      this.logger.log(
        `Seeded prompts: ${report.created.length} created, ${report.updated.length} updated, ${report.kept.length} kept`,
      );
    }
  }

  async seed(seeds: readonly SeedPrompt[] = SEED_PROMPTS): Promise<SeedReport> {
    const keys = seeds.map((item) => promptKey(item.parts));
    if (await this.upToDate(seeds, keys)) {
      return { created: [], updated: [], kept: keys };
    }
    return this.prompts.transaction(async (manager) => {
      await this.prompts.takeSeedLock(manager, PROMPT_SEED_LOCK);
      const report: SeedReport = { created: [], updated: [], kept: [] };
      for (const item of seeds) {
        report[await this.seedOne(manager, item)].push(promptKey(item.parts));
      }
      return report;
    });
  }

  private async upToDate(seeds: readonly SeedPrompt[], keys: string[]): Promise<boolean> {
    const active = new Map(
      (await this.prompts.findActiveVersionsByKeys(keys)).map((row) => [row.template.key, row]),
    );
    return seeds.every((item) => {
      const row = active.get(promptKey(item.parts));
      return row !== undefined && (!seederOwns(row) || row.seedHash === item.seedHash);
    });
  }

  private async seedOne(manager: EntityManager, item: SeedPrompt): Promise<keyof SeedReport> {
    // Our own text goes through the same checks as a staff edit.
    const valid = validatePromptInput({
      ...item.parts,
      body: item.body,
      allowedActions: item.allowedActions,
    });
    const key = promptKey(item.parts);
    const existing = await this.prompts.lockTemplate(manager, key);
    if (existing?.activeVersionId) {
      const active = await this.prompts.findVersion(manager, existing.activeVersionId);
      const owned = seederOwns(active ? { ...active, template: existing } : undefined);
      if (!owned || active?.seedHash === item.seedHash) {
        return 'kept';
      }
      // A staff rollback to an older seed version would have set activatedById; this is ours.
      if (await this.prompts.hasVersionWithSeedHash(manager, existing.id, item.seedHash)) {
        return 'kept';
      }
    }
    const template = existing ?? (await this.prompts.ensureTemplate(manager, valid.parts));
    const version = await this.prompts.insertVersion(manager, template, {
      body: valid.body,
      changeNote: existing ? 'Updated seed prompt' : 'Seed prompt set',
      allowedActions: valid.allowedActions,
      requiredContextKeys: valid.requiredContextKeys,
      source: 'seed',
      seedHash: item.seedHash,
      authorId: null,
    });
    await this.prompts.setActiveVersion(manager, template.id, version.id, null);
    return existing ? 'updated' : 'created';
  }
}
