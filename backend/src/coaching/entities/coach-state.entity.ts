import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { GetToKnowYouTopic, Phase } from 'src/curriculum/phases';

/** Set by the safety flow; while present the curriculum pauses (no LLM call for coaching work). */
export interface SafetyHold {
  /** ISO-8601 time the hold started. */
  since: string;
  /** The safety event that caused it, once the safety module stores one. */
  safetyEventId: string | null;
  reason: string;
}

// One per client: where the client is in the curriculum and what the coach keeps track of.
@Entity({ name: 'coach_states' })
export class CoachStateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  currentPhase: Phase;

  @Column({ type: 'varchar', length: 40 })
  identityFocus: IdentityCategory;

  @Column({ type: 'text', array: true })
  skippedCategories: IdentityCategory[];

  @Column({ type: 'text', array: true })
  whoYouAre: string[];

  @Column({ type: 'text', array: true })
  whoYouWantToBe: string[];

  @Column({ type: 'text', array: true })
  askedQuestions: GetToKnowYouTopic[];

  @Column({ type: 'uuid', nullable: true })
  currentIdentityId: string | null;

  // Keys of session videos the client acknowledged; each intro shows once per client.
  @Column({ type: 'text', array: true })
  shownVideos: string[];

  @Column({ type: 'jsonb', nullable: true })
  safetyHold: SafetyHold | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
