/** Shown while a lazily loaded route's code is on its way (only after a short delay). */
export function RoutePending() {
  return (
    <div role="status" className="mx-auto flex max-w-5xl justify-center px-5 py-24 text-ink-soft">
      Loading…
    </div>
  );
}
