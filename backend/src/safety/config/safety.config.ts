import { registerAs } from '@nestjs/config';
import { ConfigValidationError, validateEnvironment } from 'src/config/env.validation';
import {
  DEFAULT_SAFETY_RESOURCES,
  INTERNATIONAL,
  type SafetyResource,
} from 'src/safety/config/safety-resources';

export interface SafetyConfig {
  /** Country code (upper case) → resources; always has `INTL`. */
  resources: Record<string, SafetyResource[]>;
  /** Used when a screen gives no country. */
  defaultCountry: string;
  /** Alert recipients; empty means every active staff member and superuser. */
  alertEmails: string[];
  /** How long the moderation endpoint may take before the offline classifier decides alone. */
  moderationTimeoutMs: number;
}

export const DEFAULT_MODERATION_TIMEOUT_MS = 4000;

const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;

/** SAFETY_RESOURCES: `{"GB":[{"name":"…","phone":"…","url":"…","description":"…"}]}`. */
export const parseSafetyResources = (raw: string | undefined): Record<string, SafetyResource[]> => {
  const merged: Record<string, SafetyResource[]> = { ...DEFAULT_SAFETY_RESOURCES };
  if (!raw) {
    return merged;
  }
  const parsed = JSON.parse(raw) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigValidationError(
      'SAFETY_RESOURCES',
      'must be a JSON object of country code → list of resources.',
    );
  }
  for (const [country, list] of Object.entries(parsed)) {
    const code = country.toUpperCase();
    if (!/^([A-Z]{2}|INTL)$/.test(code) || !Array.isArray(list) || list.length === 0) {
      throw new ConfigValidationError(
        'SAFETY_RESOURCES',
        `${country} must be a two-letter country code (or INTL) with a non-empty list.`,
      );
    }
    merged[code] = list.map((entry: unknown, index) => {
      const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
      const name = text(item.name, 120);
      const url = text(item.url, 500);
      if (!name || (url && !/^https?:\/\//.test(url))) {
        throw new ConfigValidationError(
          'SAFETY_RESOURCES',
          `${country}[${index}] needs a name, and its url must start with http(s)://.`,
        );
      }
      return { name, phone: text(item.phone, 40), url, description: text(item.description, 500) };
    });
  }
  return merged;
};

export const buildSafetyConfig = (source: Record<string, unknown> = process.env): SafetyConfig => {
  const env = validateEnvironment(source);
  return {
    resources: parseSafetyResources(env.SAFETY_RESOURCES),
    defaultCountry: (env.SAFETY_DEFAULT_COUNTRY ?? INTERNATIONAL).toUpperCase(),
    alertEmails: (env.SAFETY_ALERT_EMAILS ?? '')
      .split(',')
      .map((address) => address.trim().toLowerCase())
      .filter(Boolean),
    moderationTimeoutMs: env.SAFETY_MODERATION_TIMEOUT_MS ?? DEFAULT_MODERATION_TIMEOUT_MS,
  };
};

export const safetyConfig = registerAs('safety', () => buildSafetyConfig());
