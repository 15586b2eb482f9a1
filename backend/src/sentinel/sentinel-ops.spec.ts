import { checkOperation, operationsOf } from 'src/sentinel/sentinel-ops';

const ID = '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13';

describe('sentinel operations', () => {
  it('should accept an add with trimmed text when the text is present', () => {
    expect(checkOperation({ op: 'add', id: '', text: '  Is a nurse.  ' })).toEqual({
      ok: true,
      operation: { op: 'add', text: 'Is a nurse.' },
    });
  });

  it('should accept update and delete when the id is a uuid', () => {
    expect(checkOperation({ op: 'update', id: ID, text: 'Has two children.' })).toEqual({
      ok: true,
      operation: { op: 'update', id: ID, text: 'Has two children.' },
    });
    expect(checkOperation({ op: 'delete', id: ID, text: '' })).toEqual({
      ok: true,
      operation: { op: 'delete', id: ID },
    });
  });

  it('should reject an operation when its id is not a uuid', () => {
    expect(checkOperation({ op: 'delete', id: 'note-1', text: '' })).toEqual({
      ok: false,
      reason: 'unknown note id',
    });
  });

  it('should reject an operation when its text is empty or too long', () => {
    expect(checkOperation({ op: 'add', id: '', text: '   ' }).ok).toBe(false);
    expect(checkOperation({ op: 'add', id: '', text: 'x'.repeat(501) }).ok).toBe(false);
    expect(checkOperation({ op: 'update', id: ID, text: '' }).ok).toBe(false);
  });

  it('should reject an operation when the op is unknown or the value is not an object', () => {
    expect(checkOperation({ op: 'merge', id: ID, text: 'x' }).ok).toBe(false);
    expect(checkOperation('add').ok).toBe(false);
  });

  it('should return null when the reply has no operations list', () => {
    expect(operationsOf({ ops: [] })).toBeNull();
    expect(operationsOf(null)).toBeNull();
    expect(operationsOf({ operations: [] })).toEqual([]);
  });
});
