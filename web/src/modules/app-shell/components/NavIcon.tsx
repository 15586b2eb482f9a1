export type NavIconName = 'chat' | 'identities' | 'studio' | 'memory' | 'account';

const PATHS: Record<NavIconName, string> = {
  chat: 'M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4h0A2.5 2.5 0 0 1 4 13.5v-8Z',
  identities:
    'M4 6.5A2.5 2.5 0 0 1 6.5 4h11A2.5 2.5 0 0 1 20 6.5v11a2.5 2.5 0 0 1-2.5 2.5h-11A2.5 2.5 0 0 1 4 17.5v-11ZM9.5 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm-3 5c.6-1.9 1.7-3 3-3s2.4 1.1 3 3M15 9h2.5M15 12.5h2.5',
  studio:
    'M4.5 6.5A2.5 2.5 0 0 1 7 4h10a2.5 2.5 0 0 1 2.5 2.5v11A2.5 2.5 0 0 1 17 20H7a2.5 2.5 0 0 1-2.5-2.5v-11ZM4.5 16l4.2-4.2a1.5 1.5 0 0 1 2.1 0L16 17m-2.5-2.5 1.7-1.7a1.5 1.5 0 0 1 2.1 0l2.2 2.2M15 9.25a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0Z',
  memory: 'M6 3.5h9.5L19 7v13.5H6V3.5ZM9 9h7M9 12.5h7M9 16h4.5',
  account: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7.5 8.5c1.3-3.6 4.1-5.5 7.5-5.5s6.2 1.9 7.5 5.5',
};

/** Outline icon for a navigation link; decorative, the link's text names it. */
export function NavIcon({ name, className = 'size-5' }: { name: NavIconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={`shrink-0 ${className}`}>
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
