import { describe, expect, it } from 'vitest';
import { sideBySide } from '../sideBySide';

describe('sideBySide', () => {
  it('should pair a replaced line with its replacement and mark only the differing words', () => {
    const rows = sideBySide(
      'Hello {{user_name}}\nOffer three names\nBye\n',
      'Hello {{user_name}}\nOffer two names\nBye\n',
    );

    expect(rows.map((row) => row.change)).toEqual(['same', 'changed', 'same']);
    expect(rows[1]?.left?.filter((segment) => segment.changed).map((segment) => segment.text)).toEqual([
      'three',
    ]);
    expect(rows[1]?.right?.filter((segment) => segment.changed).map((segment) => segment.text)).toEqual([
      'two',
    ]);
  });

  it('should put lines found on one side only opposite a gap', () => {
    const rows = sideBySide('a\nb\n', 'a\nb\nc\n');

    expect(rows.at(-1)).toEqual({ change: 'added', left: null, right: [{ text: 'c', changed: false }] });
  });
});
