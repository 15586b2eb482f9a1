import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SafetyClassification } from 'src/safety/classifier/safety-classifier';

export const SAFETY_EVENT_STATUSES = ['open', 'resolved'] as const;
export type SafetyEventStatus = (typeof SAFETY_EVENT_STATUSES)[number];

/**
 * Which screen flagged a message: the offline classifier, the moderation endpoint, both, or the
 * coach model itself (its reply's `safety_concern`).
 */
export const SAFETY_EVENT_SOURCES = ['classifier', 'moderation', 'both', 'coach'] as const;
export type SafetyEventSource = (typeof SAFETY_EVENT_SOURCES)[number];

/** What the provider's moderation endpoint said, or why it could not say anything. */
export type StoredModeration =
  | {
      status: 'ok';
      provider: string;
      flagged: boolean;
      /** True when a self-harm category flagged (other categories never start the crisis flow). */
      selfHarm: boolean;
      categories: Record<string, boolean>;
      scores: Record<string, number>;
    }
  | { status: 'error'; provider: string; error: string }
  | { status: 'skipped'; provider: string; reason: string };

/** Where the client was when the message came: enough for staff to understand it. */
export interface SafetyEventContext {
  phase: string | null;
  recentMessages: { role: string; content: string; at: string | null }[];
}

// One flagged client message. Staff resolve it; the client's "I'm safe" only lifts the hold.
@Entity({ name: 'safety_events' })
export class SafetyEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  // The stored chat message when the pipeline saved it first; null for an unsaved message.
  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @Column({ type: 'text' })
  messageText: string;

  @Column({ type: 'varchar', length: 20 })
  flaggedBy: SafetyEventSource;

  @Column({ type: 'jsonb' })
  classifier: SafetyClassification;

  @Column({ type: 'jsonb' })
  moderation: StoredModeration;

  @Column({ type: 'jsonb' })
  context: SafetyEventContext;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status: SafetyEventStatus;

  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  // Set once when the staff alert is queued, so a retried screen never mails twice.
  @Column({ type: 'timestamptz', nullable: true })
  alertQueuedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
