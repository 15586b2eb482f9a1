import type { MigrationInterface, QueryRunner } from 'typeorm';

// Seeded with every session's intro/outro per the curriculum table. URLs are relative to
// COACH_VIDEO_BASE_URL (default: the API's own /media/videos, which serves a short local
// placeholder), and durations are the placeholder's; staff replace both in the back office.
const SEED: { key: string; session: string; kind: 'intro' | 'outro'; title: string }[] = [
  { key: 'welcome_intro', session: 'welcome', kind: 'intro', title: 'Welcome to identity coaching' },
  {
    key: 'get_to_know_outro',
    session: 'get_to_know',
    kind: 'outro',
    title: 'Who you are, and who you want to be',
  },
  {
    key: 'brainstorming_intro',
    session: 'brainstorming',
    kind: 'intro',
    title: 'Brainstorming your identities',
  },
  {
    key: 'brainstorming_outro',
    session: 'brainstorming',
    kind: 'outro',
    title: 'Your first list of identities',
  },
  { key: 'refinement_intro', session: 'refinement', kind: 'intro', title: 'Sharpening each identity' },
  { key: 'refinement_outro', session: 'refinement', kind: 'outro', title: 'Your refined identities' },
  {
    key: 'commitment_intro',
    session: 'commitment',
    kind: 'intro',
    title: 'Choosing what is integral to you',
  },
  { key: 'commitment_outro', session: 'commitment', kind: 'outro', title: 'The identities you committed to' },
  { key: 'i_am_intro', session: 'i_am', kind: 'intro', title: 'Writing your “I am” statements' },
  { key: 'i_am_outro', session: 'i_am', kind: 'outro', title: 'Living your “I am” statements' },
  {
    key: 'visualization_intro',
    session: 'visualization',
    kind: 'intro',
    title: 'Seeing who you are becoming',
  },
];

const PLACEHOLDER_DURATION_SECONDS = 10;

export class CreateSessionVideos1764300000001 implements MigrationInterface {
  name = 'CreateSessionVideos1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "session_videos" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "key" varchar(80) NOT NULL,
        "session" varchar(30) NOT NULL,
        "kind" varchar(10) NOT NULL,
        "title" varchar(200) NOT NULL,
        "url" text NOT NULL,
        "duration_seconds" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_session_videos" PRIMARY KEY ("id"),
        CONSTRAINT "uq_session_videos_key" UNIQUE ("key"),
        CONSTRAINT "ck_session_videos_kind" CHECK ("kind" IN ('intro', 'outro')),
        CONSTRAINT "ck_session_videos_key" CHECK ("key" ~ '^[a-z0-9_]+$'),
        CONSTRAINT "ck_session_videos_duration" CHECK ("duration_seconds" > 0)
      )
    `);
    // The session flow looks a video up by session and placement.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_session_videos_session_kind" ON "session_videos" ("session", "kind")`,
    );
    for (const video of SEED) {
      await queryRunner.query(
        `INSERT INTO "session_videos" ("key", "session", "kind", "title", "url", "duration_seconds")
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [video.key, video.session, video.kind, video.title, `${video.key}.mp4`, PLACEHOLDER_DURATION_SECONDS],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session_videos"`);
  }
}
