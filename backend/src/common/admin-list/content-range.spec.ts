import type { FastifyReply } from 'fastify';
import { withContentRange } from 'src/common/admin-list/content-range';

const recordingReply = () => {
  const headers: Record<string, string> = {};
  const reply = {
    header(name: string, value: string) {
      headers[name] = value;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, headers };
};

describe('withContentRange', () => {
  it('should answer the rows and name the inclusive range and total when the page has rows', () => {
    const { reply, headers } = recordingReply();
    const rows = withContentRange(reply, 'users', { items: ['a', 'b', 'c'], total: 319, offset: 10 });
    expect(rows).toEqual(['a', 'b', 'c']);
    expect(headers).toEqual({ 'Content-Range': 'users 10-12/319' });
  });

  it('should name the offset as both ends when the page is empty', () => {
    const { reply, headers } = recordingReply();
    expect(withContentRange(reply, 'invites', { items: [], total: 0, offset: 0 })).toEqual([]);
    expect(headers['Content-Range']).toBe('invites 0-0/0');
  });
});
