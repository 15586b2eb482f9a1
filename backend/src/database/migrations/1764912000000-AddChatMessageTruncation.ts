import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddChatMessageTruncation1764912000000 implements MigrationInterface {
  name = 'AddChatMessageTruncation1764912000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The length a coach reply had before it was cut to the documented limit; null when it fit.
    await queryRunner.query(`ALTER TABLE "chat_messages" ADD "truncated_from" integer`);
    await queryRunner.query(
      `ALTER TABLE "chat_messages" ADD CONSTRAINT "ck_chat_messages_truncated_from" CHECK ("truncated_from" IS NULL OR "truncated_from" > 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "ck_chat_messages_truncated_from"`);
    await queryRunner.query(`ALTER TABLE "chat_messages" DROP COLUMN "truncated_from"`);
  }
}
