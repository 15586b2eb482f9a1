// Hand-written rather than a query builder: `GET /coach/state` is the most frequent
// authenticated read, and building the three-table query and hydrating three entities on every
// call was the largest share of its CPU time in the bench (docs/performance.md). At most one
// break is open per client (a partial unique index), so the joins yield at most one row.
// In a module of its own, with no imports, so the state bench's bare-Fastify baseline (b) runs
// the very same statement (bench/bare-fastify.mjs).
export const STATE_WITH_CONTEXT_SQL = `
  SELECT s.current_phase, s.identity_focus, s.skipped_categories, s.who_you_are,
         s.who_you_want_to_be, s.asked_questions, s.shown_videos, s.safety_hold, s.updated_at,
         i.id AS identity_id, i.user_id AS identity_user_id, i.name AS identity_name,
         i.category AS identity_category, i.state AS identity_state, i.notes AS identity_notes,
         i.i_am_statement AS identity_i_am_statement, i.visualization AS identity_visualization,
         i.sort_order AS identity_sort_order, i.parent_id AS identity_parent_id,
         i.archived_at AS identity_archived_at, i.created_at AS identity_created_at,
         i.updated_at AS identity_updated_at,
         b.id AS break_id, b.session AS break_session, b.started_at AS break_started_at
    FROM coach_states s
    LEFT JOIN identities i
      ON i.id = s.current_identity_id AND i.user_id = s.user_id AND i.archived_at IS NULL
    LEFT JOIN breaks b ON b.user_id = s.user_id AND b.ended_at IS NULL
   WHERE s.user_id = $1`;

/** The name `pg` prepares the statement under, once per pooled connection. */
export const STATE_WITH_CONTEXT_STATEMENT = 'coach_state_with_context';
