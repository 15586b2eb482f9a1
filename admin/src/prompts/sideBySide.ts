import { diffLines, diffWordsWithSpace } from 'diff';

export type LineChange = 'same' | 'changed' | 'removed' | 'added';

/** A piece of a changed line; `changed` pieces are the words that differ. */
export interface Segment {
  text: string;
  changed: boolean;
}

/** One row of a side-by-side view: the old line on the left, the new one on the right. */
export interface DiffRow {
  change: LineChange;
  left: Segment[] | null;
  right: Segment[] | null;
}

const linesOf = (value: string): string[] => {
  const lines = value.split('\n');
  // A trailing newline ends the last line rather than starting an empty one.
  return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
};

const whole = (text: string): Segment[] => [{ text, changed: false }];

/** Word-level differences within one changed line, for each side. */
const pairSegments = (before: string, after: string): { left: Segment[]; right: Segment[] } => {
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const part of diffWordsWithSpace(before, after)) {
    if (!part.added) {
      left.push({ text: part.value, changed: part.removed });
    }
    if (!part.removed) {
      right.push({ text: part.value, changed: part.added });
    }
  }
  return { left, right };
};

/**
 * Lines of two texts lined up for a side-by-side view (jsdiff): unchanged lines on both sides, a
 * removed line next to the line that replaced it (with the differing words marked), and lines
 * only on one side opposite a gap.
 */
export const sideBySide = (before: string, after: string): DiffRow[] => {
  const rows: DiffRow[] = [];
  let removed: string[] = [];
  const flushRemoved = () => {
    rows.push(...removed.map((line): DiffRow => ({ change: 'removed', left: whole(line), right: null })));
    removed = [];
  };
  for (const part of diffLines(before, after)) {
    const lines = linesOf(part.value);
    if (part.removed) {
      removed.push(...lines);
    } else if (part.added) {
      lines.forEach((line, index) => {
        const old = removed[index];
        if (old === undefined) {
          rows.push({ change: 'added', left: null, right: whole(line) });
        } else {
          rows.push({ change: 'changed', ...pairSegments(old, line) });
        }
      });
      removed = removed.slice(lines.length);
      flushRemoved();
    } else {
      flushRemoved();
      rows.push(...lines.map((line): DiffRow => ({ change: 'same', left: whole(line), right: whole(line) })));
    }
  }
  flushRemoved();
  return rows;
};
