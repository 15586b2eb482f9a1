import { checkActionShape } from 'src/coaching/actions/action-shape.validator';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';

const ID = '7b0c5b8e-9d1f-4a47-9f5e-3b2f1c0d9e8a';

describe('checkActionShape', () => {
  it('should normalise text and ids when the action is well formed', () => {
    const check = checkActionShape({
      type: 'create_identity',
      params: { name: '  Early   riser ', category: 'physical_expression', note: ' up at 6 ' },
    });
    expect(check).toEqual({
      ok: true,
      action: {
        type: 'create_identity',
        params: { name: 'Early riser', category: 'physical_expression', note: 'up at 6' },
      },
    });
    const rename = checkActionShape({
      type: 'rename_identity',
      params: { id: ID.toUpperCase(), name: 'Runner' },
    });
    expect(rename.ok && rename.action.params).toEqual({ id: ID, name: 'Runner' });
  });

  it('should reject the type when it is not in the catalogue', () => {
    expect(checkActionShape({ type: 'delete_everything', params: {} })).toMatchObject({
      ok: false,
      reason: ActionRejectionCode.UnknownAction,
    });
    expect(checkActionShape({ type: 42 })).toMatchObject({
      ok: false,
      reason: ActionRejectionCode.UnknownAction,
    });
  });

  it.each([
    ['a missing param', { type: 'rename_identity', params: { id: ID } }, /missing name/],
    ['an unknown param', { type: 'accept_i_am', params: { id: ID, extra: 1 } }, /unknown extra/],
    ['a non-UUID id', { type: 'accept_i_am', params: { id: '42' } }, /UUID/],
    ['an unknown category', { type: 'focus_category', params: { category: 'hobbies' } }, /category/],
    ['an unknown phase', { type: 'transition_phase', params: { to: 'the_end' } }, /phase/],
    ['an unknown topic', { type: 'mark_question_asked', params: { question: 'weather' } }, /topic/],
    ['an empty name', { type: 'rename_identity', params: { id: ID, name: '   ' } }, /name must not be empty/],
    [
      'a name that is too long',
      { type: 'rename_identity', params: { id: ID, name: 'x'.repeat(121) } },
      /120/,
    ],
    [
      'an empty note to add',
      { type: 'add_identity_note', params: { id: ID, note: '' } },
      /note must not be empty/,
    ],
    ['params that are not an object', { type: 'end_break', params: [] }, /object/],
    ['an empty identity list', { type: 'create_identities', params: { items: [] } }, /1 to 30/],
    ['a list item that is not text', { type: 'set_who_you_are', params: { items: ['a', 3] } }, /items\[1\]/],
  ])('should reject %s when the params do not fit the spec', (_label, raw, message) => {
    const check = checkActionShape(raw);
    expect(check).toMatchObject({ ok: false, reason: ActionRejectionCode.InvalidParams });
    expect(!check.ok && check.message).toMatch(message);
  });

  it('should accept an empty note when an identity is created', () => {
    const check = checkActionShape({
      type: 'create_identities',
      params: { items: [{ name: 'Painter', category: 'passions_and_talents', note: '' }] },
    });
    expect(check.ok).toBe(true);
  });

  it('should accept missing params when the action takes none', () => {
    expect(checkActionShape({ type: 'end_break' })).toEqual({
      ok: true,
      action: { type: 'end_break', params: {} },
    });
  });
});
