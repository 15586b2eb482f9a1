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

  // The column default is clock_timestamp(), not now(): a turn writes the client's and the
  // coach's message in one transaction and history must still order them.
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
