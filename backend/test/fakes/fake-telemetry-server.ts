import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

// Shared by the fake OTLP collector and the fake Sentry ingest: a loopback HTTP server that
// hands each request's decoded body to a handler and answers 200 `{}`.

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks);
  return (request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
};

export interface TelemetryServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const startTelemetryServer = async (
  onRequest: (request: ReceivedRequest) => void,
): Promise<TelemetryServer> => {
  const server: Server = createServer((request, response) => {
    readBody(request)
      .then((body) => {
        onRequest({
          method: request.method ?? 'GET',
          path: request.url ?? '/',
          headers: request.headers,
          body,
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      })
      .catch(() => response.writeHead(400).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** Polls `read` until `done` accepts its value, or fails with what was last seen. */
export const waitFor = async <T>(
  read: () => T,
  done: (value: T) => boolean,
  timeoutMs: number,
  what: string,
): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (done(value)) {
      return value;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
