import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const NOTE_TEXT_MAX = 500;

// One fact the sentinel remembered about a client. Deletion is soft so a replayed sentinel job
// can see that the client removed a note and never brings it back.
@Entity({ name: 'user_notes' })
export class UserNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: NOTE_TEXT_MAX })
  text: string;

  // The client message the note was learnt from; null once that message is gone.
  @Column({ type: 'uuid', nullable: true })
  sourceMessageId: string | null;

  // The client's own words now: the sentinel leaves such a note alone.
  @Column({ type: 'boolean', default: false })
  editedByUser: boolean;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;

  // clock_timestamp() in the column default: one sentinel run adds several notes in one
  // transaction and the list must keep the order the model gave them.
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
