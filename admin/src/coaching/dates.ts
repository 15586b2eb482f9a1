/** A timestamp as staff read it in lists (their own locale and time zone). */
export const when = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString() : '—');
