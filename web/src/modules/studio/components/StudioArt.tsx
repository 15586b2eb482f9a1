export interface StudioArtProps {
  className?: string;
  /** A small padlock on the frame: the studio is not open yet. */
  locked?: boolean;
}

/** A framed sunrise over soft hills: the studio's picture before there is a picture. Decorative. */
export function StudioArt({ className = '', locked = false }: StudioArtProps) {
  return (
    <svg viewBox="0 0 160 120" aria-hidden="true" focusable="false" className={className}>
      <defs>
        <linearGradient id="studio-art-sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="var(--color-brand-100)" />
          <stop offset="1" stopColor="var(--color-clay-100)" />
        </linearGradient>
      </defs>
      <rect
        x="14"
        y="8"
        width="132"
        height="104"
        rx="14"
        fill="var(--color-white)"
        stroke="var(--color-line)"
      />
      <rect x="24" y="18" width="112" height="84" rx="8" fill="url(#studio-art-sky)" />
      <circle cx="80" cy="70" r="17" fill="var(--color-clay-600)" opacity="0.55" />
      <path
        d="M24 84c18-12 34-14 50-6s34 6 62-8v24a8 8 0 0 1-8 8H32a8 8 0 0 1-8-8Z"
        fill="var(--color-brand-200)"
      />
      <path
        d="M24 92c22-8 44-8 64 0s34 4 48-4v12a8 8 0 0 1-8 8H32a8 8 0 0 1-8-8Z"
        fill="var(--color-brand-600)"
        opacity="0.7"
      />
      {locked ? (
        <g transform="translate(116 84)">
          <circle r="17" fill="var(--color-white)" stroke="var(--color-line)" />
          <rect x="-7" y="-3" width="14" height="11" rx="2.5" fill="var(--color-ink-soft)" />
          <path
            d="M-4.5-3v-3a4.5 4.5 0 0 1 9 0v3"
            fill="none"
            stroke="var(--color-ink-soft)"
            strokeWidth="2"
          />
        </g>
      ) : null}
    </svg>
  );
}
