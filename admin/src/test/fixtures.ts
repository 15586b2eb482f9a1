import type { ApiKey } from '../api-keys/types';
import type { AuditEvent } from '../audit-log/types';
import type { EmailDetail } from '../emails/types';
import type { Invite } from '../invites/types';
import type { User } from '../users/types';

export const userFixture = (overrides: Partial<User> = {}): User => ({
  id: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  email: 'ann@example.com',
  firstName: 'Ann',
  lastName: 'Lee',
  role: 'user',
  timezone: 'Europe/Berlin',
  memoryEnabled: true,
  studioOverride: false,
  emailVerified: true,
  emailVerifiedAt: '2026-11-25T09:30:00.000Z',
  isActive: true,
  twoFactorEnabled: false,
  hasPassword: true,
  lastLoginAt: '2026-11-26T08:00:00.000Z',
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  ...overrides,
});

export const inviteFixture = (overrides: Partial<Invite> = {}): Invite => ({
  id: '5e0c9a8b-3c1d-4f2e-9a7b-6d5c4b3a2910',
  email: 'bo@example.com',
  role: 'user',
  status: 'pending',
  expiresAt: '2026-12-02T09:00:00.000Z',
  acceptedAt: null,
  acceptedUserId: null,
  revokedAt: null,
  invitedById: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  createdAt: '2026-11-25T09:00:00.000Z',
  ...overrides,
});

export const apiKeyFixture = (overrides: Partial<ApiKey> = {}): ApiKey => ({
  id: '9d7d3c2e-2b7a-4a4f-8f0e-0c6b1f2d3e4f',
  name: 'Prompt sync from CI',
  prefix: 'dck_Xy3kP9aQ',
  scopes: ['prompts:read'],
  status: 'active',
  expiresAt: null,
  rateLimitPerMinute: null,
  createdById: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  lastUsedAt: null,
  revokedAt: null,
  createdAt: '2026-11-25T09:00:00.000Z',
  ...overrides,
});

export const emailFixture = (overrides: Partial<EmailDetail> = {}): EmailDetail => ({
  id: 'c5a1e9d2-7f3b-4a8e-b1d6-2f9e0a4c8b71',
  toAddress: 'ann@example.com',
  userId: null,
  template: 'invite',
  subject: 'You are invited to Dev Coach',
  status: 'failed',
  attempts: 5,
  lastError: 'Throttling: Maximum sending rate exceeded',
  providerMessageId: null,
  sentAt: null,
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:05:00.000Z',
  html: '<!doctype html><html><body><h1>Hello</h1><a href="#private-link-not-stored">Accept</a></body></html>',
  text: 'Hello,\n\nAccept: #private-link-not-stored',
  ...overrides,
});

export const auditEventFixture = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id: '6c1f0f0e-5b1e-4c5e-8a53-1d8d7b1e9f00',
  action: 'user.role_changed',
  actorId: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  actorEmail: 'admin@devcoach.local',
  targetType: 'user',
  targetId: '8b0e4a52-1d4e-4b7a-9f61-2c0e5b7d8a99',
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
  details: { from: 'user', to: 'staff' },
  createdAt: '2026-11-25T09:00:00.000Z',
  ...overrides,
});
