import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FinishReason, TokenUsage } from 'src/ai/ai.types';

// Answers to deterministic requests (previews, evaluation reruns), shared by every process.
@Entity({ name: 'llm_cache_entries' })
export class LlmCacheEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** sha256 of model + prompt hash + schema hash + sampling settings. */
  @Column({ type: 'varchar', length: 64, unique: true })
  cacheKey: string;

  @Column({ type: 'varchar', length: 100 })
  model: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 20 })
  finishReason: FinishReason;

  /** Usage of the call that filled the entry; hits cost nothing. */
  @Column({ type: 'jsonb' })
  usage: TokenUsage;

  @Column({ type: 'integer', default: 0 })
  hitCount: number;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
