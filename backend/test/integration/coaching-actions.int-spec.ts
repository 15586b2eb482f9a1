import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import { CategoryHandler } from 'src/coaching/actions/handlers/category.handler';
import { ActionLogEntity } from 'src/coaching/entities/action-log.entity';
import { BreakEntity } from 'src/coaching/entities/break.entity';
import { IdentityEntity } from 'src/coaching/entities/identity.entity';
import {
  asButton,
  asModel,
  asStaff,
  type CoachingHarness,
  countRows,
  identitiesOf,
  identityNamed,
  insertUser,
  lockState,
  placeAt,
  seedIdentities,
  startCoachingHarness,
  stateOf,
} from 'test/utils/coaching';

const UNKNOWN_ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';

describe('coaching action engine', () => {
  let h: CoachingHarness;

  beforeAll(async () => {
    h = await startCoachingHarness('coaching_actions');
  });

  afterAll(async () => {
    await h?.close();
  });

  const newClient = () => insertUser(h.dataSource);

  describe('identities', () => {
    it('should create an identity with its note when create_identity is valid', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_brainstorming');
      const result = await asModel(h.engine, userId, [
        {
          type: 'create_identity',
          params: { name: 'Musician', category: 'passions_and_talents', note: 'plays piano' },
        },
      ]);
      expect(result.applied).toEqual([
        expect.objectContaining({
          type: 'create_identity',
          summary: 'Created identity “Musician” in passions_and_talents.',
        }),
      ]);
      expect(result.stateChanged).toBe(true);
      const [identity] = await identitiesOf(h.dataSource, userId);
      expect(identity).toMatchObject({ name: 'Musician', state: 'proposed', order: 0, archivedAt: null });
      expect(identity?.notes).toEqual([expect.objectContaining({ text: 'plays piano', provenance: null })]);
    });

    it('should reject create_identity when the name exists in another case', async () => {
      const userId = await newClient();
      await seedIdentities(h.dataSource, userId, [{ name: 'Musician' }]);
      const result = await asModel(h.engine, userId, [
        { type: 'create_identity', params: { name: 'MUSICIAN', category: 'maker_of_money', note: '' } },
      ]);
      expect(result.rejected).toEqual([
        expect.objectContaining({ reason: ActionRejectionCode.DuplicateName }),
      ]);
      expect(await identitiesOf(h.dataSource, userId)).toHaveLength(1);
    });

    it('should skip duplicates without an error when create_identities repeats names', async () => {
      const userId = await newClient();
      await seedIdentities(h.dataSource, userId, [{ name: 'Runner' }]);
      const result = await asModel(h.engine, userId, [
        {
          type: 'create_identities',
          params: {
            items: [
              { name: 'runner', category: 'physical_expression', note: '' },
              { name: 'Saver', category: 'keeper_of_money', note: 'monthly budget' },
              { name: 'saver', category: 'keeper_of_money', note: '' },
              { name: 'Father', category: 'familial_relations', note: '' },
            ],
          },
        },
      ]);
      expect(result.rejected).toEqual([]);
      expect(result.applied[0]?.summary).toBe(
        'Created identities “Saver” in keeper_of_money, “Father” in familial_relations; skipped “runner”, “saver” (already exist).',
      );
      expect(
        (await identitiesOf(h.dataSource, userId)).map((identity) => [identity.name, identity.order]),
      ).toEqual([
        ['Runner', 0],
        ['Saver', 1],
        ['Father', 2],
      ]);
    });

    it('should rename an identity and allow a case-only change when the name is free', async () => {
      const userId = await newClient();
      const [runner] = await seedIdentities(h.dataSource, userId, [{ name: 'runner' }, { name: 'Reader' }]);
      const ok = await asModel(h.engine, userId, [
        { type: 'rename_identity', params: { id: runner.id, name: 'Runner' } },
      ]);
      expect(ok.applied[0]?.summary).toBe('Renamed identity “runner” to “Runner”.');
      const taken = await asModel(h.engine, userId, [
        { type: 'rename_identity', params: { id: runner.id, name: 'reader' } },
      ]);
      expect(taken.rejected[0]?.reason).toBe(ActionRejectionCode.DuplicateName);
      expect((await identityNamed(h.dataSource, userId, 'Runner')).id).toBe(runner.id);
    });

    it('should reject an action on another client’s identity as not found when ids are foreign', async () => {
      const owner = await newClient();
      const intruder = await newClient();
      const [theirs] = await seedIdentities(h.dataSource, owner, [{ name: 'Private' }]);
      const result = await asModel(h.engine, intruder, [
        { type: 'rename_identity', params: { id: theirs.id, name: 'Mine now' } },
        { type: 'archive_identity', params: { id: theirs.id } },
        { type: 'accept_refinement', params: { id: UNKNOWN_ID } },
        { type: 'propose_archive', params: { id: theirs.id } },
        { type: 'add_identity_note', params: { id: theirs.id, note: 'mine' } },
        { type: 'suggest_i_am', params: { id: theirs.id, statement: 'I am yours.' } },
        { type: 'nest_identity', params: { childId: theirs.id, parentId: UNKNOWN_ID } },
      ]);
      expect(result.applied).toEqual([]);
      expect(result.rejected).toHaveLength(7);
      expect(
        result.rejected.every((rejected) => rejected.reason === ActionRejectionCode.IdentityNotFound),
      ).toBe(true);
      expect(await identityNamed(h.dataSource, owner, 'Private')).toMatchObject({
        state: 'proposed',
        archivedAt: null,
      });
    });

    it('should add a note and set a statement when the identity is live', async () => {
      const userId = await newClient();
      const [identity] = await seedIdentities(h.dataSource, userId, [{ name: 'Teacher', notes: ['first'] }]);
      const result = await asModel(h.engine, userId, [
        { type: 'add_identity_note', params: { id: identity.id, note: 'teaches kids' } },
        { type: 'set_i_am_statement', params: { id: identity.id, statement: 'I am a patient teacher.' } },
      ]);
      expect(result.rejected).toEqual([]);
      const stored = await identityNamed(h.dataSource, userId, 'Teacher');
      expect(stored.notes.map((note) => note.text)).toEqual(['first', 'teaches kids']);
      expect(stored.iAmStatement).toBe('I am a patient teacher.');
    });

    it('should reject edits of an archived identity when it was archived before', async () => {
      const userId = await newClient();
      const [gone] = await seedIdentities(h.dataSource, userId, [{ name: 'Gone', state: 'archived' }]);
      const result = await asModel(h.engine, userId, [
        { type: 'set_i_am_statement', params: { id: gone.id, statement: 'I am gone.' } },
        { type: 'archive_identity', params: { id: gone.id } },
      ]);
      expect(result.rejected.map((rejected) => rejected.reason)).toEqual([
        ActionRejectionCode.IdentityArchived,
        ActionRejectionCode.IdentityArchived,
      ]);
    });

    it('should archive an identity softly when archive_identity is valid', async () => {
      const userId = await newClient();
      const [identity] = await seedIdentities(h.dataSource, userId, [{ name: 'Smoker' }]);
      const result = await asModel(h.engine, userId, [
        { type: 'archive_identity', params: { id: identity.id } },
      ]);
      expect(result.applied[0]?.summary).toBe('Archived identity “Smoker”.');
      const stored = await identityNamed(h.dataSource, userId, 'Smoker');
      expect(stored.state).toBe('archived');
      expect(stored.archivedAt).toBeInstanceOf(Date);
      // The name is free again for a new live identity.
      const again = await asModel(h.engine, userId, [
        { type: 'create_identity', params: { name: 'smoker', category: 'doer_of_things', note: '' } },
      ]);
      expect(again.rejected).toEqual([]);
    });

    it('should move identities forward and reject repeats when accept actions run', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_commitment');
      const [identity] = await seedIdentities(h.dataSource, userId, [
        { name: 'Builder', state: 'refinement_complete' },
      ]);
      const id = identity.id;
      const result = await asModel(h.engine, userId, [
        { type: 'accept_refinement', params: { id } },
        { type: 'accept_commitment', params: { id } },
        { type: 'accept_commitment', params: { id } },
        { type: 'accept_i_am', params: { id } },
      ]);
      expect(result.applied.map((applied) => applied.summary)).toEqual(['Committed to “Builder”.']);
      expect(result.rejected.map((rejected) => rejected.reason)).toEqual([
        ActionRejectionCode.AlreadyInState,
        ActionRejectionCode.AlreadyInState,
        ActionRejectionCode.MissingIAmStatement,
      ]);
      const finished = await asModel(h.engine, userId, [
        { type: 'set_i_am_statement', params: { id, statement: 'I am a builder.' } },
        { type: 'accept_i_am', params: { id } },
      ]);
      expect(finished.rejected).toEqual([]);
      expect((await identityNamed(h.dataSource, userId, 'Builder')).state).toBe('i_am_complete');
    });

    it('should archive the child and copy its notes with provenance when nesting', async () => {
      const userId = await newClient();
      const [child, parent] = await seedIdentities(h.dataSource, userId, [
        { name: 'Runner', notes: ['5k on Sundays', 'ran a marathon'] },
        { name: 'Athlete', notes: ['strong'] },
      ]);
      const result = await asModel(h.engine, userId, [
        { type: 'nest_identity', params: { childId: child.id, parentId: parent.id } },
      ]);
      expect(result.applied[0]?.summary).toBe('Nested “Runner” under “Athlete” (2 notes copied).');
      const storedChild = await identityNamed(h.dataSource, userId, 'Runner');
      expect(storedChild).toMatchObject({ state: 'archived', parentId: parent.id });
      const storedParent = await identityNamed(h.dataSource, userId, 'Athlete');
      expect(storedParent.notes).toEqual([
        expect.objectContaining({ text: 'strong', provenance: null }),
        expect.objectContaining({
          text: '5k on Sundays',
          provenance: { via: 'nest', identityId: child.id, identityName: 'Runner' },
        }),
        expect.objectContaining({
          text: 'ran a marathon',
          provenance: { via: 'nest', identityId: child.id, identityName: 'Runner' },
        }),
      ]);
      const self = await asModel(h.engine, userId, [
        { type: 'nest_identity', params: { childId: parent.id, parentId: parent.id } },
        { type: 'nest_identity', params: { childId: parent.id, parentId: child.id } },
      ]);
      expect(self.rejected.map((rejected) => rejected.reason)).toEqual([
        ActionRejectionCode.SameIdentity,
        ActionRejectionCode.IdentityArchived,
      ]);
    });

    it('should name the kept identity “A / B” and merge notes when combining', async () => {
      const userId = await newClient();
      const [keep, merge] = await seedIdentities(h.dataSource, userId, [
        { name: 'Cook', state: 'accepted', notes: ['bakes bread'] },
        { name: 'Host', state: 'proposed', notes: ['dinner parties'] },
      ]);
      const result = await asModel(h.engine, userId, [
        { type: 'combine_identities', params: { keepId: keep.id, mergeId: merge.id } },
      ]);
      expect(result.applied[0]?.summary).toBe('Combined “Cook” and “Host” into “Cook / Host”.');
      const kept = await h.dataSource.getRepository(IdentityEntity).findOneByOrFail({ id: keep.id });
      expect(kept).toMatchObject({ name: 'Cook / Host', state: 'proposed' });
      expect(kept.notes).toEqual([
        expect.objectContaining({ text: 'bakes bread', provenance: null }),
        expect.objectContaining({
          text: 'dinner parties',
          provenance: { via: 'combine', identityId: merge.id, identityName: 'Host' },
        }),
      ]);
      expect(await identityNamed(h.dataSource, userId, 'Host')).toMatchObject({ state: 'archived' });
    });

    it('should keep the first provenance when a nested note moves again', async () => {
      const userId = await newClient();
      const [runner, athlete, person] = await seedIdentities(h.dataSource, userId, [
        { name: 'Runner', notes: ['5k'] },
        { name: 'Athlete' },
        { name: 'Active person' },
      ]);
      await asModel(h.engine, userId, [
        { type: 'nest_identity', params: { childId: runner.id, parentId: athlete.id } },
        { type: 'combine_identities', params: { keepId: person.id, mergeId: athlete.id } },
      ]);
      const stored = await identityNamed(h.dataSource, userId, 'Active person / Athlete');
      expect(stored.notes).toEqual([
        expect.objectContaining({
          text: '5k',
          provenance: { via: 'nest', identityId: runner.id, identityName: 'Runner' },
        }),
      ]);
    });

    it('should reject combining when the combined name is taken or too long', async () => {
      const userId = await newClient();
      const [a, b] = await seedIdentities(h.dataSource, userId, [
        { name: 'A' },
        { name: 'B' },
        { name: 'a / b' },
        { name: 'L'.repeat(100) },
        { name: 'M'.repeat(100) },
      ]);
      const long = await identitiesOf(h.dataSource, userId);
      const result = await asModel(h.engine, userId, [
        { type: 'combine_identities', params: { keepId: a.id, mergeId: b.id } },
        { type: 'combine_identities', params: { keepId: long[3].id, mergeId: long[4].id } },
        { type: 'combine_identities', params: { keepId: a.id, mergeId: a.id } },
      ]);
      expect(result.rejected.map((rejected) => rejected.reason)).toEqual([
        ActionRejectionCode.DuplicateName,
        ActionRejectionCode.NameTooLong,
        ActionRejectionCode.SameIdentity,
      ]);
    });
  });

  describe('state', () => {
    it('should focus, skip and unskip categories when the actions are valid', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_brainstorming');
      const focus = await asModel(h.engine, userId, [
        { type: 'focus_category', params: { category: 'maker_of_money' } },
      ]);
      expect(focus.focusChanged).toBe(true);
      expect(focus.applied[0]?.summary).toBe('Focused brainstorming on maker_of_money.');

      const skip = await asModel(h.engine, userId, [
        { type: 'skip_category', params: { category: 'keeper_of_money' } },
        { type: 'skip_category', params: { category: 'maker_of_money' } },
      ]);
      // Skipping the focused category moves the focus past the skipped ones.
      expect(skip.applied.map((applied) => applied.summary)).toEqual([
        'Skipped category keeper_of_money.',
        'Skipped category maker_of_money; focus moved to spiritual.',
      ]);
      expect(skip.focusChanged).toBe(true);
      expect(await stateOf(h.dataSource, userId)).toMatchObject({
        identityFocus: 'spiritual',
        skippedCategories: ['keeper_of_money', 'maker_of_money'],
      });

      const rejected = await asModel(h.engine, userId, [
        { type: 'focus_category', params: { category: 'keeper_of_money' } },
        { type: 'skip_category', params: { category: 'keeper_of_money' } },
        { type: 'unskip_category', params: { category: 'spiritual' } },
      ]);
      expect(rejected.rejected.map((item) => item.reason)).toEqual([
        ActionRejectionCode.CategorySkipped,
        ActionRejectionCode.CategoryAlreadySkipped,
        ActionRejectionCode.CategoryNotSkipped,
      ]);
      expect(rejected.focusChanged).toBe(false);

      await asModel(h.engine, userId, [{ type: 'unskip_category', params: { category: 'keeper_of_money' } }]);
      expect((await stateOf(h.dataSource, userId)).skippedCategories).toEqual(['maker_of_money']);
    });

    it('should replace the warm-up lists and record topics when list actions run', async () => {
      const userId = await newClient();
      await asModel(h.engine, userId, [
        { type: 'set_who_you_are', params: { items: ['a dad', 'an engineer'] } },
        { type: 'set_who_you_want_to_be', params: { items: ['a runner'] } },
        { type: 'mark_question_asked', params: { question: 'work_living' } },
      ]);
      await asModel(h.engine, userId, [
        { type: 'set_who_you_are', params: { items: ['a father'] } },
        { type: 'mark_question_asked', params: { question: 'work_living' } },
        { type: 'mark_question_asked', params: { question: 'family_structure' } },
      ]);
      expect(await stateOf(h.dataSource, userId)).toMatchObject({
        whoYouAre: ['a father'],
        whoYouWantToBe: ['a runner'],
        askedQuestions: ['work_living', 'family_structure'],
      });
    });
  });

  describe('sources', () => {
    it('should reject model actions the phase does not allow or only buttons carry', async () => {
      const userId = await newClient();
      const result = await asModel(
        h.engine,
        userId,
        [
          { type: 'mark_question_asked', params: { question: 'hobbies_interests' } },
          { type: 'create_identity', params: { name: 'Too early', category: 'spiritual', note: '' } },
          { type: 'start_break', params: { session: 'welcome' } },
          { type: 'teleport', params: {} },
          { type: 'mark_question_asked', params: { question: 42 } },
        ],
        ['mark_question_asked', 'transition_phase'],
      );
      expect(result.applied.map((applied) => applied.type)).toEqual(['mark_question_asked']);
      expect(result.rejected.map((rejected) => [rejected.type, rejected.reason])).toEqual([
        ['create_identity', ActionRejectionCode.NotAllowedInPhase],
        ['start_break', ActionRejectionCode.ButtonOnly],
        ['teleport', ActionRejectionCode.UnknownAction],
        ['mark_question_asked', ActionRejectionCode.InvalidParams],
      ]);
      expect(await countRows(h.dataSource, 'breaks', userId)).toBe(0);
    });

    it('should reject button actions that no card carries when the source is a button', async () => {
      const userId = await newClient();
      const result = await asButton(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'get_to_know_you' } },
      ]);
      expect(result.rejected[0]?.reason).toBe(ActionRejectionCode.NotAButtonAction);
      expect((await stateOf(h.dataSource, userId)).currentPhase).toBe('introduction');
    });

    it('should log every action with its outcome, order and links when actions apply', async () => {
      const userId = await newClient();
      const turn = await h.dataSource.query<{ id: string }[]>(
        `INSERT INTO turns (user_id, status, input) VALUES ($1, 'streaming', '{}') RETURNING id`,
        [userId],
      );
      const message = await h.dataSource.query<{ id: string }[]>(
        `INSERT INTO chat_messages (user_id, role, content) VALUES ($1, 'coach', 'Hi') RETURNING id`,
        [userId],
      );
      const result = await h.engine.applyInTransaction({
        userId,
        origin: { source: 'model', allowedActions: ['transition_phase', 'show_intro_choices'] },
        turnId: turn[0].id,
        messageId: message[0].id,
        actions: [
          { type: 'transition_phase', params: { to: 'get_to_know_you' } },
          { type: 'show_intro_choices', params: {} },
          { type: 'rename_identity', params: { id: UNKNOWN_ID, name: 'x' } },
        ],
      });
      const logs = await h.dataSource
        .getRepository(ActionLogEntity)
        .find({ where: { userId }, order: { sequence: 'ASC' } });
      // Logged in the model's order, whatever order they took effect in.
      expect(logs.map((log) => [log.sequence, log.type, log.status, log.source])).toEqual([
        [0, 'transition_phase', 'applied', 'model'],
        [1, 'show_intro_choices', 'applied', 'model'],
        [2, 'rename_identity', 'rejected', 'model'],
      ]);
      expect(logs.every((log) => log.turnId === turn[0].id && log.messageId === message[0].id)).toBe(true);
      expect(logs[2]).toMatchObject({ summary: null, reasonCode: ActionRejectionCode.NotAllowedInPhase });
      expect(logs[0]?.summary).toBe('Moved from introduction to get_to_know_you.');
      expect(result.applied.map((applied) => applied.logId)).toEqual([logs[0].id, logs[1].id]);
      expect(result.rejected.map((rejected) => rejected.logId)).toEqual([logs[2].id]);
    });
  });

  describe('components', () => {
    it('should build cards whose buttons carry the effect actions when component actions run', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'brainstorming_review');
      const [a, b] = await seedIdentities(h.dataSource, userId, [{ name: 'Runner' }, { name: 'Athlete' }]);
      const combine = await asModel(h.engine, userId, [
        { type: 'propose_combine', params: { idA: a.id, idB: b.id } },
      ]);
      expect(combine.component).toMatchObject({
        kind: 'propose_combine',
        phase: 'brainstorming_review',
        combinedName: 'Runner / Athlete',
        displayOnly: false,
        buttons: [
          {
            id: 'combine',
            actions: [{ type: 'combine_identities', params: { keepId: a.id, mergeId: b.id } }],
          },
          { id: 'keep_both', actions: [], reply: 'I’d like to keep them separate.' },
        ],
      });
      expect(combine.stateChanged).toBe(false);
      expect(combine.applied[0]?.summary).toBe('Proposed combining “Runner” and “Athlete”.');

      const nest = await asModel(h.engine, userId, [
        { type: 'propose_nest', params: { childId: a.id, parentId: b.id } },
      ]);
      expect(nest.component).toMatchObject({
        kind: 'propose_nest',
        child: { name: 'Runner' },
        parent: { name: 'Athlete' },
      });

      const twoCards = await asModel(h.engine, userId, [
        { type: 'propose_archive', params: { id: a.id } },
        { type: 'show_intro_choices', params: {} },
      ]);
      expect(twoCards.component?.kind).toBe('propose_archive');
      expect(twoCards.rejected[0]?.reason).toBe(ActionRejectionCode.ComponentAlreadyShown);

      const same = await asModel(h.engine, userId, [
        { type: 'propose_combine', params: { idA: a.id, idB: a.id } },
      ]);
      expect(same.rejected[0]?.reason).toBe(ActionRejectionCode.SameIdentity);
      expect(same.component).toBeNull();
    });

    it('should offer a commit button on archive and nest proposals when the client is in commitment', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_commitment');
      const [a] = await seedIdentities(h.dataSource, userId, [
        { name: 'Gamer', state: 'refinement_complete' },
      ]);
      const result = await asModel(h.engine, userId, [{ type: 'propose_archive', params: { id: a.id } }]);
      expect(result.component?.buttons.map((button) => [button.id, button.actions])).toEqual([
        ['archive', [{ type: 'archive_identity', params: { id: a.id } }]],
        ['commit', [{ type: 'accept_commitment', params: { id: a.id } }]],
      ]);
    });

    it('should suggest an editable statement and summarise statements when i_am cards run', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'i_am_statement');
      const [a] = await seedIdentities(h.dataSource, userId, [
        { name: 'Father', state: 'commitment_complete' },
        { name: 'Runner', state: 'commitment_complete' },
      ]);
      const suggest = await asModel(h.engine, userId, [
        { type: 'suggest_i_am', params: { id: a.id, statement: 'I am a present father.' } },
      ]);
      expect(suggest.component).toMatchObject({
        kind: 'suggest_i_am',
        identity: { id: a.id, name: 'Father' },
        statement: 'I am a present father.',
      });
      expect(suggest.component?.buttons[0]?.actions[0]).toMatchObject({
        type: 'set_i_am_statement',
        editable: ['statement'],
      });
      await asModel(h.engine, userId, [
        { type: 'set_i_am_statement', params: { id: a.id, statement: 'I am a present father.' } },
      ]);
      const summary = await asModel(h.engine, userId, [{ type: 'show_i_am_summary', params: {} }]);
      expect(summary.component).toMatchObject({
        kind: 'i_am_summary',
        statements: [{ identityId: a.id, name: 'Father', statement: 'I am a present father.' }],
      });
    });
  });

  describe('videos and breaks', () => {
    it('should remember acknowledged videos and reject unknown keys when acknowledge_video runs', async () => {
      const userId = await newClient();
      const result = await asButton(h.engine, userId, [
        { type: 'acknowledge_video', params: { key: 'welcome_intro' } },
        { type: 'acknowledge_video', params: { key: 'welcome_intro' } },
        { type: 'acknowledge_video', params: { key: 'no_such_video' } },
      ]);
      expect(result.applied.map((applied) => applied.summary)).toEqual([
        'Watched the video “Welcome to identity coaching”.',
        'Watched the video “Welcome to identity coaching”.',
      ]);
      expect(result.rejected[0]?.reason).toBe(ActionRejectionCode.UnknownVideo);
      expect((await stateOf(h.dataSource, userId)).shownVideos).toEqual(['welcome_intro']);
    });

    it('should keep at most one open break when breaks start and end', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_brainstorming');
      const noBreak = await asButton(h.engine, userId, [{ type: 'end_break', params: {} }]);
      expect(noBreak.rejected[0]?.reason).toBe(ActionRejectionCode.NoOpenBreak);

      const started = await asButton(h.engine, userId, [
        { type: 'start_break', params: { session: 'get_to_know' } },
      ]);
      expect(started.component).toMatchObject({
        kind: 'break',
        session: 'get_to_know',
        buttons: [{ id: 'ready', actions: [{ type: 'end_break', params: {} }] }],
      });
      const twice = await asButton(h.engine, userId, [
        { type: 'start_break', params: { session: 'get_to_know' } },
      ]);
      expect(twice.rejected[0]?.reason).toBe(ActionRejectionCode.BreakAlreadyOpen);

      // The database holds the rule too, whatever the code above does.
      await expect(
        h.dataSource.query(`INSERT INTO breaks (user_id, session) VALUES ($1, 'brainstorming')`, [userId]),
      ).rejects.toThrow(/uq_breaks_user_open/);

      const ended = await asButton(h.engine, userId, [{ type: 'end_break', params: {} }]);
      expect(ended.component).toMatchObject({
        kind: 'video',
        video: { key: 'brainstorming_intro', placement: 'intro' },
      });
      const breaks = await h.dataSource.getRepository(BreakEntity).find({ where: { userId } });
      expect(breaks).toHaveLength(1);
      expect(breaks[0]?.endedAt).toBeInstanceOf(Date);
    });
  });

  describe('atomicity', () => {
    it('should leave no partial state when a handler crashes mid-apply', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_brainstorming');
      const categories = h.moduleRef.get(CategoryHandler);
      const crash = vi.spyOn(categories, 'apply').mockRejectedValueOnce(new Error('connection reset'));
      try {
        await expect(
          asModel(h.engine, userId, [
            {
              type: 'create_identity',
              params: { name: 'Painter', category: 'passions_and_talents', note: '' },
            },
            { type: 'set_who_you_are', params: { items: ['a painter'] } },
            { type: 'focus_category', params: { category: 'maker_of_money' } },
            { type: 'create_identity', params: { name: 'Nurse', category: 'maker_of_money', note: '' } },
          ]),
        ).rejects.toThrow('connection reset');
      } finally {
        crash.mockRestore();
      }
      expect(await identitiesOf(h.dataSource, userId)).toEqual([]);
      expect(await countRows(h.dataSource, 'action_logs', userId)).toBe(0);
      expect(await stateOf(h.dataSource, userId)).toMatchObject({
        whoYouAre: [],
        identityFocus: 'passions_and_talents',
      });
    });

    it('should leave no partial state when the caller’s transaction fails after applying', async () => {
      const userId = await newClient();
      await expect(
        h.dataSource.transaction(async (db) => {
          const result = await h.engine.apply(db, await lockState(db, userId), {
            userId,
            origin: { source: 'staff' },
            actions: [
              {
                type: 'create_identity',
                params: { name: 'Dancer', category: 'physical_expression', note: '' },
              },
              { type: 'transition_phase', params: { to: 'get_to_know_you' } },
            ],
          });
          expect(result.applied).toHaveLength(2);
          throw new Error('saving the coach message failed');
        }),
      ).rejects.toThrow('saving the coach message failed');
      expect(await identitiesOf(h.dataSource, userId)).toEqual([]);
      expect(await countRows(h.dataSource, 'action_logs', userId)).toBe(0);
      // Even the state row the engine created for this new client is gone.
      expect(await countRows(h.dataSource, 'coach_states', userId)).toBe(0);
    });

    it('should apply concurrent turns one after the other when both create the same name', async () => {
      const userId = await newClient();
      const create = () =>
        asStaff(h.engine, userId, [
          { type: 'create_identity', params: { name: 'Gardener', category: 'doer_of_things', note: '' } },
        ]);
      const results = await Promise.all([create(), create(), create()]);
      expect(results.filter((result) => result.applied.length === 1)).toHaveLength(1);
      expect(await identitiesOf(h.dataSource, userId)).toHaveLength(1);
    });
  });
});
