import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TurnEvent } from 'src/coach-turns/events/turn-event.types';

export const SSE_HEARTBEAT_MS = 15_000;

const format = (event: TurnEvent): string =>
  `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;

/**
 * Answers a request with Server-Sent Events: takes the reply over from Fastify, writes each
 * event as it comes, a comment line as heartbeat so proxies keep the connection, and ends the
 * response after the last one. `open` gets a signal that aborts when the client goes away; any
 * error it throws happens before the first byte, so it keeps the JSON error shape.
 */
export const sendEventStream = async (
  request: FastifyRequest,
  reply: FastifyReply,
  open: (signal: AbortSignal) => Promise<AsyncIterable<TurnEvent>>,
  heartbeatMs = SSE_HEARTBEAT_MS,
): Promise<void> => {
  const aborter = new AbortController();
  request.raw.once('close', () => aborter.abort());
  const events = await open(aborter.signal);
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    'X-Accel-Buffering': 'no',
    Connection: 'keep-alive',
  });
  raw.write(': stream open\n\n');
  const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), heartbeatMs);
  try {
    for await (const event of events) {
      raw.write(format(event));
    }
  } finally {
    clearInterval(heartbeat);
    aborter.abort();
    raw.end();
  }
};
