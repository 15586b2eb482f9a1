import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// One try at one delivery: the delivery log staff read when a receiver misbehaves. The delivery
// row keeps only the latest outcome; this keeps every one, replays included.
@Entity({ name: 'webhook_attempts' })
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  /** The delivery's attempt number when it was made (a replay starts again at 1). */
  @Column({ type: 'integer' })
  attempt: number;

  /** The receiver's HTTP status; null when no answer came (timeout, refused, URL refused). */
  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'integer' })
  durationMs: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
