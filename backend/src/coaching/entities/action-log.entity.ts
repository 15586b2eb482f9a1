import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type ActionSource = 'model' | 'button' | 'staff';
export type ActionLogStatus = 'applied' | 'rejected';

// Every action the model, a button or staff attempted, applied or not. The summary of an
// applied action is what the model later reads about it in the conversation history.
@Entity({ name: 'action_logs' })
export class ActionLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', nullable: true })
  turnId: string | null;

  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  // Free text, not an enum: a rejected action may carry a type we do not know.
  @Column({ type: 'varchar', length: 60 })
  type: string;

  @Column({ type: 'jsonb' })
  params: unknown;

  @Column({ type: 'varchar', length: 10 })
  status: ActionLogStatus;

  @Column({ type: 'varchar', length: 10 })
  source: ActionSource;

  /** Position in the order the actions were applied (transition last). */
  @Column({ type: 'integer' })
  sequence: number;

  /** One past-tense line; set for applied actions. */
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** Stable code (`ActionRejectionCode`); set for rejected actions. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reasonCode: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
