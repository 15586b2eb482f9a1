import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Session } from 'src/curriculum/sessions';

// A pause between sessions; while one is open the composer is disabled. A partial unique
// index keeps at most one open per client.
@Entity({ name: 'breaks' })
export class BreakEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** The session that just ended. */
  @Column({ type: 'varchar', length: 30 })
  session: Session;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
