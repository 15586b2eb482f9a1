import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ActionType } from 'src/curriculum/actions';
import { PromptTemplateEntity } from 'src/prompts/entities/prompt-template.entity';
import type { TemplateKey } from 'src/prompts/context/image-context-keys';

export type PromptVersionSource = 'seed' | 'staff';

// Immutable once written (a trigger refuses edits to the content columns): a turn that
// recorded this version id can always be explained by it.
@Entity({ name: 'prompt_versions' })
@Index('uq_prompt_versions_template_version', ['templateId', 'version'], { unique: true })
export class PromptVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => PromptTemplateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: PromptTemplateEntity;

  /** 1, 2, 3… per template. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  changeNote: string;

  /** Phase prompts only: the actions the response schema offers. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedActions: ActionType[];

  /** Placeholders the body uses, derived when it was saved. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  requiredContextKeys: TemplateKey[];

  @Column({ type: 'varchar', length: 10 })
  source: PromptVersionSource;

  /** For seed versions: hash of the seed text, so a changed seed is recognised. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  seedHash: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
