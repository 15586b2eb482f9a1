import type { MigrationInterface, QueryRunner } from 'typeorm';

// The back office lists every client's coaching data newest first and filters it by status,
// phase, type and words; each of those reads gets an index so staff lists never scan a table.
const INDEXES: [name: string, definition: string][] = [
  ['ix_turns_created', `"turns" ("created_at" DESC)`],
  ['ix_turns_status_created', `"turns" ("status", "created_at" DESC)`],
  ['ix_chat_messages_created', `"chat_messages" ("created_at" DESC)`],
  ['ix_chat_messages_content_search', `"chat_messages" USING gin (to_tsvector('simple', "content"))`],
  ['ix_identities_created', `"identities" ("created_at" DESC)`],
  ['ix_identities_user_created', `"identities" ("user_id", "created_at" DESC)`],
  ['ix_identities_state_category', `"identities" ("state", "category")`],
  ['ix_coach_states_phase_updated', `"coach_states" ("current_phase", "updated_at" DESC)`],
  ['ix_coach_states_updated', `"coach_states" ("updated_at" DESC)`],
  ['ix_action_logs_created', `"action_logs" ("created_at" DESC)`],
  ['ix_action_logs_type_created', `"action_logs" ("type", "created_at" DESC)`],
  ['ix_action_logs_status_created', `"action_logs" ("status", "created_at" DESC)`],
  ['ix_breaks_started', `"breaks" ("started_at" DESC)`],
  ['ix_user_notes_live_created', `"user_notes" ("created_at" DESC) WHERE "deleted_at" IS NULL`],
];

export class AddStaffListIndexes1764800000000 implements MigrationInterface {
  name = 'AddStaffListIndexes1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, definition] of INDEXES) {
      await queryRunner.query(`CREATE INDEX "${name}" ON ${definition}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...INDEXES].reverse()) {
      await queryRunner.query(`DROP INDEX "${name}"`);
    }
  }
}
