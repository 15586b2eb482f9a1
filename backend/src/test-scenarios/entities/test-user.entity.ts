import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The flag that makes an account a test user: staff may chat as it and reset it. The row goes
 * with the account (cascade); a deleted scenario leaves its test users without a template.
 */
@Entity({ name: 'test_users' })
export class TestUserEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', nullable: true })
  scenarioId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  // The last time the account was set to its template (instantiated or reset).
  @Column({ type: 'timestamptz' })
  resetAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
