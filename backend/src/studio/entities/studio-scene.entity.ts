import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// Per identity: the scene the client describes, and which draft is the identity's picture.
@Entity({ name: 'studio_scenes' })
export class StudioSceneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', unique: true })
  identityId: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  clothing: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  mood: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  setting: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  extraPrompt: string | null;

  /** The saved draft: the identity's picture on its card, the identities page and the PDF. */
  @Column({ type: 'uuid', nullable: true })
  savedDraftId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
