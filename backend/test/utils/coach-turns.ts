import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { components } from '@dev-coach/api-client';
import { DataSource, type QueryRunner } from 'typeorm';
import type { Component } from 'src/curriculum/component.types';
import type { Phase } from 'src/curriculum/phases';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { FakeOpenAiServer, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { placeAt } from 'test/utils/coaching';
import { startTestApp, type TestApp } from 'test/utils/test-app';

/** A chat message as `GET /coach/messages` and a turn's result return it. */
export type MessageBody = components['schemas']['MessageResponseDto'];

/**
 * The card on a message. The API document types `component` as an open object (one schema for
 * every card kind); its shape is the curriculum's Component.
 */
export const cardOf = (message: MessageBody): Component | null => message.component as Component | null;

export const api = (
  app: NestFastifyApplication,
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => app.inject({ method, url: `/api/v1${url}`, headers, payload });

/** The latest coach message whose card still has buttons, if any. */
export const openCard = async (
  app: NestFastifyApplication,
  headers: AuthHeaders,
): Promise<MessageBody | null> => {
  const page = (await api(app, 'GET', '/coach/messages?limit=5', headers)).json<
    components['schemas']['MessagePageResponseDto']
  >();
  const last = [...page.items].reverse().find((message) => message.role === 'coach');
  const card = last ? cardOf(last) : null;
  return card && !card.displayOnly && card.buttons.length > 0 ? (last ?? null) : null;
};

/** The body that presses `buttonId` (default: the card's first button) of a card message. */
export const pressBody = (
  message: MessageBody,
  buttonId?: string,
): components['schemas']['CreateTurnDto'] => {
  const card = cardOf(message);
  const button = card?.buttons.find((candidate) => candidate.id === buttonId) ?? card?.buttons[0];
  if (!button) {
    throw new Error(`No button to press on ${message.id}`);
  }
  return {
    button: { messageId: message.id, buttonId: button.id },
    actions: button.actions.map((action) => ({ type: action.type, params: action.params })),
  };
};

/**
 * Counts (and times, client side, round trip included) every statement the app's pool runs
 * through TypeORM while armed: BEGIN and COMMIT included. Patches the query runner prototype, so
 * install it once per data source and measure one thing at a time.
 */
export class QueryMeter {
  private armed = false;
  private count = 0;
  private totalMs = 0;
  private statements: string[] = [];

  install(dataSource: DataSource): this {
    const probe = dataSource.createQueryRunner();
    const proto = Object.getPrototypeOf(probe) as QueryRunner;
    void probe.release();
    // Called with the query runner as `this` below.
    const original = proto.query;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const meter = this;
    proto.query = async function meteredQuery(this: QueryRunner, ...args: Parameters<QueryRunner['query']>) {
      const started = performance.now();
      try {
        return (await original.apply(this, args)) as unknown;
      } finally {
        if (meter.armed) {
          meter.count += 1;
          meter.totalMs += performance.now() - started;
          meter.statements.push(args[0].replace(/\s+/g, ' ').slice(0, 160));
        }
      }
    } as QueryRunner['query'];
    // Hot reads that skip TypeORM (the state read, a named prepared statement) go straight to
    // the pool; they are statements too and must count.
    const pool = (dataSource.driver as unknown as { master: { query: (...args: unknown[]) => unknown } })
      .master;
    const poolQuery = pool.query.bind(pool);
    pool.query = async (...args: unknown[]) => {
      const started = performance.now();
      try {
        return await poolQuery(...args);
      } finally {
        if (meter.armed) {
          const first = args[0] as string | { text: string };
          meter.count += 1;
          meter.totalMs += performance.now() - started;
          meter.statements.push(
            (typeof first === 'string' ? first : first.text).replace(/\s+/g, ' ').slice(0, 160),
          );
        }
      }
    };
    return this;
  }

  async measure<T>(
    fn: () => Promise<T>,
  ): Promise<{ value: T; ms: number; dbMs: number; queries: number; statements: string[] }> {
    this.count = 0;
    this.totalMs = 0;
    this.statements = [];
    this.armed = true;
    const started = performance.now();
    try {
      const value = await fn();
      return {
        value,
        ms: performance.now() - started,
        dbMs: this.totalMs,
        queries: this.count,
        statements: this.statements,
      };
    } finally {
      this.armed = false;
    }
  }
}

/** The app on its own database, its real OpenAI provider pointed at a fake server. */
export interface FakeModelApp extends TestApp {
  fake: FakeOpenAiServer;
  dataSource: DataSource;
  /** A signed-in client whose coach has started (welcome card posted), placed at `phase` if given. */
  newClient(phase?: Phase, profile?: { firstName?: string }): Promise<{ id: string; headers: AuthHeaders }>;
}

/**
 * The frame every coach-turns spec starts from: a fake model server and the app talking to it
 * through the real SDK, with no provider retries, no quota on typed messages, and the sentinel
 * debounced out of the way (its extraction also calls the fake model and would take a scripted
 * reply meant for a coach turn). `env` overrides or adds to these. `close()` stops both.
 */
export const startFakeModelApp = async (
  label: string,
  env: Record<string, string> = {},
): Promise<FakeModelApp> => {
  const fake = await FakeOpenAiServer.start();
  let t: TestApp;
  try {
    t = await startTestApp(label, {
      env: {
        ...fakeModelEnv(fake.baseUrl),
        AI_MAX_RETRIES: '0',
        USER_TURNS_PER_MINUTE: '0',
        SENTINEL_DEBOUNCE_MS: '600000',
        ...env,
      },
    });
  } catch (error) {
    await fake.close();
    throw error;
  }
  const dataSource = t.app.get(DataSource);
  return {
    ...t,
    fake,
    dataSource,
    newClient: async (phase, profile = {}) => {
      const user = await createUser(t.app, profile);
      const headers = await bearerHeaders(t.app, user);
      await api(t.app, 'GET', '/coach/state', headers);
      if (phase) {
        await placeAt(dataSource, user.id, phase);
      }
      return { id: user.id, headers };
    },
    close: async () => {
      await t.close();
      await fake.close();
    },
  };
};
