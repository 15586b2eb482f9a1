import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CoachingSnapshot } from 'src/coaching/snapshot/coaching-snapshot';

/** A client at a chosen point of the curriculum, kept as a template staff instantiate as test users. */
@Entity({ name: 'test_scenarios' })
export class TestScenarioEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120, unique: true })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  // The test user's first and last name, shown in the back office and to the coach.
  @Column({ type: 'jsonb' })
  profile: { firstName: string; lastName: string };

  @Column({ type: 'jsonb' })
  template: CoachingSnapshot;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
