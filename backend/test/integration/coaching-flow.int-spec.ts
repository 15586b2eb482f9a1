import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import { ButtonPressService } from 'src/coaching/buttons/button-press.service';
import { CoachingErrorCode } from 'src/coaching/coaching.exception';
import type { Component, VideoCard } from 'src/curriculum/component.types';
import { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import { CoachStateService } from 'src/coaching/state/coach-state.service';
import {
  asModel,
  asStaff,
  type CoachingHarness,
  countRows,
  identitiesOf,
  identityNamed,
  insertUser,
  lockState,
  placeAt,
  postCoachCard,
  seedIdentities,
  startCoachingHarness,
  stateOf,
} from 'test/utils/coaching';

describe('coaching curriculum flow', () => {
  let h: CoachingHarness;
  let buttons: ButtonPressService;
  let states: CoachStateService;

  beforeAll(async () => {
    h = await startCoachingHarness('coaching_flow');
    buttons = h.moduleRef.get(ButtonPressService);
    states = h.moduleRef.get(CoachStateService);
  });

  afterAll(async () => {
    await h?.close();
  });

  const newClient = () => insertUser(h.dataSource);

  /** Presses the first button of the card on `messageId` exactly as offered. */
  const press = (userId: string, messageId: string, card: Component, buttonIndex = 0) =>
    h.dataSource.transaction(async (db) =>
      buttons.press(db, await lockState(db, userId), {
        userId,
        messageId,
        buttonId: card.buttons[buttonIndex]?.id,
        actions: (card.buttons[buttonIndex]?.actions ?? []).map(({ type, params }) => ({ type, params })),
      }),
    );

  const cardOf = async (messageId: string): Promise<Component | null> =>
    (await h.dataSource.getRepository(ChatMessageEntity).findOneByOrFail({ id: messageId })).component;

  describe('phase transitions', () => {
    it('should move only to the next phase when the model transitions', async () => {
      const userId = await newClient();
      const skip = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'identity_warm_up' } },
      ]);
      expect(skip.rejected[0]).toMatchObject({
        reason: ActionRejectionCode.IllegalTransition,
        message: 'From introduction the only next phase is get_to_know_you, not identity_warm_up.',
      });
      const same = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'introduction' } },
      ]);
      expect(same.rejected[0]?.reason).toBe(ActionRejectionCode.IllegalTransition);
      const next = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'get_to_know_you' } },
      ]);
      expect(next).toMatchObject({ phaseChanged: true, stateChanged: true, component: null });
      const back = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'introduction' } },
      ]);
      expect(back.rejected[0]?.reason).toBe(ActionRejectionCode.IllegalTransition);
      expect((await stateOf(h.dataSource, userId)).currentPhase).toBe('get_to_know_you');
    });

    it('should let staff move a client back but not skip ahead when staff transitions', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_commitment');
      const ahead = await asStaff(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'identity_visualization' } },
      ]);
      expect(ahead.rejected[0]?.reason).toBe(ActionRejectionCode.IllegalTransition);
      const back = await asStaff(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'identity_brainstorming' } },
      ]);
      // Backward moves show no session videos.
      expect(back).toMatchObject({ phaseChanged: true, component: null });
      expect(await stateOf(h.dataSource, userId)).toMatchObject({
        currentPhase: 'identity_brainstorming',
        currentIdentityId: null,
      });
    });

    it('should reject any transition when the client is in the final phase', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_visualization');
      const result = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'introduction' } },
      ]);
      expect(result.rejected[0]?.message).toBe('identity_visualization is the final phase.');
    });

    // The transition takes effect after the rest; results are reported in the model's order.
    it('should apply one transition last when a reply lists several', async () => {
      const userId = await newClient();
      const result = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'get_to_know_you' } },
        { type: 'transition_phase', params: { to: 'identity_warm_up' } },
        { type: 'mark_question_asked', params: { question: 'why_here_hopes' } },
      ]);
      expect(result.applied.map((applied) => applied.type)).toEqual([
        'transition_phase',
        'mark_question_asked',
      ]);
      expect(result.rejected[0]?.reason).toBe(ActionRejectionCode.OneTransitionPerTurn);
      expect((await stateOf(h.dataSource, userId)).currentPhase).toBe('get_to_know_you');
    });

    it('should still apply a legal transition after an illegal one when both are listed', async () => {
      const userId = await newClient();
      const result = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'identity_refinement' } },
        { type: 'transition_phase', params: { to: 'get_to_know_you' } },
      ]);
      expect(result.rejected[0]?.reason).toBe(ActionRejectionCode.IllegalTransition);
      expect((await stateOf(h.dataSource, userId)).currentPhase).toBe('get_to_know_you');
    });
  });

  describe('current identity', () => {
    it('should accept every live identity and point at the oldest when refinement starts', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'brainstorming_review');
      const [first, second] = await seedIdentities(h.dataSource, userId, [
        { name: 'First' },
        { name: 'Second' },
        { name: 'Archived', state: 'archived' },
      ]);
      const result = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'identity_refinement' } },
      ]);
      expect(result.component).toMatchObject({ kind: 'video', video: { key: 'brainstorming_outro' } });
      expect(
        (await identitiesOf(h.dataSource, userId)).map((identity) => [identity.name, identity.state]),
      ).toEqual([
        ['First', 'accepted'],
        ['Second', 'accepted'],
        ['Archived', 'archived'],
      ]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(first.id);

      await asModel(h.engine, userId, [{ type: 'accept_refinement', params: { id: first.id } }]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(second.id);
      await asModel(h.engine, userId, [{ type: 'accept_refinement', params: { id: second.id } }]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBeNull();
    });

    it('should create identities accepted and make one current when anything_missing adds it', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'anything_missing');
      await seedIdentities(h.dataSource, userId, [{ name: 'Done', state: 'refinement_complete' }]);
      await asModel(h.engine, userId, [
        { type: 'create_identity', params: { name: 'Neighbour', category: 'doer_of_things', note: '' } },
      ]);
      const added = await identityNamed(h.dataSource, userId, 'Neighbour');
      expect(added.state).toBe('accepted');
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(added.id);
    });

    it('should move to the next undecided identity when commitment archives, nests or commits', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'anything_missing');
      const [a, b, c, d] = await seedIdentities(h.dataSource, userId, [
        { name: 'A', state: 'refinement_complete' },
        { name: 'B', state: 'refinement_complete' },
        { name: 'C', state: 'refinement_complete' },
        { name: 'D', state: 'refinement_complete' },
      ]);
      await asModel(h.engine, userId, [{ type: 'transition_phase', params: { to: 'identity_commitment' } }]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(a.id);
      await asModel(h.engine, userId, [{ type: 'archive_identity', params: { id: a.id } }]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(b.id);
      await asModel(h.engine, userId, [{ type: 'nest_identity', params: { childId: b.id, parentId: d.id } }]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(c.id);
      await asModel(h.engine, userId, [{ type: 'accept_commitment', params: { id: c.id } }]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(d.id);
      await asModel(h.engine, userId, [{ type: 'accept_commitment', params: { id: d.id } }]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBeNull();

      await asModel(h.engine, userId, [{ type: 'transition_phase', params: { to: 'i_am_statement' } }]);
      // i_am works on the committed ones still live, oldest first.
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(c.id);
      await asModel(h.engine, userId, [
        { type: 'set_i_am_statement', params: { id: c.id, statement: 'I am C.' } },
        { type: 'accept_i_am', params: { id: c.id } },
      ]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(d.id);
    });

    it('should move on when the current identity is merged away outside commitment', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_refinement');
      const [a, b] = await seedIdentities(h.dataSource, userId, [
        { name: 'A', state: 'accepted' },
        { name: 'B', state: 'accepted' },
      ]);
      await asStaff(h.engine, userId, [{ type: 'accept_refinement', params: { id: b.id } }]);
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(a.id);
      await asModel(h.engine, userId, [
        { type: 'combine_identities', params: { keepId: b.id, mergeId: a.id } },
      ]);
      // B / A is only as refined as A was, so it is the one to work on now.
      const combined = await identityNamed(h.dataSource, userId, 'B / A');
      expect(combined.state).toBe('accepted');
      expect((await stateOf(h.dataSource, userId)).currentIdentityId).toBe(combined.id);
    });
  });

  describe('session boundary', () => {
    it('should walk outro video, break and next intro when a session ends', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_warm_up');

      // The model finishes the warm-up; its reply carries the get_to_know outro.
      const leaving = await asModel(h.engine, userId, [
        { type: 'set_who_you_want_to_be', params: { items: ['calm'] } },
        { type: 'transition_phase', params: { to: 'identity_brainstorming' } },
      ]);
      const outro = leaving.component as VideoCard;
      expect(outro).toMatchObject({
        kind: 'video',
        phase: 'identity_brainstorming',
        video: {
          key: 'get_to_know_outro',
          placement: 'outro',
          url: '/media/videos/get_to_know_outro.mp4',
          durationSeconds: 10,
          continueUnlocksAtSeconds: 5,
        },
      });
      const outroMessage = await h.dataSource.transaction((db) => postCoachCard(db, userId, outro));

      // Continue: acknowledge the outro and start the break; the break card is the reply.
      const continued = await press(userId, outroMessage.id, outro);
      expect(continued.result?.applied.map((applied) => applied.type)).toEqual([
        'acknowledge_video',
        'start_break',
      ]);
      expect(continued.result?.component).toMatchObject({ kind: 'break', session: 'get_to_know' });
      expect(await cardOf(outroMessage.id)).toMatchObject({
        kind: 'video',
        displayOnly: true,
        buttons: [],
        pressed: { buttonId: 'continue', label: 'Continue' },
      });
      expect(await states.getForUser(userId)).toMatchObject({
        composerDisabled: true,
        openBreak: { session: 'get_to_know' },
        shownVideos: ['get_to_know_outro'],
      });

      // I'm ready: the break ends and the brainstorming intro appears.
      const breakCard = continued.result!.component!;
      const breakMessage = await h.dataSource.transaction((db) => postCoachCard(db, userId, breakCard));
      const ready = await press(userId, breakMessage.id, breakCard);
      const intro = ready.result?.component as VideoCard;
      expect(intro).toMatchObject({
        kind: 'video',
        video: { key: 'brainstorming_intro', placement: 'intro' },
      });
      expect(intro.buttons[0]?.actions).toEqual([
        { type: 'acknowledge_video', params: { key: 'brainstorming_intro' } },
      ]);
      expect(await states.getForUser(userId)).toMatchObject({ composerDisabled: false, openBreak: null });

      // Continue on the intro: acknowledged, no card, so the pipeline calls the model next.
      const introMessage = await h.dataSource.transaction((db) => postCoachCard(db, userId, intro));
      const watched = await press(userId, introMessage.id, intro);
      expect(watched.result?.component).toBeNull();
      expect((await stateOf(h.dataSource, userId)).shownVideos).toEqual([
        'get_to_know_outro',
        'brainstorming_intro',
      ]);

      // A staff correction back and forward again shows no video twice.
      await asStaff(h.engine, userId, [{ type: 'transition_phase', params: { to: 'identity_warm_up' } }]);
      const again = await asModel(h.engine, userId, [
        { type: 'transition_phase', params: { to: 'identity_brainstorming' } },
      ]);
      expect(again.component).toBeNull();
      const ended = await h.dataSource.transaction(async (db) =>
        h.engine.apply(db, await lockState(db, userId), {
          userId,
          origin: { source: 'staff' },
          actions: [{ type: 'start_break', params: { session: 'get_to_know' } }],
        }),
      );
      expect(ended.applied).toHaveLength(1);
      const afterBreak = await asStaff(h.engine, userId, [{ type: 'end_break', params: {} }]);
      expect(afterBreak.component).toBeNull();
    });

    it('should let the session video replace a card the model asked for when both come in one reply', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'identity_warm_up');
      const result = await asModel(h.engine, userId, [
        { type: 'show_intro_choices', params: {} },
        { type: 'transition_phase', params: { to: 'identity_brainstorming' } },
      ]);
      expect(result.component?.kind).toBe('video');
      expect(result.rejected).toEqual([
        expect.objectContaining({
          type: 'show_intro_choices',
          reason: ActionRejectionCode.SupersededBySessionVideo,
        }),
      ]);
    });
  });

  describe('button presses', () => {
    it('should apply a proposal’s effect and keep a display-only copy when its button is pressed', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'brainstorming_review');
      const [a, b] = await seedIdentities(h.dataSource, userId, [{ name: 'Reader' }, { name: 'Writer' }]);
      const proposal = await asModel(h.engine, userId, [
        { type: 'propose_combine', params: { idA: a.id, idB: b.id } },
      ]);
      const message = await h.dataSource.transaction((db) => postCoachCard(db, userId, proposal.component));
      const pressed = await press(userId, message.id, proposal.component!);
      expect(pressed.result?.applied[0]?.summary).toBe(
        'Combined “Reader” and “Writer” into “Reader / Writer”.',
      );
      expect(await cardOf(message.id)).toMatchObject({
        displayOnly: true,
        buttons: [],
        pressed: { label: 'Combine them' },
      });
      const logs = await h.dataSource.query<{ source: string; message_id: string }[]>(
        `SELECT source, message_id FROM action_logs WHERE user_id = $1 AND type = 'combine_identities'`,
        [userId],
      );
      expect(logs).toEqual([{ source: 'button', message_id: message.id }]);

      await expect(press(userId, message.id, proposal.component!)).rejects.toMatchObject({
        code: CoachingErrorCode.CardNotInteractive,
      });
    });

    it('should return the reply and apply nothing when a reply-only button is pressed', async () => {
      const userId = await newClient();
      const intro = await asModel(h.engine, userId, [{ type: 'show_intro_choices', params: {} }]);
      const message = await h.dataSource.transaction((db) => postCoachCard(db, userId, intro.component));
      const pressed = await press(userId, message.id, intro.component!, 1);
      expect(pressed).toMatchObject({ reply: 'Can you tell me more about how this works?', result: null });
      expect(await cardOf(message.id)).toMatchObject({
        displayOnly: true,
        pressed: { buttonId: 'tell_me_more' },
      });
    });

    it('should refuse a tampered press and save nothing when the action was not offered', async () => {
      const userId = await newClient();
      const other = await newClient();
      await placeAt(h.dataSource, userId, 'brainstorming_review');
      const [a, b] = await seedIdentities(h.dataSource, userId, [{ name: 'One' }, { name: 'Two' }]);
      const [foreign] = await seedIdentities(h.dataSource, other, [{ name: 'Theirs' }]);
      const proposal = await asModel(h.engine, userId, [{ type: 'propose_archive', params: { id: a.id } }]);
      const message = await h.dataSource.transaction((db) => postCoachCard(db, userId, proposal.component));
      const logsBefore = await countRows(h.dataSource, 'action_logs', userId);

      for (const actions of [
        [{ type: 'archive_identity', params: { id: b.id } }],
        [{ type: 'archive_identity', params: { id: foreign.id } }],
        [{ type: 'combine_identities', params: { keepId: a.id, mergeId: b.id } }],
      ]) {
        await expect(
          h.dataSource.transaction(async (db) =>
            buttons.press(db, await lockState(db, userId), { userId, messageId: message.id, actions }),
          ),
        ).rejects.toMatchObject({ code: CoachingErrorCode.ButtonNotOffered, status: 400 });
      }
      expect(await countRows(h.dataSource, 'action_logs', userId)).toBe(logsBefore);
      expect(await cardOf(message.id)).toMatchObject({ displayOnly: false });
      expect(
        (await identitiesOf(h.dataSource, userId)).every((identity) => identity.archivedAt === null),
      ).toBe(true);
      expect((await identitiesOf(h.dataSource, other))[0]?.archivedAt).toBeNull();

      // Another client's card is simply not found.
      await expect(
        h.dataSource.transaction(async (db) =>
          buttons.press(db, await lockState(db, other), {
            userId: other,
            messageId: message.id,
            actions: [{ type: 'archive_identity', params: { id: a.id } }],
          }),
        ),
      ).rejects.toMatchObject({ code: CoachingErrorCode.MessageNotFound, status: 404 });
    });

    it('should refuse a card from an earlier phase when the client has moved on', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'brainstorming_review');
      const [a] = await seedIdentities(h.dataSource, userId, [{ name: 'Old' }]);
      const proposal = await asModel(h.engine, userId, [{ type: 'propose_archive', params: { id: a.id } }]);
      const message = await h.dataSource.transaction((db) => postCoachCard(db, userId, proposal.component));
      await asModel(h.engine, userId, [{ type: 'transition_phase', params: { to: 'identity_refinement' } }]);
      await expect(press(userId, message.id, proposal.component!)).rejects.toMatchObject({
        code: CoachingErrorCode.CardExpired,
      });
    });

    it('should save the client’s edited statement when the suggestion is accepted', async () => {
      const userId = await newClient();
      await placeAt(h.dataSource, userId, 'i_am_statement');
      const [a] = await seedIdentities(h.dataSource, userId, [
        { name: 'Father', state: 'commitment_complete' },
      ]);
      const suggestion = await asModel(h.engine, userId, [
        { type: 'suggest_i_am', params: { id: a.id, statement: 'I am a father.' } },
      ]);
      const message = await h.dataSource.transaction((db) => postCoachCard(db, userId, suggestion.component));
      const result = await h.dataSource.transaction(async (db) =>
        buttons.press(db, await lockState(db, userId), {
          userId,
          messageId: message.id,
          buttonId: 'accept',
          actions: [
            {
              type: 'set_i_am_statement',
              params: { id: a.id, statement: 'I am a playful, present father.' },
            },
            { type: 'accept_i_am', params: { id: a.id } },
          ],
        }),
      );
      expect(result.result?.rejected).toEqual([]);
      expect(await identityNamed(h.dataSource, userId, 'Father')).toMatchObject({
        iAmStatement: 'I am a playful, present father.',
        state: 'i_am_complete',
      });
    });
  });
});
