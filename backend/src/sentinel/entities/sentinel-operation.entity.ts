import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SENTINEL_OPERATION_STATUSES = ['applied', 'rejected', 'skipped', 'none'] as const;
export type SentinelOperationStatus = (typeof SENTINEL_OPERATION_STATUSES)[number];

/**
 * One note operation the sentinel decided for one client message. Unique per (message, index):
 * a retried or duplicated job finds its rows and changes nothing a second time. A run that
 * decided nothing stores one `none` row so its replay is recognised too.
 */
@Entity({ name: 'sentinel_operations' })
export class SentinelOperationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  sourceMessageId: string;

  @Column({ type: 'int' })
  opIndex: number;

  @Column({ type: 'jsonb' })
  operation: object;

  @Column({ type: 'varchar', length: 20 })
  status: SentinelOperationStatus;

  @Column({ type: 'uuid', nullable: true })
  noteId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
