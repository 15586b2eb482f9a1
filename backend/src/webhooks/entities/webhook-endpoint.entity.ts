import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// A receiver registered by a superuser. The secret signs every delivery; it is shown once.
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'varchar', length: 128, select: false })
  secret: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  // Failed attempts in a row; reset by any success. Past the limit the endpoint is disabled.
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
