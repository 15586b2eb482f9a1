import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { IdentityState } from 'src/curriculum/identity-states';

/** Where a note came from when nesting or combining copied it from another identity. */
export interface NoteProvenance {
  via: 'nest' | 'combine';
  identityId: string;
  /** The source identity's name at the time, so the note still reads right after renames. */
  identityName: string;
}

export interface IdentityNote {
  text: string;
  /** ISO-8601 time the note was first written. */
  createdAt: string;
  provenance: NoteProvenance | null;
}

@Entity({ name: 'identities' })
export class IdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  category: IdentityCategory;

  @Column({ type: 'varchar', length: 30 })
  state: IdentityState;

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  notes: IdentityNote[];

  @Column({ type: 'text', nullable: true })
  iAmStatement: string | null;

  @Column({ type: 'text', nullable: true })
  visualization: string | null;

  // "order" is an SQL keyword; the column is sort_order so hand-written SQL stays plain.
  @Column({ type: 'integer', name: 'sort_order' })
  order: number;

  // Set on a nested (archived) child: the identity it now lives under.
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  // Archiving is a soft delete; the state says `archived` at the same time (a check holds both).
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
