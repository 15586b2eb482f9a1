import { startTelemetryServer, type TelemetryServer } from 'test/fakes/fake-telemetry-server';

// A Sentry ingest endpoint on 127.0.0.1: accepts envelopes at /api/<project>/envelope/ and
// keeps their items. Set SENTRY_DSN to `dsn`.

export interface EnvelopeItem {
  type: string;
  payload: Record<string, unknown>;
}

export interface FakeSentryServer extends TelemetryServer {
  dsn: string;
  items: EnvelopeItem[];
  /** The `event` items: errors reported by the SDK. */
  events: () => Record<string, unknown>[];
  rawBodies: string[];
}

const PROJECT_ID = 4242;

// An envelope is newline-separated JSON: a header, then item header / item payload pairs.
const parseEnvelope = (body: string): EnvelopeItem[] => {
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  const items: EnvelopeItem[] = [];
  for (let index = 1; index + 1 < lines.length; index += 2) {
    const header = JSON.parse(lines[index] ?? '{}') as { type?: string };
    items.push({ type: header.type ?? 'unknown', payload: JSON.parse(lines[index + 1] ?? '{}') as never });
  }
  return items;
};

export const startFakeSentryServer = async (): Promise<FakeSentryServer> => {
  const items: EnvelopeItem[] = [];
  const rawBodies: string[] = [];
  const server = await startTelemetryServer(({ method, path, body }) => {
    if (method === 'POST' && path.startsWith(`/api/${PROJECT_ID}/envelope/`)) {
      rawBodies.push(body);
      items.push(...parseEnvelope(body));
    }
  });
  return {
    ...server,
    dsn: `http://fakepublickey@127.0.0.1:${server.port}/${PROJECT_ID}`,
    items,
    events: () => items.filter((item) => item.type === 'event').map((item) => item.payload),
    rawBodies,
  };
};
