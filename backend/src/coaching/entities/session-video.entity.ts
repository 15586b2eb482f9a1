import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Session } from 'src/curriculum/sessions';

export type VideoPlacement = 'intro' | 'outro';

// The session-video catalogue, managed by staff in the back office.
@Entity({ name: 'session_videos' })
export class SessionVideoEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 30 })
  session: Session;

  @Column({ type: 'varchar', length: 10 })
  kind: VideoPlacement;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  // Absolute (https://…) or relative to COACH_VIDEO_BASE_URL (the seeded `<key>.mp4`).
  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'integer' })
  durationSeconds: number;

  // WebVTT captions, absolute or relative to COACH_VIDEO_BASE_URL like `url`; null when none.
  @Column({ type: 'text', nullable: true })
  captionsUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
