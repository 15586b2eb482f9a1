import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Component } from 'src/curriculum/component.types';

export type ChatRole = 'user' | 'coach';

@Entity({ name: 'chat_messages' })
export class ChatMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 10 })
  role: ChatRole;

  @Column({ type: 'text' })
  content: string;

  // A card the coach showed; replaced by its display-only copy once a button is pressed.
  @Column({ type: 'jsonb', nullable: true })
  component: Component | null;

  @Column({ type: 'uuid', nullable: true })
  turnId: string | null;

  // A coach reply longer than the limit is cut at a sentence boundary; this keeps how long the
  // model's text was, so staff can see it happened. Null when it fit.
  @Column({ type: 'integer', nullable: true })
  truncatedFrom: number | null;

  // The column default is clock_timestamp(), not now(): a turn writes the client's and the
  // coach's message in one transaction and history must still order them.
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
