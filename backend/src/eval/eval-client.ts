import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PasswordService } from 'src/auth/services/password.service';
import { UserRole } from 'src/common/auth/user-role';
import type { Component } from 'src/curriculum/component.types';
import type { Phase } from 'src/curriculum/phases';
import { UsersService } from 'src/users/users.service';

// The eval drives the app as a client would: every turn is an HTTP request through the real
// routes (guard, validation pipe, intake, queue, runner), answered in process by inject().
// These are the parts of the API's responses the eval reads.

export interface ApiMessage {
  id: string;
  role: 'user' | 'coach';
  content: string;
  component: Component | null;
}

export interface ApiTurnAction {
  type: string;
  params: unknown;
  status: 'applied' | 'rejected';
  source: 'model' | 'button' | 'staff';
  summary: string | null;
  reasonCode: string | null;
}

export interface ApiCoachState {
  currentPhase: Phase;
  identityFocus: string;
  skippedCategories: string[];
  safetyHold: { since: string; reason: string } | null;
  openBreak: unknown;
}

export interface ApiTurnResult {
  turn: { id: string; status: string; errorCode: string | null; latencyMs: number | null };
  messages: ApiMessage[];
  actions: ApiTurnAction[];
  state: ApiCoachState;
}

export interface ApiIdentity {
  id: string;
  name: string;
  category: string;
  state: string;
  iAmStatement: string | null;
}

export interface ApiNote {
  id: string;
  text: string;
}

export interface TurnInput {
  message?: string;
  button?: { messageId: string; buttonId: string };
  actions?: { type: string; params: unknown }[];
}

/** A request the API refused (4xx/5xx): the eval records it as a failed turn. */
export interface ApiRefusal {
  refused: true;
  statusCode: number;
  code: string;
}

const USER_PASSWORD_BYTES = 18;

export class EvalClient {
  private constructor(
    private readonly app: NestFastifyApplication,
    readonly userId: string,
    private readonly headers: Record<string, string>,
  ) {}

  /**
   * A verified client account made through the real UsersService, signed in through
   * `POST /auth/token` like any client; its coach starts on the first `GET /coach/state`.
   */
  static async create(app: NestFastifyApplication, firstName: string, label: string): Promise<EvalClient> {
    const password = `Eval-${randomBytes(USER_PASSWORD_BYTES).toString('base64url')}`;
    const email = `eval-${label}-${randomBytes(4).toString('hex')}@example.test`;
    const user = await app.get(UsersService).create({
      email,
      passwordHash: await app.get(PasswordService).hash(password),
      role: UserRole.User,
      firstName,
      lastName: 'Eval',
      emailVerifiedAt: new Date(),
    });
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { email, password } });
    if (res.statusCode >= 300) {
      throw new Error(`sign-in of the eval client failed: ${res.statusCode} ${res.body}`);
    }
    const { accessToken } = res.json<{ accessToken: string }>();
    const client = new EvalClient(app, user.id, { authorization: `Bearer ${accessToken}` });
    await client.state();
    return client;
  }

  private async call<T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T | ApiRefusal> {
    const res = await this.app.inject({ method, url: `/api/v1${url}`, headers: this.headers, payload });
    if (res.statusCode >= 400) {
      let code = 'http_error';
      try {
        code = res.json<{ code?: string }>().code ?? code;
      } catch {
        // Not our JSON error shape; the status says enough.
      }
      return { refused: true, statusCode: res.statusCode, code };
    }
    return res.json<T>();
  }

  private async read<T>(url: string): Promise<T> {
    const result = await this.call<T>('GET', url);
    if (isRefusal(result)) {
      throw new Error(`GET ${url} answered ${result.statusCode} ${result.code}`);
    }
    return result;
  }

  /** One turn, waited for (`?wait=true`): the turn's result, or why the API refused it. */
  turn(input: TurnInput): Promise<ApiTurnResult | ApiRefusal> {
    return this.call<ApiTurnResult>('POST', '/coach/turns?wait=true', input);
  }

  state(): Promise<ApiCoachState> {
    return this.read<ApiCoachState>('/coach/state');
  }

  identities(): Promise<ApiIdentity[]> {
    return this.read<ApiIdentity[]>('/identities');
  }

  notes(): Promise<ApiNote[]> {
    return this.read<ApiNote[]>('/notes');
  }

  async recentMessages(limit = 5): Promise<ApiMessage[]> {
    return (await this.read<{ items: ApiMessage[] }>(`/coach/messages?limit=${limit}`)).items;
  }

  /** The newest coach message if its card still has buttons to press. */
  async openCard(): Promise<ApiMessage | null> {
    const last = [...(await this.recentMessages())].reverse().find((message) => message.role === 'coach');
    const card = last?.component;
    return last && card && !card.displayOnly && card.buttons.length > 0 ? last : null;
  }
}

export const isRefusal = (value: unknown): value is ApiRefusal =>
  typeof value === 'object' && value !== null && (value as { refused?: unknown }).refused === true;
