import { useTheme } from '@/modules/app-shell/hooks/useTheme';

export interface ThemeToggleProps {
  className?: string;
  /** Show the words next to the icon (the sidebar has room; the phone top bar does not). */
  showLabel?: boolean;
}

/** Switches between light and dark; the choice is remembered on this device. */
export function ThemeToggle({ className = '', showLabel = false }: ThemeToggleProps) {
  const [theme, setTheme] = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      role="switch"
      aria-checked={dark}
      aria-label={showLabel ? undefined : 'Dark mode'}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      className={`inline-flex min-h-10 items-center gap-2 rounded-full px-3 text-sm font-medium text-ink-soft transition-colors hover:bg-brand-50 hover:text-ink ${className}`.trim()}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5 shrink-0">
        {dark ? (
          <path d="M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8Z" fill="currentColor" />
        ) : (
          <g fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
            <circle cx="10" cy="10" r="3.5" />
            <path d="M10 1.5v2M10 16.5v2M1.5 10h2M16.5 10h2M4 4l1.4 1.4M14.6 14.6 16 16M4 16l1.4-1.4M14.6 5.4 16 4" />
          </g>
        )}
      </svg>
      {showLabel ? <span>Dark mode</span> : null}
    </button>
  );
}
