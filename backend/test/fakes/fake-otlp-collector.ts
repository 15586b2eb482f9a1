import { startTelemetryServer, type TelemetryServer } from 'test/fakes/fake-telemetry-server';

// An OTLP/HTTP trace receiver on 127.0.0.1 (JSON encoding, what
// @opentelemetry/exporter-trace-otlp-http sends). Set OTEL_EXPORTER_OTLP_ENDPOINT to `url`.

type AnyValue = {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: number | string;
  doubleValue?: number;
  arrayValue?: { values?: AnyValue[] };
};
interface KeyValue {
  key: string;
  value: AnyValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: KeyValue[];
  status?: { code?: number; message?: string };
}
interface ExportRequest {
  resourceSpans?: {
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: { scope?: { name?: string }; spans?: OtlpSpan[] }[];
  }[];
}

export type AttributeValue = string | number | boolean | AttributeValue[] | null;

export interface ReceivedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** OTLP numbering: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  attributes: Record<string, AttributeValue>;
  statusCode: number;
}

const valueOf = (value: AnyValue): AttributeValue => {
  if (value.stringValue !== undefined) {
    return value.stringValue;
  }
  if (value.boolValue !== undefined) {
    return value.boolValue;
  }
  if (value.intValue !== undefined) {
    return Number(value.intValue);
  }
  if (value.doubleValue !== undefined) {
    return value.doubleValue;
  }
  if (value.arrayValue) {
    return (value.arrayValue.values ?? []).map(valueOf);
  }
  return null;
};

const toRecord = (attributes: KeyValue[] = []): Record<string, AttributeValue> =>
  Object.fromEntries(attributes.map(({ key, value }) => [key, valueOf(value)]));

export interface FakeOtlpCollector extends TelemetryServer {
  spans: ReceivedSpan[];
  /** Every export request body as received, for "this string never left the process" checks. */
  rawBodies: string[];
}

export const startFakeOtlpCollector = async (): Promise<FakeOtlpCollector> => {
  const spans: ReceivedSpan[] = [];
  const rawBodies: string[] = [];
  const server = await startTelemetryServer(({ method, path, body }) => {
    if (method !== 'POST' || path !== '/v1/traces') {
      return;
    }
    rawBodies.push(body);
    const request = JSON.parse(body) as ExportRequest;
    for (const resource of request.resourceSpans ?? []) {
      const service = String(toRecord(resource.resource?.attributes)['service.name'] ?? '');
      for (const scopeSpans of resource.scopeSpans ?? []) {
        for (const span of scopeSpans.spans ?? []) {
          spans.push({
            service,
            scope: scopeSpans.scope?.name ?? '',
            traceId: span.traceId,
            spanId: span.spanId,
            parentSpanId: span.parentSpanId || undefined,
            name: span.name,
            kind: span.kind,
            attributes: toRecord(span.attributes),
            statusCode: span.status?.code ?? 0,
          });
        }
      }
    }
  });
  return { ...server, spans, rawBodies };
};
