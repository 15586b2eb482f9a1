import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { bindRequest, requestLinesPrint, requestMixin } from 'src/logging/request-context';

describe('request context for quiet log levels', () => {
  it('should call request lines printable only at info and below', () => {
    expect(['trace', 'debug', 'info'].map(requestLinesPrint)).toEqual([true, true, true]);
    expect(['warn', 'error', 'fatal', 'silent'].map(requestLinesPrint)).toEqual([false, false, false, false]);
  });

  it('should put the current request on lines logged while handling it, and only then', () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const logger = pino(
      {
        level: 'warn',
        mixin: requestMixin,
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: req.url,
          }),
        },
      },
      sink,
    );
    const req = { id: 'req-1', method: 'GET', url: '/api/v1/coach/state' } as unknown as IncomingMessage;
    logger.warn('before');
    bindRequest(req, {} as ServerResponse, () => {
      logger.warn('during');
    });
    logger.warn('after');
    expect(lines.map((line) => [line.msg, line.req, line.service])).toEqual([
      ['before', undefined, undefined],
      ['during', { id: 'req-1', method: 'GET', url: '/api/v1/coach/state' }, 'api'],
      ['after', undefined, undefined],
    ]);
  });

  it('should follow the request across awaits', async () => {
    const req = { id: 'req-2' } as unknown as IncomingMessage;
    const seen = await new Promise<object>((resolve) => {
      bindRequest(req, {} as ServerResponse, () => {
        void Promise.resolve().then(() => resolve(requestMixin()));
      });
    });
    expect(seen).toEqual({ req, service: 'api' });
  });
});
