import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LlmService } from 'src/ai/llm.service';
import type { PromptContext } from 'src/curriculum/prompt-context';
import { PromptAssemblyService } from 'src/prompts/assembly/prompt-assembly.service';
import { PromptContextSources } from 'src/prompts/context/prompt-context-sources.service';
import { sampleContext } from 'src/prompts/context/sample-context';
import { ALL_PROMPT_KEYS, promptKey } from 'src/prompts/prompt-keys';
import { PromptPreviewService } from 'src/prompts/prompt-preview.service';
import { PromptVersionsService } from 'src/prompts/prompt-versions.service';
import { PromptErrorCode, PromptException } from 'src/prompts/prompts.exception';
import { PromptSeeder } from 'src/prompts/seed/prompt-seeder.service';
import { SEED_PROMPTS, type SeedPrompt } from 'src/prompts/seed/seed-prompts';
import { UsageService } from 'src/usage/usage.service';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const context = (overrides: Partial<PromptContext> = {}): PromptContext => ({
  ...sampleContext('identity_refinement'),
  ...overrides,
});

const activeFor = async (versions: PromptVersionsService, key: string) => {
  const { items } = await versions.list({ filter: JSON.stringify({ key, active: true }) });
  expect(items).toHaveLength(1);
  return items[0];
};

const rejected = async (promise: Promise<unknown>): Promise<PromptException> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PromptException) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a PromptException');
};

// Prompt versioning, seeding, assembly and preview on the real app and database, with the
// default (demo) provider.
describe('prompts', () => {
  let t: TestApp;
  let versions: PromptVersionsService;
  let assembly: PromptAssemblyService;
  let authorId: string;

  beforeAll(async () => {
    t = await startTestApp('prompts', {
      env: {
        AI_PROVIDER: 'demo',
        AI_DEMO_CHUNK_DELAY_MS: '0',
        AI_MODEL_CAPABILITIES: JSON.stringify({
          'demo-small': { contextWindow: 4_600, maxOutputTokens: 400 },
        }),
      },
    });
    versions = t.app.get(PromptVersionsService);
    assembly = t.app.get(PromptAssemblyService);
    const [user] = await t.app
      .get(DataSource)
      .query<{ id: string }[]>(`INSERT INTO users (email, role) VALUES ($1, 'staff') RETURNING id`, [
        `staff-${randomBytes(4).toString('hex')}@example.test`,
      ]);
    authorId = user?.id ?? '';
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('seed', () => {
    it('should seed every prompt key as an active first version when the app starts', async () => {
      const { items, total } = await versions.list({ filter: '{"active":true}', range: '[0,99]' });
      expect(total).toBe(ALL_PROMPT_KEYS.length);
      expect(items.map((item) => item.key).sort()).toEqual(ALL_PROMPT_KEYS.map(promptKey).sort());
      expect(
        items.every((item) => item.version === 1 && item.source === 'seed' && item.authorId === null),
      ).toBe(true);
      const refinement = items.find((item) => item.key === 'phase:identity_refinement');
      expect(refinement?.allowedActions).toEqual([
        'rename_identity',
        'add_identity_note',
        'accept_refinement',
        'transition_phase',
      ]);
      expect(refinement?.requiredContextKeys).toEqual(
        expect.arrayContaining(['current_identity', 'pending_identities']),
      );
    });

    it('should change nothing when seeding again', async () => {
      const report = await t.app.get(PromptSeeder).seed();
      expect(report.created).toEqual([]);
      expect(report.updated).toEqual([]);
      const { total } = await versions.list({});
      expect(total).toBe(SEED_PROMPTS.length);
    });

    it('should add one new version per changed seed when several processes seed at once', async () => {
      const changed: SeedPrompt[] = SEED_PROMPTS.filter((seed) => seed.parts.kind === 'safety').map(
        (seed) => ({
          ...seed,
          body: `${seed.body}\nBe brief.`,
          seedHash: `${seed.seedHash.slice(0, 60)}beef`,
        }),
      );
      const seeder = t.app.get(PromptSeeder);
      const reports = await Promise.all([seeder.seed(changed), seeder.seed(changed), seeder.seed(changed)]);
      expect(reports.flatMap((report) => report.updated)).toEqual(['safety']);
      const active = await activeFor(versions, 'safety');
      expect(active).toMatchObject({ version: 2, source: 'seed', changeNote: 'Updated seed prompt' });
      expect(active.body.endsWith('Be brief.')).toBe(true);
    });

    it('should never overwrite a staff-edited active version when the seed changes', async () => {
      const staff = await versions.create(
        {
          kind: 'sentinel',
          body: 'Remember facts about {{user_name}}.',
          changeNote: 'Ours now',
          activate: true,
        },
        authorId,
      );
      const changed = SEED_PROMPTS.filter((seed) => seed.parts.kind === 'sentinel').map((seed) => ({
        ...seed,
        body: `${seed.body}\nNew seed text.`,
        seedHash: 'f'.repeat(64),
      }));
      const report = await t.app.get(PromptSeeder).seed(changed);
      expect(report.kept).toEqual(['sentinel']);
      expect((await activeFor(versions, 'sentinel')).id).toBe(staff.id);
    });
  });

  describe('versions', () => {
    it('should save a new inactive version and switch assembly only when it is activated', async () => {
      const before = await assembly.assembleCoachTurn({ context: context() });
      const phaseBefore = before.versions.find((version) => version.key === 'phase:identity_refinement');

      const draft = await versions.create(
        {
          kind: 'phase',
          phase: 'identity_refinement',
          body: 'REFINE v2 for {{user_name}}: {{current_identity}}',
          changeNote: 'Shorter',
          allowedActions: ['rename_identity', 'accept_refinement', 'transition_phase'],
        },
        authorId,
      );
      expect(draft).toMatchObject({
        version: 2,
        isActive: false,
        source: 'staff',
        authorId,
        changeNote: 'Shorter',
      });
      expect(draft.requiredContextKeys).toEqual(['user_name', 'current_identity']);

      const stillOld = await assembly.assembleCoachTurn({ context: context() });
      expect(stillOld.versions).toContainEqual(phaseBefore);
      expect(stillOld.messages.some((message) => message.content.startsWith('REFINE v2'))).toBe(false);

      await versions.activate(draft.id, authorId);
      const after = await assembly.assembleCoachTurn({ context: context() });
      expect(after.versions).toContainEqual({ id: draft.id, key: 'phase:identity_refinement', version: 2 });
      expect(
        after.messages.some((message) => message.content.startsWith('REFINE v2 for Maya: - “Musician”')),
      ).toBe(true);
      expect(after.allowedActions).toEqual(['rename_identity', 'accept_refinement', 'transition_phase']);
      expect(JSON.stringify(after.responseFormat?.schema)).not.toContain('add_identity_note');

      // Rollback: activating version 1 again puts it back in use.
      await versions.activate(phaseBefore!.id, authorId);
      const rolledBack = await assembly.assembleCoachTurn({ context: context() });
      expect(rolledBack.versions).toContainEqual(phaseBefore);
    });

    it('should reject an unknown placeholder naming it and leave the active version untouched', async () => {
      const active = await activeFor(versions, 'system');
      const { total } = await versions.list({ filter: '{"key":"system"}' });
      const error = await rejected(
        versions.create({ kind: 'system', body: 'Hi {{first_name}}!', activate: true }, authorId),
      );
      expect(error.code).toBe(PromptErrorCode.InvalidTemplate);
      expect(error.status).toBe(400);
      expect(error.details).toEqual([
        { field: 'body', message: 'Unknown placeholder {{first_name}}: "first_name" is not a context key.' },
      ]);
      expect((await activeFor(versions, 'system')).id).toBe(active.id);
      expect((await versions.list({ filter: '{"key":"system"}' })).total).toBe(total);
    });

    it('should render literal braces and never re-interpret a client message containing a placeholder', async () => {
      const template = await versions.create(
        {
          kind: 'system',
          body: 'Coach {{user_name}}. Reply like {"message": "...", "actions": []}; write \\{{user_name}} literally.',
          activate: true,
        },
        authorId,
      );
      try {
        const assembled = await assembly.assembleCoachTurn({
          context: context({
            userName: 'Ann',
            recentMessages: [
              {
                role: 'user',
                content: 'Please call me {{user_name}} or {{identities}}',
                actionSummaries: [],
              },
            ],
          }),
        });
        expect(assembled.messages[0]?.content).toBe(
          'Coach Ann. Reply like {"message": "...", "actions": []}; write {{user_name}} literally.',
        );
        expect(assembled.messages[assembled.messages.length - 1]).toEqual({
          role: 'user',
          content: 'Please call me {{user_name}} or {{identities}}',
        });
      } finally {
        const seed = (await versions.list({ filter: '{"key":"system"}', sort: '["version","ASC"]' }))
          .items[0];
        await versions.activate(seed.id, authorId);
      }
      expect(template.isActive).toBe(true);
    });

    it('should diff two versions as a unified patch when asked', async () => {
      const v1 = (await versions.list({ filter: '{"key":"category_guide:spiritual"}' })).items[0];
      const v2 = await versions.create(
        {
          kind: 'category_guide',
          category: 'spiritual',
          body: `${v1.body}\nAsk gently.`,
          changeNote: 'gentler',
        },
        authorId,
      );
      const diff = await versions.diff(v2.id, v1.id);
      expect(diff.from).toEqual({ id: v1.id, key: 'category_guide:spiritual', version: 1 });
      expect(diff.to).toMatchObject({ id: v2.id, version: 2 });
      expect(diff.patch).toContain('--- category_guide:spiritual@v1');
      expect(diff.patch).toContain('+++ category_guide:spiritual@v2');
      expect(diff.patch).toContain('+Ask gently.');
      expect(diff.additions).toBeGreaterThanOrEqual(1);
    });

    it('should refuse to edit a stored version when SQL tries to', async () => {
      const { items } = await versions.list({ range: '[0,0]' });
      await expect(
        t.app
          .get(DataSource)
          .query(`UPDATE prompt_versions SET body = 'hacked' WHERE id = $1`, [items[0].id]),
      ).rejects.toThrow(/immutable/);
    });

    it('should answer 404-style errors when a version does not exist', async () => {
      const error = await rejected(versions.get('00000000-0000-4000-8000-000000000000'));
      expect(error.code).toBe(PromptErrorCode.NotFound);
      expect(error.status).toBe(404);
    });
  });

  describe('assembly', () => {
    it('should put system, notes, phase body with guide, action instructions and history in order', async () => {
      const assembled = await assembly.assembleCoachTurn({
        context: sampleContext('identity_brainstorming'),
      });
      const [system, notes, phase, instructions, ...history] = assembled.messages;
      expect(system?.content).toContain('You are the coach in Dev Coach');
      expect(notes?.content).toContain('What you remember about Maya');
      expect(notes?.content).toContain('- Works night shifts as a paediatric nurse.');
      expect(phase?.content).toContain('Focus area now: Keeper of money (keeper_of_money)');
      expect(phase?.content).toContain('Guide for keeper of money');
      expect(instructions?.content).toContain('## Actions you may take in this phase');
      expect(instructions?.content).toContain('- create_identity {name, category, note}');
      expect(history[history.length - 1]).toMatchObject({ role: 'user' });
      expect(assembled.versions.map((version) => version.key)).toEqual([
        'system',
        'phase:identity_brainstorming',
        'category_guide:keeper_of_money',
      ]);
      expect(assembled.trimmed.messages).toBe(0);
    });

    it('should trim the oldest history but keep action summaries when the model budget is small', async () => {
      const many = Array.from({ length: 40 }, (_, index) => ({
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        role: index % 2 === 0 ? ('user' as const) : ('coach' as const),
        content: `Turn ${index}: ${'a fairly long message about life and goals '.repeat(8)}`,
        actionSummaries: index % 2 === 1 ? [`Created identity “Idea ${index}” in spiritual.`] : [],
      }));
      const assembled = await assembly.assembleCoachTurn({
        model: 'demo-small',
        context: context({ currentPhase: 'identity_brainstorming', recentMessages: many }),
      });
      expect(assembled.promptTokens).toBeLessThanOrEqual(assembled.budgetTokens);
      expect(assembled.budgetTokens).toBe(4_600 - 400);
      expect(assembled.trimmed.summaries).toBe(0);
      expect(assembled.trimmed.messages).toBeGreaterThan(0);
      expect(assembled.trimmed.messageIds[0]).toBe(many[0]?.id);
      const digest = assembled.messages.find((message) =>
        message.content.startsWith('Earlier in this conversation'),
      );
      expect(digest?.content).toContain('Created identity “Idea 1” in spiritual.');

      const result = await t.app.get(LlmService).complete({
        purpose: 'coach_turn',
        userId: authorId,
        model: 'demo-small',
        messages: assembled.messages,
        responseFormat: assembled.responseFormat ?? undefined,
        context: context({ currentPhase: 'identity_brainstorming', recentMessages: many }),
        promptVersionIds: assembled.versions.map((version) => version.id),
        budget: { promptTokens: assembled.promptTokens, trimmed: assembled.trimmed },
      });
      expect(result.provider).toBe('demo');
      const [row] = await t.app.get(UsageService).recentCallsForUser(authorId, 1);
      expect(row).toMatchObject({
        provider: 'demo',
        promptTokensEstimate: assembled.promptTokens,
        trimmed: assembled.trimmed,
        promptVersionIds: assembled.versions.map((version) => version.id),
      });
    });

    it('should use a pinned version instead of the active one when evaluating a draft', async () => {
      const draft = await versions.create(
        {
          kind: 'phase',
          phase: 'anything_missing',
          body: 'DRAFT {{identities}}',
          allowedActions: ['create_identity', 'transition_phase'],
        },
        authorId,
      );
      const pinned = await assembly.assembleCoachTurn({
        context: context({ currentPhase: 'anything_missing' }),
        versionIds: [draft.id],
      });
      expect(pinned.messages.some((message) => message.content.startsWith('DRAFT'))).toBe(true);
      expect((await activeFor(versions, 'phase:anything_missing')).id).not.toBe(draft.id);
    });
  });

  describe('preview', () => {
    it('should preview a sample client with the response schema when no context is given', async () => {
      const preview = await t.app.get(PromptPreviewService).preview({}, authorId);
      expect(preview).toMatchObject({ target: 'coach_turn', contextSource: 'sample', model: 'demo-coach' });
      expect(preview.context.userName).toBe('Maya');
      expect(preview.responseSchema).toMatchObject({
        type: 'object',
        required: ['message', 'actions', 'safety_concern'],
      });
      expect(preview.promptTokens).toBeGreaterThan(100);
      expect(preview.reply).toBeUndefined();
    });

    it('should preview an explicit context and generate a cached, valid demo reply when asked', async () => {
      const previews = t.app.get(PromptPreviewService);
      const request = {
        generate: true,
        context: {
          userName: 'Sam',
          currentPhase: 'introduction' as const,
          identityFocus: 'passions_and_talents' as const,
          recentMessages: [{ role: 'user' as const, content: 'Ready when you are', actionSummaries: [] }],
        },
      };
      const first = await previews.preview(request, authorId);
      expect(first.contextSource).toBe('explicit');
      expect(first.reply?.json).toMatchObject({
        actions: [{ type: 'transition_phase', params: { to: 'get_to_know_you' } }],
      });
      // Mid-conversation: the demo coach labels only a conversation's first message.
      expect(first.reply?.text).toContain('let’s begin');
      const second = await previews.preview(request, authorId);
      expect(second.reply?.cached).toBe(true);
      expect(second.reply?.text).toBe(first.reply?.text);
    });

    it('should preview the sentinel template on its own when targeted', async () => {
      const preview = await t.app.get(PromptPreviewService).preview({ target: 'sentinel' }, authorId);
      expect(preview.messages).toHaveLength(1);
      expect(preview.responseSchema).toBeNull();
      expect(preview.versions[0]?.key).toBe('sentinel');
    });

    it('should resolve a user through the registered context source and 404 without one', async () => {
      const userId = '11111111-1111-4111-8111-111111111111';
      const previews = t.app.get(PromptPreviewService);
      const missing = await rejected(previews.preview({ userId }, authorId));
      expect(missing.code).toBe(PromptErrorCode.UserContextUnavailable);
      expect(missing.status).toBe(404);

      t.app.get(PromptContextSources).useUserSource({
        forUser: (id) =>
          Promise.resolve(id === userId ? { ...sampleContext(), userName: 'Registered' } : null),
      });
      const preview = await previews.preview({ userId, phase: 'identity_commitment' }, authorId);
      expect(preview).toMatchObject({
        contextSource: 'user',
        context: { userName: 'Registered', currentPhase: 'identity_commitment' },
      });
      expect((await rejected(previews.preview({ userId: authorId }, authorId))).status).toBe(404);
    });
  });
});
