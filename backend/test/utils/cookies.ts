import type { LightMyRequestResponse } from 'fastify';

export interface ParsedCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

export const parseSetCookies = (res: LightMyRequestResponse): ParsedCookie[] => {
  const header = res.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.map((line) => {
    const [pair = '', ...rest] = line.split(';').map((part) => part.trim());
    const index = pair.indexOf('=');
    const attributes: Record<string, string | true> = {};
    for (const attribute of rest) {
      const eq = attribute.indexOf('=');
      if (eq === -1) {
        attributes[attribute.toLowerCase()] = true;
      } else {
        attributes[attribute.slice(0, eq).toLowerCase()] = attribute.slice(eq + 1);
      }
    }
    return { name: pair.slice(0, index), value: pair.slice(index + 1), attributes };
  });
};

/** A browser's cookie store, reduced to what the tests need (names and values). */
export class CookieJar {
  private readonly values = new Map<string, string>();

  store(res: LightMyRequestResponse): this {
    for (const cookie of parseSetCookies(res)) {
      const expired = cookie.attributes['max-age'] === '0' || cookie.value === '';
      if (expired) {
        this.values.delete(cookie.name);
      } else {
        this.values.set(cookie.name, cookie.value);
      }
    }
    return this;
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  set(name: string, value: string): void {
    this.values.set(name, value);
  }

  delete(name: string): void {
    this.values.delete(name);
  }

  /** Cookies the browser would send, plus the CSRF echo for writes when `csrf` is set. */
  headers(options: { csrf?: boolean; only?: string[] } = {}): Record<string, string> {
    const entries = [...this.values].filter(([name]) => !options.only || options.only.includes(name));
    const headers: Record<string, string> = {};
    if (entries.length > 0) {
      headers.cookie = entries.map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const csrf = this.values.get('__Host-dc_csrf') ?? this.values.get('dc_csrf');
    if (options.csrf && csrf) {
      headers['x-csrf-token'] = csrf;
    }
    return headers;
  }
}
