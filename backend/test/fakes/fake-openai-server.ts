import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import sharp from 'sharp';

// An OpenAI-compatible server on 127.0.0.1 for tests and benchmarks: chat completions with and
// without streaming, structured-output JSON, usage, moderations, the images API (generations
// and multipart edits, answering b64_json PNGs), scripted failures and delays.
// Point the real `openai` SDK at `server.baseUrl`.

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens?: number;
  reasoning_tokens?: number;
}

/** One scripted answer. Everything is optional; the default is a 200 with `content`. */
export interface FakeChatReply {
  /** Reply text; for structured output the JSON string (or use `json`). */
  content?: string;
  /** Serialised with JSON.stringify and used as the content. */
  json?: unknown;
  /** Split the content into exactly these stream chunks (their concatenation is the content). */
  chunks?: string[];
  finishReason?: 'stop' | 'length' | 'content_filter';
  /** Default: counted with gpt-tokenizer (o200k) from the request and the content. */
  usage?: Partial<FakeUsage>;
  /** Report no usage at all, like some compatible servers. */
  omitUsage?: boolean;
  model?: string;
  /** Answer with this HTTP error instead (e.g. 429, 500, 400). */
  status?: number;
  /** Error body; default `{ error: { message, type, code } }`. */
  errorBody?: unknown;
  headers?: Record<string, string>;
  /** Wait before the first byte of the body (streaming) or the whole response. */
  firstTokenDelayMs?: number;
  /** Wait between stream chunks. */
  chunkDelayMs?: number;
  /** Destroy the socket after this many content chunks (0: before any response). */
  dropAfterChunks?: number;
  /** Never answer; the client must time out. */
  hang?: boolean;
}

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
  temperature?: number;
  reasoning_effort?: string;
  max_tokens?: number;
  max_completion_tokens?: number;
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** performance.timeOrigin-based epoch milliseconds, comparable across processes on one host. */
  receivedAt: number;
  /** When the first content token left the server (streaming and non-streaming). */
  firstTokenSentAt?: number;
  /** The status the fake answered with. */
  status?: number;
}

export type ChatResponder =
  FakeChatReply | ((body: ChatRequestBody, request: RecordedRequest) => FakeChatReply);

export interface FakeModerationResult {
  flagged: boolean;
  categories?: Record<string, boolean>;
  category_scores?: Record<string, number>;
}

/** One scripted images API answer; the default is a 200 with a PNG of the requested size. */
export interface FakeImageReply {
  /** The picture to return (any image bytes); default: a solid PNG coloured from the prompt. */
  png?: Buffer;
  /** Default: input tokens from the prompt (+ 323 per input image), 4160 output tokens. */
  usage?: { input_tokens?: number; image_tokens?: number; output_tokens?: number };
  omitUsage?: boolean;
  /** Answer with this HTTP error instead (429, 400, 503...). */
  status?: number;
  errorBody?: unknown;
  headers?: Record<string, string>;
  /** Wait before answering. */
  delayMs?: number;
  /** Never answer; the client must time out. */
  hang?: boolean;
}

/** What the fake saw in an images request: JSON fields, or multipart fields and files. */
export interface ImageRequestBody {
  model?: string;
  prompt?: string;
  size?: string;
  quality?: string;
  n?: number | string;
  response_format?: string;
  /** Uploaded files of a multipart edit, in order (the `image` / `image[]` fields). */
  files: { field: string; filename: string; contentType: string; bytes: number }[];
  [key: string]: unknown;
}

export type ImageResponder =
  FakeImageReply | ((body: ImageRequestBody, request: RecordedRequest) => FakeImageReply);

export interface FakeOpenAiServerOptions {
  /** Used when no scripted reply is queued. Default: echo a short text or `{"message":…,"actions":[]}`. */
  fallback?: ChatResponder;
  /** Applied to every reply that does not set its own. */
  firstTokenDelayMs?: number;
  chunkDelayMs?: number;
  /** Characters per stream chunk when `chunks` is not given. */
  chunkSize?: number;
}

const now = (): number => performance.timeOrigin + performance.now();

const MODERATION_CATEGORIES = [
  'harassment',
  'hate',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'violence',
];

const defaultModeration = (input: string): FakeModerationResult => {
  const selfHarm = /\b(kill myself|suicide|end my life|hurt myself)\b/i.test(input);
  return {
    flagged: selfHarm,
    categories: Object.fromEntries(
      MODERATION_CATEGORIES.map((name) => [name, selfHarm && name.startsWith('self-harm')]),
    ),
    category_scores: Object.fromEntries(
      MODERATION_CATEGORIES.map((name) => [name, selfHarm && name.startsWith('self-harm') ? 0.93 : 0.001]),
    ),
  };
};

const defaultFallback = (body: ChatRequestBody): FakeChatReply => {
  const last = body.messages[body.messages.length - 1]?.content ?? '';
  const text = `Fake reply to: ${last.slice(0, 40)}`;
  return body.response_format ? { json: { message: text, actions: [] } } : { content: text };
};

const splitEvery = (text: string, size: number): string[] => {
  const parts: string[] = [];
  for (let index = 0; index < text.length; index += size) {
    parts.push(text.slice(index, index + size));
  }
  return parts;
};

export class FakeOpenAiServer {
  readonly requests: RecordedRequest[] = [];
  private readonly chatQueue: ChatResponder[] = [];
  private readonly moderationQueue: FakeModerationResult[] = [];
  private readonly imageQueue: ImageResponder[] = [];
  private fallback: ChatResponder;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeOpenAiServerOptions,
  ) {
    this.fallback = options.fallback ?? defaultFallback;
  }

  static async start(options: FakeOpenAiServerOptions = {}): Promise<FakeOpenAiServer> {
    const server = createServer();
    const fake = new FakeOpenAiServer(server, options);
    server.on('request', (request, response) => {
      fake.handle(request, response).catch(() => {
        response.destroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** `http://127.0.0.1:<port>` */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** What to pass as OPENAI_BASE_URL. */
  get baseUrl(): string {
    return `${this.url}/v1`;
  }

  /** Script the next chat replies, in order; each is used once. */
  enqueue(...replies: ChatResponder[]): this {
    this.chatQueue.push(...replies);
    return this;
  }

  /** Replace the reply used when nothing is queued. */
  setFallback(responder: ChatResponder): this {
    this.fallback = responder;
    return this;
  }

  enqueueModeration(...results: FakeModerationResult[]): this {
    this.moderationQueue.push(...results);
    return this;
  }

  /** Script the next images API answers (generations and edits share one queue). */
  enqueueImage(...replies: ImageResponder[]): this {
    this.imageQueue.push(...replies);
    return this;
  }

  /** Images requests received, in order, with their path (generations or edits). */
  imageRequests(): (ImageRequestBody & { path: string; status?: number })[] {
    return this.requests
      .filter((request) => request.path.startsWith('/v1/images/'))
      .map((r) => ({ ...(r.body as ImageRequestBody), path: r.path, status: r.status }));
  }

  /** Bodies of the chat-completion requests received, in order. */
  chatRequests(): ChatRequestBody[] {
    return this.requests
      .filter((request) => request.path === '/v1/chat/completions')
      .map((r) => r.body as ChatRequestBody);
  }

  /** Forget recorded requests and queued replies. */
  reset(): void {
    this.requests.length = 0;
    this.chatQueue.length = 0;
    this.moderationQueue.length = 0;
    this.imageQueue.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: (request.url ?? '/').split('?')[0] ?? '/',
      headers: request.headers,
      body: null,
      receivedAt: now(),
    };
    this.requests.push(recorded);
    const bytes = await readBody(request);
    const contentType = request.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      const parsed = parseMultipart(bytes, contentType);
      if (!parsed) {
        this.sendError(recorded, response, 400, {
          error: { message: 'Invalid multipart body', type: 'invalid_request_error' },
        });
        return;
      }
      recorded.body = parsed;
    }
    const raw = recorded.body ? '' : bytes.toString('utf8');
    if (raw) {
      try {
        recorded.body = JSON.parse(raw) as unknown;
      } catch {
        this.sendError(recorded, response, 400, {
          error: { message: 'Invalid JSON body', type: 'invalid_request_error' },
        });
        return;
      }
    }
    if (recorded.method === 'POST' && recorded.path === '/v1/chat/completions') {
      await this.chat(recorded, response);
    } else if (
      recorded.method === 'POST' &&
      (recorded.path === '/v1/images/generations' || recorded.path === '/v1/images/edits')
    ) {
      await this.image(recorded, response);
    } else if (recorded.method === 'POST' && recorded.path === '/v1/moderations') {
      this.moderate(recorded, response);
    } else if (recorded.method === 'GET' && recorded.path === '/v1/models') {
      this.sendJson(recorded, response, 200, {
        object: 'list',
        data: [{ id: 'fake-model', object: 'model' }],
      });
    } else {
      this.sendError(recorded, response, 404, {
        error: { message: `No route ${recorded.path}`, type: 'not_found' },
      });
    }
  }

  private async chat(recorded: RecordedRequest, response: ServerResponse): Promise<void> {
    const body = recorded.body as ChatRequestBody;
    const responder = this.chatQueue.shift() ?? this.fallback;
    const reply = typeof responder === 'function' ? responder(body, recorded) : responder;
    const firstTokenDelayMs = reply.firstTokenDelayMs ?? this.options.firstTokenDelayMs ?? 0;

    if (reply.hang) {
      // Keep the socket open until the client gives up or the server closes.
      return;
    }
    if (reply.dropAfterChunks === 0) {
      response.socket?.destroy();
      return;
    }
    if (reply.status && reply.status >= 400) {
      if (firstTokenDelayMs > 0) {
        await sleep(firstTokenDelayMs);
      }
      this.sendError(
        recorded,
        response,
        reply.status,
        reply.errorBody ?? {
          error: {
            message: `Fake error ${reply.status}`,
            type: reply.status === 429 ? 'rate_limit_error' : 'server_error',
            code: reply.status === 429 ? 'rate_limit_exceeded' : null,
          },
        },
        reply.headers,
      );
      return;
    }

    const content =
      reply.json !== undefined ? JSON.stringify(reply.json) : (reply.content ?? reply.chunks?.join('') ?? '');
    const model = reply.model ?? body.model;
    const usage = this.usageFor(body, content, reply.usage);
    const finishReason = reply.finishReason ?? 'stop';
    const id = `chatcmpl-${randomUUID()}`;
    const created = Math.floor(Date.now() / 1000);

    if (!body.stream) {
      if (firstTokenDelayMs > 0) {
        await sleep(firstTokenDelayMs);
      }
      recorded.firstTokenSentAt = now();
      this.sendJson(
        recorded,
        response,
        200,
        {
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content, refusal: null },
              finish_reason: finishReason,
              logprobs: null,
            },
          ],
          ...(reply.omitUsage ? {} : { usage }),
        },
        reply.headers,
      );
      return;
    }

    recorded.status = 200;
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      ...reply.headers,
    });
    response.flushHeaders();
    const send = (payload: unknown): void => {
      response.write(`data: ${JSON.stringify(payload)}\n\n`);
    };
    const chunk = (delta: Record<string, unknown>, finish: string | null): unknown => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    });
    if (firstTokenDelayMs > 0) {
      await sleep(firstTokenDelayMs);
    }
    const pieces = reply.chunks ?? splitEvery(content, this.options.chunkSize ?? 8);
    const chunkDelayMs = reply.chunkDelayMs ?? this.options.chunkDelayMs ?? 0;
    send(chunk({ role: 'assistant', content: '' }, null));
    for (const [index, piece] of pieces.entries()) {
      if (index > 0 && chunkDelayMs > 0) {
        await sleep(chunkDelayMs);
      }
      if (reply.dropAfterChunks !== undefined && index >= reply.dropAfterChunks) {
        // Let the chunks already written reach the client first, like a server dying mid-reply.
        await new Promise<void>((resolve) => response.write('', () => resolve()));
        await sleep(25);
        response.socket?.destroy();
        return;
      }
      recorded.firstTokenSentAt ??= now();
      send(chunk({ content: piece }, null));
    }
    send(chunk({}, finishReason));
    if (body.stream_options?.include_usage && !reply.omitUsage) {
      send({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });
    }
    response.end('data: [DONE]\n\n');
  }

  private moderate(recorded: RecordedRequest, response: ServerResponse): void {
    type Part = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } };
    const body = recorded.body as { input?: string | string[] | Part[]; model?: string };
    // A multi-modal input (text and image parts) is one input with one result, as the API does;
    // the default verdict reads its text parts.
    const parts = Array.isArray(body.input) ? body.input : [body.input ?? ''];
    const inputs = parts.some((part) => typeof part !== 'string')
      ? [(parts as Part[]).map((part) => (part.type === 'text' ? part.text : '')).join(' ')]
      : (parts as string[]);
    const results = inputs.map((input) => {
      const result = this.moderationQueue.shift() ?? defaultModeration(input);
      const fallback = defaultModeration('');
      return {
        flagged: result.flagged,
        categories: { ...fallback.categories, ...result.categories },
        category_scores: { ...fallback.category_scores, ...result.category_scores },
      };
    });
    this.sendJson(recorded, response, 200, {
      id: `modr-${randomUUID()}`,
      model: body.model ?? 'omni-moderation-latest',
      results,
    });
  }

  private async image(recorded: RecordedRequest, response: ServerResponse): Promise<void> {
    const body: ImageRequestBody = { files: [], ...(recorded.body as Partial<ImageRequestBody>) };
    recorded.body = body;
    const responder = this.imageQueue.shift() ?? {};
    const reply = typeof responder === 'function' ? responder(body, recorded) : responder;
    if (reply.hang) {
      return;
    }
    if (reply.delayMs) {
      await sleep(reply.delayMs);
    }
    if (reply.status && reply.status >= 400) {
      this.sendError(
        recorded,
        response,
        reply.status,
        reply.errorBody ?? {
          error: {
            message: `Fake error ${reply.status}`,
            type: reply.status === 429 ? 'rate_limit_error' : 'server_error',
            code: reply.status === 429 ? 'rate_limit_exceeded' : null,
          },
        },
        reply.headers,
      );
      return;
    }
    const prompt = String(body.prompt ?? '');
    const [width, height] = /^(\d+)x(\d+)$/
      .exec(String(body.size ?? ''))
      ?.slice(1)
      .map(Number) ?? [1024, 1024];
    const png = reply.png ?? (await solidPng(width ?? 1024, height ?? 1024, prompt));
    const plain = { disallowedSpecial: new Set<string>() };
    const imageTokens = reply.usage?.image_tokens ?? body.files.length * 323;
    const inputTokens = reply.usage?.input_tokens ?? countTokens(prompt, plain) + imageTokens;
    const outputTokens = reply.usage?.output_tokens ?? 4160;
    this.sendJson(
      recorded,
      response,
      200,
      {
        created: Math.floor(Date.now() / 1000),
        data: [{ b64_json: png.toString('base64') }],
        output_format: 'png',
        size: `${width}x${height}`,
        ...(reply.omitUsage
          ? {}
          : {
              usage: {
                input_tokens: inputTokens,
                input_tokens_details: { image_tokens: imageTokens, text_tokens: inputTokens - imageTokens },
                output_tokens: outputTokens,
                total_tokens: inputTokens + outputTokens,
              },
            }),
      },
      reply.headers,
    );
  }

  // Same counting as the app (gpt-tokenizer, o200k, chat framing), so tests can compare.
  private usageFor(body: ChatRequestBody, content: string, override: Partial<FakeUsage> = {}) {
    const plain = { disallowedSpecial: new Set<string>() };
    const promptTokens =
      override.prompt_tokens ??
      body.messages.reduce(
        (sum, message) =>
          sum + 3 + countTokens(message.role, plain) + countTokens(String(message.content), plain),
        3,
      );
    const completionTokens = override.completion_tokens ?? countTokens(content, plain);
    return {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: override.cached_tokens ?? 0 },
      completion_tokens_details: { reasoning_tokens: override.reasoning_tokens ?? 0 },
    };
  }

  private sendJson(
    recorded: RecordedRequest,
    response: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ): void {
    recorded.status = status;
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(payload));
  }

  private sendError(
    recorded: RecordedRequest,
    response: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ): void {
    this.sendJson(recorded, response, status, payload, headers);
  }
}

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

/** A multipart/form-data body as fields and file summaries; null when it does not parse. */
const parseMultipart = (body: Buffer, contentType: string): ImageRequestBody | null => {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) {
    return null;
  }
  const delimiter = Buffer.from(`--${marker}`);
  const result: ImageRequestBody = { files: [] };
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) {
      break;
    }
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? '';
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (filename !== undefined) {
        result.files.push({
          field: name,
          filename,
          contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? '',
          bytes: content.length,
        });
      } else {
        result[name] = content.toString('utf8');
      }
    }
    start = next;
  }
  return result;
};

/** A plain PNG whose colour follows the prompt, so different prompts give different pictures. */
const solidPng = (width: number, height: number, prompt: string): Promise<Buffer> => {
  let hash = 0;
  for (const char of prompt) {
    hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  }
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: hash & 255, g: (hash >> 8) & 255, b: (hash >> 16) & 255 },
    },
  })
    .png()
    .toBuffer();
};

/** Ready-made scripted replies. */
export const fakeReplies = {
  text: (content: string, extra: FakeChatReply = {}): FakeChatReply => ({ content, ...extra }),
  json: (value: unknown, extra: FakeChatReply = {}): FakeChatReply => ({ json: value, ...extra }),
  rateLimited: (retryAfterSeconds?: number): FakeChatReply => ({
    status: 429,
    headers: retryAfterSeconds !== undefined ? { 'retry-after': String(retryAfterSeconds) } : {},
  }),
  serverError: (status = 500): FakeChatReply => ({ status }),
  badRequest: (message = 'Invalid request'): FakeChatReply => ({
    status: 400,
    errorBody: { error: { message, type: 'invalid_request_error', code: 'invalid_value' } },
  }),
  malformedJson: (): FakeChatReply => ({ content: '{"message": "Hello there", "actions": [' }),
  hang: (): FakeChatReply => ({ hang: true }),
  dropConnection: (afterChunks = 0): FakeChatReply => ({
    content: 'x'.repeat(64),
    dropAfterChunks: afterChunks,
  }),
};

/** Ready-made scripted images API answers. */
export const fakeImageReplies = {
  rateLimited: (retryAfterSeconds?: number): FakeImageReply => ({
    status: 429,
    headers: retryAfterSeconds !== undefined ? { 'retry-after': String(retryAfterSeconds) } : {},
  }),
  /** What OpenAI answers when its safety system refuses the prompt or an input image. */
  moderationBlocked: (): FakeImageReply => ({
    status: 400,
    errorBody: {
      error: {
        message: 'Your request was rejected as a result of our safety system.',
        type: 'image_generation_user_error',
        param: null,
        code: 'moderation_blocked',
      },
    },
  }),
  overloaded: (status = 503): FakeImageReply => ({
    status,
    errorBody: {
      error: { message: 'The engine is currently overloaded, please try again later', type: 'server_error' },
    },
  }),
  badRequest: (message = 'Invalid size'): FakeImageReply => ({
    status: 400,
    errorBody: { error: { message, type: 'invalid_request_error', code: 'invalid_value' } },
  }),
  slow: (delayMs: number): FakeImageReply => ({ delayMs }),
  hang: (): FakeImageReply => ({ hang: true }),
};

/** The environment that points the app's real OpenAI provider (and SDK) at a fake server. */
export const fakeModelEnv = (baseUrl: string): Record<string, string> => ({
  AI_PROVIDER: 'openai',
  OPENAI_API_KEY: 'sk-test-key',
  OPENAI_BASE_URL: baseUrl,
});
