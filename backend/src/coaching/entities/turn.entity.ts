import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const TURN_STATUSES = ['queued', 'streaming', 'done', 'failed'] as const;
export type TurnStatus = (typeof TURN_STATUSES)[number];

/** What the client posted; stored so a retried or replayed turn sees the same input. */
export interface TurnInput {
  message: string | null;
  /** The card button pressed (its message and button id), when there was one. */
  button?: { messageId: string; buttonId: string } | null;
  actions: unknown[];
}

// One client request to the coach: its lifecycle, what it cost and which prompts it used.
@Entity({ name: 'turns' })
export class TurnEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  status: TurnStatus;

  @Column({ type: 'jsonb' })
  input: TurnInput;

  // 1, then one more for each client retry of the failed turn and each queue retry of its job.
  @Column({ type: 'integer', default: 1 })
  attempt: number;

  // Same key + same request hash → same turn; same key + another hash → 409.
  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  requestHash: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  model: string | null;

  @Column({ type: 'uuid', array: true })
  promptVersionIds: string[];

  @Column({ type: 'integer', nullable: true })
  inputTokens: number | null;

  @Column({ type: 'integer', nullable: true })
  outputTokens: number | null;

  @Column({ type: 'integer', nullable: true })
  cachedTokens: number | null;

  @Column({ type: 'integer', nullable: true })
  reasoningTokens: number | null;

  @Column({ type: 'integer', nullable: true })
  latencyMs: number | null;

  @Column({ type: 'integer', nullable: true })
  ttftMs: number | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  errorCode: string | null;

  // The process running the turn (or, while queued, none): it renews the lease while it works.
  @Column({ type: 'varchar', length: 64, nullable: true })
  leaseOwner: string | null;

  // A queued or streaming turn past this is abandoned (its process died): it is failed as
  // `worker_lost` so the client can retry or reset.
  @Column({ type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
