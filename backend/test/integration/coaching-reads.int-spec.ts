import { ButtonPressService } from 'src/coaching/buttons/button-press.service';
import { CoachCatalogService } from 'src/coaching/coach-catalog.service';
import { CoachingErrorCode } from 'src/coaching/coaching.exception';
import { CoachingContextService } from 'src/coaching/context/coaching-context.service';
import { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import { IdentitiesService } from 'src/coaching/identities/identities.service';
import { MessagesService } from 'src/coaching/messages/messages.service';
import { ChatMessageRepository } from 'src/coaching/repositories/chat-message.repository';
import { CoachingResetService } from 'src/coaching/reset/coaching-reset.service';
import { CoachStateService } from 'src/coaching/state/coach-state.service';
import {
  asButton,
  asModel,
  type CoachingHarness,
  countRows,
  insertUser,
  lockState,
  placeAt,
  postCoachCard,
  seedIdentities,
  startCoachingHarness,
  stateOf,
} from 'test/utils/coaching';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

describe('coaching read services', () => {
  let h: CoachingHarness;

  beforeAll(async () => {
    h = await startCoachingHarness('coaching_reads');
  });

  afterAll(async () => {
    await h?.close();
  });

  const newClient = (fields?: { firstName?: string; memoryEnabled?: boolean }) =>
    insertUser(h.dataSource, fields);

  describe('coach state', () => {
    it('should start a new client with the welcome video exactly once when state is read concurrently', async () => {
      const userId = await newClient();
      const service = h.moduleRef.get(CoachStateService);
      const views = await Promise.all([
        service.getForUser(userId),
        service.getForUser(userId),
        service.getForUser(userId),
      ]);
      expect(views[0]).toMatchObject({
        currentPhase: 'introduction',
        identityFocus: 'passions_and_talents',
        currentIdentity: null,
        openBreak: null,
        safetyHold: null,
        composerDisabled: false,
      });
      const messages = await h.dataSource.getRepository(ChatMessageEntity).find({ where: { userId } });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({
        role: 'coach',
        content: 'Welcome! Start with this short video about how identity coaching works.',
        component: { kind: 'video', video: { key: 'welcome_intro', placement: 'intro' } },
      });
    });

    it('should include the current identity and safety hold when they are set', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'brainstorming_review');
      await seedIdentities(h.dataSource, userId, [{ name: 'Coder' }]);
      await asModel(h.engine, userId, [{ type: 'transition_phase', params: { to: 'identity_refinement' } }]);
      await h.dataSource.query(
        `UPDATE coach_states SET safety_hold = '{"since":"2026-01-01T00:00:00.000Z","safetyEventId":null,"reason":"self_harm"}' WHERE user_id = $1`,
        [userId],
      );
      const view = await h.moduleRef.get(CoachStateService).getForUser(userId);
      expect(view.currentIdentity).toMatchObject({ name: 'Coder', state: 'accepted' });
      expect(view.safetyHold).toEqual({
        since: '2026-01-01T00:00:00.000Z',
        safetyEventId: null,
        reason: 'self_harm',
      });
      // The state existed already, so no welcome message was added.
      expect(await countRows(h.dataSource, 'chat_messages', userId)).toBe(0);
    });

    it("should show only the client's own open break and hide an archived current identity in its one read", async () => {
      const userId = await newClient();
      const other = await newClient();
      await placeAt(h.dataSource, userId, 'brainstorming_review');
      await seedIdentities(h.dataSource, userId, [{ name: 'Gardener' }]);
      await asModel(h.engine, userId, [{ type: 'transition_phase', params: { to: 'identity_refinement' } }]);
      const breakAt = async (owner: string, endedAt: string | null): Promise<void> => {
        await h.dataSource.query(
          `INSERT INTO breaks (user_id, session, started_at, ended_at) VALUES ($1, 'brainstorming', now() - interval '1 hour', $2)`,
          [owner, endedAt],
        );
      };
      await breakAt(other, null);
      await breakAt(userId, new Date().toISOString());
      const service = h.moduleRef.get(CoachStateService);
      expect(await service.getForUser(userId)).toMatchObject({ openBreak: null, composerDisabled: false });
      await breakAt(userId, null);
      const onBreak = await service.getForUser(userId);
      expect(onBreak).toMatchObject({ openBreak: { session: 'brainstorming' }, composerDisabled: true });
      expect(onBreak.currentIdentity).toMatchObject({ name: 'Gardener' });
      await h.dataSource.query(
        `UPDATE identities SET archived_at = now(), state = 'archived' WHERE user_id = $1`,
        [userId],
      );
      expect((await service.getForUser(userId)).currentIdentity).toBeNull();
    });
  });

  describe('messages', () => {
    it('should page through history newest page first with stable cursors when timestamps tie', async () => {
      const userId = await newClient();
      const other = await newClient();
      // An existing state: no welcome message is added by the first read.
      await placeAt(h.dataSource, userId, 'get_to_know_you');
      // 25 messages sharing one timestamp: only the id keeps the order total.
      await h.dataSource.query(
        `INSERT INTO chat_messages (user_id, role, content, created_at)
         SELECT $1, 'user', 'same ' || n, '2026-01-01T00:00:00Z' FROM generate_series(1, 25) n`,
        [userId],
      );
      await h.dataSource.query(
        `INSERT INTO chat_messages (user_id, role, content, created_at)
         SELECT $1, CASE WHEN n % 2 = 0 THEN 'coach' ELSE 'user' END, 'later ' || n,
                '2026-01-02T00:00:00Z'::timestamptz + n * interval '1 microsecond'
         FROM generate_series(1, 30) n`,
        [userId],
      );
      await h.dataSource.query(
        `INSERT INTO chat_messages (user_id, role, content) SELECT $1, 'user', 'other' FROM generate_series(1, 5)`,
        [other],
      );
      const service = h.moduleRef.get(MessagesService);
      const seen: string[] = [];
      let before: string | null = null;
      let pages = 0;
      do {
        const page = await service.list(userId, { limit: 10, before });
        const times = page.items.map((item) => item.createdAt);
        expect([...times].sort()).toEqual(times);
        seen.unshift(...page.items.map((item) => item.content));
        before = page.nextCursor;
        pages += 1;
      } while (before && pages < 20);
      expect(pages).toBe(6);
      expect(seen).toHaveLength(55);
      expect(new Set(seen).size).toBe(55);
      expect(seen.slice(-3)).toEqual(['later 28', 'later 29', 'later 30']);
      expect(seen.every((content) => content !== 'other')).toBe(true);
    });

    it('should reject a cursor that is not one of the client’s messages', async () => {
      const userId = await newClient();
      const other = await newClient();
      const theirs = await h.dataSource.transaction((db) => postCoachCard(db, other, null));
      const service = h.moduleRef.get(MessagesService);
      await expect(service.list(userId, { before: theirs.id })).rejects.toMatchObject({
        code: CoachingErrorCode.InvalidCursor,
        status: 400,
      });
      await expect(service.list(userId, { before: 'not-a-uuid' })).rejects.toMatchObject({
        code: CoachingErrorCode.InvalidCursor,
      });
    });

    it('should serve a page from the index when the client has 10,000 messages', async () => {
      const userId = await newClient();
      const others = await Promise.all([newClient(), newClient()]);
      for (const id of [userId, ...others]) {
        await h.dataSource.query(
          `INSERT INTO chat_messages (user_id, role, content, created_at)
           SELECT $1, CASE WHEN n % 2 = 0 THEN 'coach' ELSE 'user' END, 'message ' || n,
                  now() - (10000 - n) * interval '1 second'
           FROM generate_series(1, 10000) n`,
          [id],
        );
      }
      await h.dataSource.query('ANALYZE chat_messages');
      const repository = new ChatMessageRepository();
      const middle = await h.dataSource.query<{ id: string }[]>(
        `SELECT id FROM chat_messages WHERE user_id = $1 AND content = 'message 5000'`,
        [userId],
      );
      for (const before of [null, middle[0].id]) {
        const [sql, params] = repository
          .pageQuery(h.dataSource.manager, userId, 51, before)
          .getQueryAndParameters();
        const [{ 'QUERY PLAN': plan }] = await h.dataSource.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(
          `EXPLAIN (FORMAT JSON) ${sql}`,
          params,
        );
        const nodes = flatten(plan[0].Plan);
        const onMessages = nodes.filter((node) => node['Relation Name'] === 'chat_messages');
        expect(onMessages.some((node) => node['Node Type'] === 'Seq Scan')).toBe(false);
        expect(onMessages.map((node) => node['Index Name'])).toContain('ix_chat_messages_user_created');
        if (before) {
          // The keyset comparison is an index condition, not a filter over the client's rows.
          const scan = onMessages.find((node) => node['Index Name'] === 'ix_chat_messages_user_created');
          expect(scan?.['Index Cond']).toMatch(/ROW\(created_at, id\) < ROW/);
        }
      }
      const page = await h.moduleRef.get(MessagesService).list(userId, { limit: 50, before: middle[0].id });
      expect(page.items.at(-1)?.content).toBe('message 4999');
      expect(page.items[0]?.content).toBe('message 4950');
    });
  });

  describe('catalog', () => {
    it('should describe the curriculum and resolve video URLs when the catalog is read', async () => {
      const catalog = await h.moduleRef.get(CoachCatalogService).getCatalog();
      expect(catalog.phases).toHaveLength(10);
      expect(catalog.phases[1]).toMatchObject({
        key: 'get_to_know_you',
        session: 'get_to_know',
        usesModel: true,
      });
      expect(catalog.sessions.map((session) => session.key)).toEqual([
        'welcome',
        'get_to_know',
        'brainstorming',
        'refinement',
        'commitment',
        'i_am',
        'visualization',
      ]);
      expect(catalog.categories).toHaveLength(9);
      expect(catalog.identityStates).toContain('archived');
      expect(catalog.videos.map((video) => video.key)).toEqual([
        'welcome_intro',
        'get_to_know_outro',
        'brainstorming_intro',
        'brainstorming_outro',
        'refinement_intro',
        'refinement_outro',
        'commitment_intro',
        'commitment_outro',
        'i_am_intro',
        'i_am_outro',
        'visualization_intro',
      ]);
      expect(catalog.videos[0]).toEqual({
        key: 'welcome_intro',
        session: 'welcome',
        kind: 'intro',
        title: 'Welcome to identity coaching',
        url: '/media/videos/welcome_intro.mp4',
        durationSeconds: 10,
        captionsUrl: null,
      });
    });
  });

  describe('identities', () => {
    it('should create, edit, reorder and archive identities when the client owns them', async () => {
      const userId = await newClient();
      const service = h.moduleRef.get(IdentitiesService);
      const first = await service.create(userId, {
        name: '  Runner ',
        category: 'physical_expression',
        note: 'mornings',
      });
      const second = await service.create(userId, { name: 'Reader', category: 'passions_and_talents' });
      expect(first).toMatchObject({ name: 'Runner', state: 'proposed', order: 0 });
      expect(second.order).toBe(1);
      await expect(service.create(userId, { name: 'runner', category: 'spiritual' })).rejects.toMatchObject({
        code: CoachingErrorCode.DuplicateIdentityName,
        status: 409,
      });

      const edited = await service.update(userId, first.id, {
        name: 'Trail runner',
        notes: ['mornings', 'trails on weekends'],
        iAmStatement: 'I am a trail runner.',
      });
      expect(edited.name).toBe('Trail runner');
      // The unchanged note keeps its original date.
      expect(edited.notes[0]).toEqual(first.notes[0]);
      expect(edited.notes[1]).toMatchObject({ text: 'trails on weekends', provenance: null });
      await expect(service.update(userId, first.id, { name: 'READER' })).rejects.toMatchObject({
        code: CoachingErrorCode.DuplicateIdentityName,
      });

      const reordered = await service.reorder(userId, [second.id, first.id]);
      expect(reordered.map((identity) => [identity.name, identity.order])).toEqual([
        ['Reader', 0],
        ['Trail runner', 1],
      ]);
      await expect(service.reorder(userId, [second.id])).rejects.toMatchObject({
        code: CoachingErrorCode.InvalidReorder,
      });
      await expect(service.reorder(userId, [second.id, second.id])).rejects.toMatchObject({
        code: CoachingErrorCode.InvalidReorder,
      });

      await service.archive(userId, second.id);
      expect((await service.list(userId)).map((identity) => identity.name)).toEqual(['Trail runner']);
      await expect(service.get(userId, second.id)).rejects.toMatchObject({
        code: CoachingErrorCode.IdentityNotFound,
      });
    });

    it('should answer not found for another client’s identity on every route', async () => {
      const owner = await newClient();
      const intruder = await newClient();
      const service = h.moduleRef.get(IdentitiesService);
      const theirs = await service.create(owner, { name: 'Private', category: 'spiritual' });
      const mine = await service.create(intruder, { name: 'Mine', category: 'spiritual' });
      const notFound = { code: CoachingErrorCode.IdentityNotFound, status: 404 };
      await expect(service.get(intruder, theirs.id)).rejects.toMatchObject(notFound);
      await expect(service.update(intruder, theirs.id, { name: 'Taken' })).rejects.toMatchObject(notFound);
      await expect(service.archive(intruder, theirs.id)).rejects.toMatchObject(notFound);
      await expect(service.reorder(intruder, [mine.id, theirs.id])).rejects.toMatchObject(notFound);
      await expect(service.get(intruder, 'nonsense')).rejects.toMatchObject(notFound);
      expect((await service.get(owner, theirs.id)).name).toBe('Private');
    });

    it('should move the current identity on when the client archives it', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_refinement');
      const service = h.moduleRef.get(IdentitiesService);
      const a = await service.create(userId, { name: 'A', category: 'spiritual' });
      const b = await service.create(userId, { name: 'B', category: 'spiritual' });
      // Created in refinement: accepted, and the first one became current.
      expect(a.state).toBe('accepted');
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(a.id);
      await service.archive(userId, a.id);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(b.id);
    });
  });

  describe('reset', () => {
    it('should clear coaching data but keep turns when the client resets', async () => {
      const userId = await newClient();
      const other = await newClient();
      await h.moduleRef.get(CoachStateService).getForUser(userId);
      await placeAt(h.dataSource, userId, 'identity_brainstorming');
      await asModel(h.engine, userId, [
        { type: 'create_identity', params: { name: 'Keeper', category: 'keeper_of_money', note: '' } },
      ]);
      await asButton(h.engine, userId, [{ type: 'start_break', params: { session: 'get_to_know' } }]);
      await h.dataSource.query(`INSERT INTO turns (user_id, status, input) VALUES ($1, 'done', '{}')`, [
        userId,
      ]);
      await seedIdentities(h.dataSource, other, [{ name: 'Untouched' }]);

      await h.moduleRef.get(CoachingResetService).reset(userId);
      for (const table of ['chat_messages', 'action_logs', 'identities', 'breaks', 'coach_states']) {
        expect(await countRows(h.dataSource, table, userId)).toBe(0);
      }
      expect(await countRows(h.dataSource, 'turns', userId)).toBe(1);
      expect(await countRows(h.dataSource, 'identities', other)).toBe(1);
      // Starting again shows the welcome video again.
      expect((await h.moduleRef.get(CoachStateService).getForUser(userId)).currentPhase).toBe('introduction');
      expect(await countRows(h.dataSource, 'chat_messages', userId)).toBe(1);
    });

    it('should refuse to reset when a turn is still running', async () => {
      const userId = await newClient();
      await h.dataSource.query(`INSERT INTO turns (user_id, status, input) VALUES ($1, 'streaming', '{}')`, [
        userId,
      ]);
      await expect(h.moduleRef.get(CoachingResetService).reset(userId)).rejects.toMatchObject({
        code: CoachingErrorCode.TurnInProgress,
        status: 409,
      });
      // And the database refuses a second running turn for the same client.
      await expect(
        h.dataSource.query(`INSERT INTO turns (user_id, status, input) VALUES ($1, 'queued', '{}')`, [
          userId,
        ]),
      ).rejects.toThrow(/uq_turns_user_running/);
    });
  });

  describe('prompt context', () => {
    it('should build the context from the client’s data with bounded history when asked', async () => {
      const userId = await newClient({ firstName: 'Grace' });
      await placeAt(h.dataSource, userId, 'brainstorming_review');
      const [runner, athlete] = await seedIdentities(h.dataSource, userId, [
        { name: 'Runner', notes: ['5k'] },
        { name: 'Athlete' },
      ]);
      await h.dataSource.query(
        `INSERT INTO chat_messages (user_id, role, content, created_at)
         SELECT $1, 'user', 'old ' || n, now() - interval '1 day' + n * interval '1 second' FROM generate_series(1, 40) n`,
        [userId],
      );
      const card = await asModel(h.engine, userId, [
        { type: 'propose_nest', params: { childId: runner.id, parentId: athlete.id } },
      ]);
      const message = await h.dataSource.transaction((db) =>
        postCoachCard(db, userId, card.component, 'Runner sounds like part of Athlete.'),
      );
      // Link the proposal's log to its message, as the pipeline does by passing messageId.
      await h.dataSource.query(`UPDATE action_logs SET message_id = $2 WHERE user_id = $1`, [
        userId,
        message.id,
      ]);
      await h.dataSource.transaction(async (db) =>
        h.moduleRef.get(ButtonPressService).press(db, await lockState(db, userId), {
          userId,
          messageId: message.id,
          buttonId: 'nest',
          actions: [{ type: 'nest_identity', params: { childId: runner.id, parentId: athlete.id } }],
        }),
      );

      const context = await h.moduleRef
        .get(CoachingContextService)
        .buildForUser(userId, undefined, { recentMessages: 5 });
      expect(context).toMatchObject({
        userName: 'Grace',
        currentPhase: 'brainstorming_review',
        identityFocus: 'passions_and_talents',
        currentIdentityId: null,
        userNotes: [],
      });
      expect(context.identities).toEqual([
        expect.objectContaining({ name: 'Athlete', notes: ['5k (from “Runner”)'], state: 'proposed' }),
      ]);
      expect(context.recentMessages).toHaveLength(5);
      expect(context.recentMessages.slice(0, 4).map((item) => item.content)).toEqual([
        'old 37',
        'old 38',
        'old 39',
        'old 40',
      ]);
      expect(context.recentMessages[4]).toEqual({
        id: message.id,
        role: 'coach',
        content: 'Runner sounds like part of Athlete.',
        actionSummaries: [
          'Proposed nesting “Runner” under “Athlete”.',
          'Nested “Runner” under “Athlete” (1 note copied).',
          'The client chose “Nest under Athlete”.',
        ],
      });
    });

    it('should return null for an unknown user and starting values for a new client', async () => {
      const service = h.moduleRef.get(CoachingContextService);
      expect(await service.forUser('00000000-0000-4000-8000-000000000000')).toBeNull();
      const userId = await newClient({ firstName: '', memoryEnabled: false });
      expect(await service.forUser(userId)).toEqual({
        userName: '',
        currentPhase: 'introduction',
        identityFocus: 'passions_and_talents',
        skippedCategories: [],
        identities: [],
        whoYouAre: [],
        whoYouWantToBe: [],
        askedQuestions: [],
        currentIdentityId: null,
        userNotes: [],
        recentMessages: [],
      });
      // Reading the context never starts the coaching.
      expect(await countRows(h.dataSource, 'coach_states', userId)).toBe(0);
    });
  });
});
