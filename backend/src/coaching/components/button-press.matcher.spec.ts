import { matchButtonPress } from 'src/coaching/components/button-press.matcher';
import {
  breakCard,
  introChoicesCard,
  proposeCombineCard,
  suggestIAmCard,
  videoCard,
} from 'src/coaching/components/card-builders';
import { toDisplayOnly } from 'src/coaching/components/display-copy';

const A = { id: '11111111-1111-4111-8111-111111111111', name: 'Runner' };
const B = { id: '22222222-2222-4222-8222-222222222222', name: 'Athlete' };

describe('matchButtonPress', () => {
  const combine = proposeCombineCard('brainstorming_review', A, B, 'Runner / Athlete');

  it('should match the button when the pressed actions are exactly the offered ones', () => {
    const match = matchButtonPress(
      combine,
      { actions: [{ type: 'combine_identities', params: { keepId: A.id, mergeId: B.id } }] },
      'brainstorming_review',
    );
    expect(match).toMatchObject({ ok: true, button: { id: 'combine' } });
  });

  it('should refuse the press when a fixed param was changed', () => {
    const match = matchButtonPress(
      combine,
      { actions: [{ type: 'combine_identities', params: { keepId: B.id, mergeId: A.id } }] },
      'brainstorming_review',
    );
    expect(match).toMatchObject({ ok: false, reason: 'not_offered' });
  });

  it('should refuse the press when the action is not on the card at all', () => {
    const match = matchButtonPress(
      combine,
      { actions: [{ type: 'archive_identity', params: { id: A.id } }] },
      'brainstorming_review',
    );
    expect(match).toMatchObject({ ok: false, reason: 'not_offered' });
  });

  it('should refuse a partial press when the button carries several actions', () => {
    const outro = videoCard('identity_brainstorming', {
      key: 'get_to_know_outro',
      session: 'get_to_know',
      placement: 'outro',
      title: 'Outro',
      url: '/media/videos/get_to_know_outro.mp4',
      durationSeconds: 10,
    });
    const partial = matchButtonPress(
      outro,
      { actions: [{ type: 'acknowledge_video', params: { key: 'get_to_know_outro' } }] },
      'identity_brainstorming',
    );
    expect(partial).toMatchObject({ ok: false, reason: 'not_offered' });
    const full = matchButtonPress(
      outro,
      {
        actions: [
          { type: 'acknowledge_video', params: { key: 'get_to_know_outro' } },
          { type: 'start_break', params: { session: 'get_to_know' } },
        ],
      },
      'identity_brainstorming',
    );
    expect(full.ok).toBe(true);
  });

  it('should accept an edited statement when the card marks it editable', () => {
    const card = suggestIAmCard('i_am_statement', A, 'I am a runner.');
    const match = matchButtonPress(
      card,
      {
        buttonId: 'accept',
        actions: [
          { type: 'set_i_am_statement', params: { id: A.id, statement: 'I am a runner who shows up.' } },
          { type: 'accept_i_am', params: { id: A.id } },
        ],
      },
      'i_am_statement',
    );
    expect(match.ok && match.actions[0]).toEqual({
      type: 'set_i_am_statement',
      params: { id: A.id, statement: 'I am a runner who shows up.' },
    });
  });

  it('should report invalid params when an editable value breaks the action spec', () => {
    const card = suggestIAmCard('i_am_statement', A, 'I am a runner.');
    const match = matchButtonPress(
      card,
      {
        actions: [
          { type: 'set_i_am_statement', params: { id: A.id, statement: '   ' } },
          { type: 'accept_i_am', params: { id: A.id } },
        ],
      },
      'i_am_statement',
    );
    expect(match).toMatchObject({ ok: false, reason: 'invalid_params' });
  });

  it('should need the button id when the button only sends a reply', () => {
    const card = introChoicesCard('introduction');
    expect(matchButtonPress(card, { actions: [] }, 'introduction')).toMatchObject({
      ok: false,
      reason: 'not_offered',
    });
    expect(matchButtonPress(card, { buttonId: 'tell_me_more', actions: [] }, 'introduction')).toMatchObject({
      ok: true,
      button: { reply: 'Can you tell me more about how this works?' },
    });
  });

  it('should refuse the press when the card is a display-only copy', () => {
    const card = breakCard('identity_brainstorming', 'get_to_know', new Date());
    const used = toDisplayOnly(card, card.buttons[0], new Date());
    expect(used.buttons).toEqual([]);
    expect(used.pressed).toMatchObject({ buttonId: 'ready', label: 'I’m ready' });
    expect(
      matchButtonPress(used, { actions: [{ type: 'end_break', params: {} }] }, 'identity_brainstorming'),
    ).toMatchObject({ ok: false, reason: 'not_interactive' });
    expect(matchButtonPress(null, { actions: [] }, 'introduction')).toMatchObject({
      reason: 'not_interactive',
    });
  });

  it('should refuse the press when the card belongs to another phase', () => {
    const match = matchButtonPress(
      combine,
      { actions: [{ type: 'combine_identities', params: { keepId: A.id, mergeId: B.id } }] },
      'identity_refinement',
    );
    expect(match).toMatchObject({ ok: false, reason: 'expired' });
  });
});
