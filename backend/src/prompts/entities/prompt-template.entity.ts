import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { Phase } from 'src/curriculum/phases';
import type { PromptKind } from 'src/prompts/prompt-keys';

// One row per prompt key; its versions hang off it. The active version is a single column,
// so "exactly one active version per key" holds by construction.
@Entity({ name: 'prompt_templates' })
export class PromptTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PromptKind;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phase: Phase | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  category: IdentityCategory | null;

  @Column({ type: 'uuid', nullable: true })
  activeVersionId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  /** Staff member who chose the active version; null when the seeder did. */
  @Column({ type: 'uuid', nullable: true })
  activatedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
