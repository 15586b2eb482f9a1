import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum EmailStatus {
  Pending = 'pending',
  Sending = 'sending',
  Retrying = 'retrying',
  Sent = 'sent',
  /** Outbox transport: kept here and its link written to the log instead of being sent. */
  Logged = 'logged',
  Failed = 'failed',
}

@Entity({ name: 'email_outbox' })
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 320 })
  toAddress: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  // Rendered with the secret link masked: safe to show in the back office.
  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  variables: Record<string, string>;

  // The secret link, encrypted, until delivery; erased once sent or logged.
  @Column({ type: 'text', nullable: true })
  sealedSecret: string | null;

  @Column({ type: 'enum', enum: EmailStatus, enumName: 'email_status', default: EmailStatus.Pending })
  status: EmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
