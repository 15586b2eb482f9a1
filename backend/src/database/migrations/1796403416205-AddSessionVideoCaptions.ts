import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSessionVideoCaptions1796403416205 implements MigrationInterface {
  name = 'AddSessionVideoCaptions1796403416205';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A WebVTT file for the video's captions, set by staff in the back office; absolute or
    // relative to COACH_VIDEO_BASE_URL like the video URL. Null until someone adds one.
    await queryRunner.query(`ALTER TABLE "session_videos" ADD "captions_url" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_videos" DROP COLUMN "captions_url"`);
  }
}
