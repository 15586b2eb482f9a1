import { toRecentMessage } from 'src/coaching/messages/recent-message';

describe('toRecentMessage', () => {
  it('should give the same message when the row is an entity or a JSON row from PostgreSQL', () => {
    const fromEntity = toRecentMessage({
      role: 'user',
      content: 'Hello coach',
      createdAt: new Date('2026-12-04T23:00:00.123Z'),
    });
    // json_build_object writes a timestamptz with microseconds and an offset.
    const fromJson = toRecentMessage({
      role: 'user',
      content: 'Hello coach',
      createdAt: '2026-12-05T00:00:00.123456+01:00',
    });
    expect(fromEntity).toEqual({ role: 'user', content: 'Hello coach', at: '2026-12-04T23:00:00.123Z' });
    expect(fromJson).toEqual(fromEntity);
  });
});
