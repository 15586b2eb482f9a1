/** One of a client's latest chat messages as the safety screen reads them. */
export interface RecentMessage {
  role: string;
  content: string;
  /** When it was written, ISO 8601 to the millisecond. */
  at: string;
}

/**
 * A chat_messages row as a RecentMessage. The row is an entity (createdAt a Date) or an object a
 * statement built with json_build_object (createdAt PostgreSQL's timestamptz text, to the
 * microsecond): both come out the same, so the two readers of a client's latest messages (the
 * turn quota's single statement and the safety screen's own read) agree to the character.
 */
export const toRecentMessage = (row: {
  role: string;
  content: string;
  createdAt: Date | string;
}): RecentMessage => ({
  role: row.role,
  content: row.content,
  at: new Date(row.createdAt).toISOString(),
});
