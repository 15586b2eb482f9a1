import { decodeJobId, encodeJobId } from 'src/queue/drivers/bullmq.driver';

describe('BullMQ job id encoding', () => {
  it.each(['user-7', 'welcome_42', 'ümlaut and spaces'])(
    'should leave %j unchanged when BullMQ accepts it',
    (id) => {
      expect(encodeJobId(id)).toBe(id);
    },
  );

  it.each(['42', '0', '-1', 'a:b', 'a:b:c', 'user:42:welcome', '0:x', '%', 'a%3Ab', '%N5', '100%'])(
    'should round-trip %j to a BullMQ-safe id when it is integer-like or holds ":" or "%"',
    (id) => {
      const encoded = encodeJobId(id);

      expect(encoded).not.toContain(':');
      expect(`${Number.parseInt(encoded, 10)}`).not.toBe(encoded);
      expect(decodeJobId(encoded)).toBe(id);
    },
  );

  it('should give distinct ids distinct encodings when they differ only by escaping', () => {
    const ids = ['a:b', 'a%3Ab', 'a%253Ab', '5', '%N5', 'N5'];

    expect(new Set(ids.map(encodeJobId)).size).toBe(ids.length);
  });

  it('should leave BullMQ auto-increment ids unchanged when decoding them', () => {
    expect(decodeJobId('17')).toBe('17');
  });
});
