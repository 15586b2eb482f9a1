// Pulls the text of one top-level string field (the coach's `message`) out of a JSON object
// while it is still streaming, so the client sees words before the JSON is complete. It never
// parses the whole document: it tracks nesting, keys, strings and escapes, nothing else.
const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

type StringRole = 'key' | 'value' | 'target';

export class JsonFieldStream {
  private readonly stack: ('object' | 'array')[] = [];
  private expectKey = false;
  private lastKey = '';
  private role: StringRole | null = null;
  private buffer = '';
  private escape: string | null = null;
  private highSurrogate = '';
  private finished = false;

  constructor(private readonly field: string) {}

  /** True once the field's closing quote went by. */
  get complete(): boolean {
    return this.finished;
  }

  /** Feed the next raw chunk; returns the newly decoded text of the field, if any. */
  push(chunk: string): string {
    let out = '';
    for (const char of chunk) {
      if (this.finished) {
        break;
      }
      out += this.role ? this.inString(char) : this.outside(char);
    }
    return out;
  }

  private outside(char: string): string {
    const top = this.stack[this.stack.length - 1];
    switch (char) {
      case '{':
        this.stack.push('object');
        this.expectKey = true;
        break;
      case '[':
        this.stack.push('array');
        this.expectKey = false;
        break;
      case '}':
      case ']':
        this.stack.pop();
        this.expectKey = false;
        break;
      case ',':
        this.expectKey = top === 'object';
        break;
      case ':':
        this.expectKey = false;
        break;
      case '"': {
        const atTop = this.stack.length === 1 && top === 'object';
        if (top === 'object' && this.expectKey) {
          this.role = 'key';
        } else {
          this.role = atTop && this.lastKey === this.field ? 'target' : 'value';
        }
        this.buffer = '';
        break;
      }
      default:
        break;
    }
    return '';
  }

  private inString(char: string): string {
    let decoded: string;
    if (this.escape !== null) {
      this.escape += char;
      if (this.escape[0] !== 'u') {
        decoded = SIMPLE_ESCAPES[this.escape] ?? this.escape;
      } else if (this.escape.length === 5) {
        decoded = this.fromCodeUnit(Number.parseInt(this.escape.slice(1), 16));
      } else {
        return '';
      }
      this.escape = null;
    } else if (char === '\\') {
      this.escape = '';
      return '';
    } else if (char === '"') {
      return this.closeString();
    } else {
      decoded = this.takeSurrogate() + char;
    }
    if (this.role === 'key') {
      this.buffer += decoded;
    }
    return this.role === 'target' ? decoded : '';
  }

  private closeString(): string {
    const rest = this.takeSurrogate();
    if (this.role === 'key') {
      if (this.stack.length === 1) {
        this.lastKey = this.buffer;
      }
    } else if (this.role === 'target') {
      this.finished = true;
    }
    const emitted = this.role === 'target' ? rest : '';
    this.role = null;
    return emitted;
  }

  // A \uD83D\uDE00 pair arrives as two escapes; the character is emitted once both are in.
  private fromCodeUnit(code: number): string {
    if (Number.isNaN(code)) {
      return '';
    }
    const unit = String.fromCharCode(code);
    if (code >= 0xd800 && code <= 0xdbff) {
      const previous = this.takeSurrogate();
      this.highSurrogate = unit;
      return previous;
    }
    if (code >= 0xdc00 && code <= 0xdfff && this.highSurrogate) {
      return this.takeSurrogate() + unit;
    }
    return this.takeSurrogate() + unit;
  }

  private takeSurrogate(): string {
    const pending = this.highSurrogate;
    this.highSurrogate = '';
    return pending;
  }
}
