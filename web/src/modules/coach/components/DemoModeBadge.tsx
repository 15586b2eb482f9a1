export interface DemoModeBadgeProps {
  /** True while the server runs the scripted demo coach instead of a real AI provider. */
  active: boolean;
  className?: string;
}

/** Tells people plainly when the coach's replies are scripted rather than AI-generated. */
export function DemoModeBadge({ active, className = '' }: DemoModeBadgeProps) {
  if (!active) {
    return null;
  }
  return (
    <p
      className={`inline-flex items-center gap-2 rounded-full border border-clay-600/30 bg-clay-100 px-3 py-1 text-xs leading-tight font-medium text-ink ${className}`.trim()}
    >
      <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-clay-600" />
      <span>
        <span className="font-semibold">Demo coach (offline)</span>
        <span className="text-ink-soft"> — replies are scripted, no AI is used</span>
      </span>
    </p>
  );
}
