import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ImageErrorCode } from 'src/ai/images/image.types';

export const DRAFT_STATUSES = ['pending', 'ready', 'failed'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/**
 * One generated (no parent) or refined (parent = the draft edited) image of an identity. A
 * deleted draft keeps its row (without image) so the day's quota still counts it; the API
 * never shows it again.
 */
@Entity({ name: 'studio_drafts' })
export class StudioDraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  identityId: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: DraftStatus;

  /** The refine instruction; null for a generation. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  instruction: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode: ImageErrorCode | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  imageKey: string | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  thumbnailKey: string | null;

  @Column({ type: 'integer', nullable: true })
  width: number | null;

  @Column({ type: 'integer', nullable: true })
  height: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  model: string | null;

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ type: 'uuid', nullable: true })
  llmCallId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
