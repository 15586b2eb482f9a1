/**
 * Remembered results of a pure computation, keyed by its input: a fact that never changes for
 * that input (a text's token count, a stored message's verdict). Bounded: once it holds `limit`
 * entries, the oldest is forgotten first. Values are never `undefined`.
 */
export class BoundedMemo<K, V extends NonNullable<unknown>> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The remembered value for `key`, or `compute()`'s, which is then remembered. */
  get(key: K, compute: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) {
      return known;
    }
    const value = compute();
    if (this.entries.size >= this.limit) {
      this.entries.delete(this.entries.keys().next().value as K);
    }
    this.entries.set(key, value);
    return value;
  }
}
