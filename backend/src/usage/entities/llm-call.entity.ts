import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type LlmCallStatus = 'ok' | 'error' | 'cache_hit';

/** `text`: chat and moderation calls; `image`: the studio's images API calls. */
export type LlmCallKind = 'text' | 'image';

export interface LlmCallTrim {
  messages: number;
  messageIds: string[];
  summaries: number;
}

// One row per provider call (and per cache hit), so cost and latency can be summed per user,
// day and model, and a failed turn can be traced to its error code.
@Entity({ name: 'llm_calls' })
@Index('ix_llm_calls_created_at', ['createdAt'])
@Index('ix_llm_calls_user_created_at', ['userId', 'createdAt'])
export class LlmCallEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // ON DELETE SET NULL: deleting an account keeps anonymous cost history.
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 40 })
  purpose: string;

  @Column({ type: 'varchar', length: 10, default: 'text' })
  kind: LlmCallKind;

  @Column({ type: 'varchar', length: 20 })
  provider: string;

  @Column({ type: 'varchar', length: 100 })
  model: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  promptVersionIds: string[];

  @Column({ type: 'boolean', default: false })
  stream: boolean;

  @Column({ type: 'varchar', length: 20 })
  status: LlmCallStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  errorMessage: string | null;

  @Column({ type: 'integer', default: 0 })
  inputTokens: number;

  @Column({ type: 'integer', default: 0 })
  outputTokens: number;

  @Column({ type: 'integer', default: 0 })
  cachedTokens: number;

  @Column({ type: 'integer', default: 0 })
  reasoningTokens: number;

  /** Our own count of the request (gpt-tokenizer), before it was sent. */
  @Column({ type: 'integer', nullable: true })
  promptTokensEstimate: number | null;

  @Column({ type: 'jsonb', nullable: true })
  trimmed: LlmCallTrim | null;

  // numeric comes back from pg as a string; the transformer keeps the entity numeric.
  @Column({
    type: 'numeric',
    precision: 14,
    scale: 8,
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  costUsd: number | null;

  @Column({ type: 'integer', nullable: true })
  latencyMs: number | null;

  @Column({ type: 'integer', nullable: true })
  ttftMs: number | null;

  @Column({ type: 'smallint', default: 1 })
  attempts: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
