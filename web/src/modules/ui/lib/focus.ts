/** Whether the person asked their system for less motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Moves focus to `element` and brings it into view: smoothly, unless reduced motion is asked
 * for. The scroll is ours (not focus's own jump) so it can honour that preference.
 */
export function focusAndReveal(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  // jsdom has no scrollIntoView.
  element.scrollIntoView?.({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/**
 * Focuses what `find` returns as soon as it is in the DOM, trying for a few frames (a virtualised
 * list renders a new row only once it has scrolled to it). Returns a cancel function.
 */
export function focusWhenRendered(find: () => HTMLElement | null | undefined, frames = 10): () => void {
  let handle = 0;
  const attempt = (left: number) => {
    const element = find();
    if (element) {
      focusAndReveal(element);
    } else if (left > 0) {
      handle = requestAnimationFrame(() => attempt(left - 1));
    }
  };
  handle = requestAnimationFrame(() => attempt(frames));
  return () => cancelAnimationFrame(handle);
}

/**
 * Focuses the page's main heading: the place to land when the control that had focus is gone
 * (the item it belonged to was deleted, or the page changed). A heading is not focusable by
 * itself; tabindex -1 makes it a script-only focus target that Tab never stops on.
 */
export function focusMainHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
  if (!heading) {
    return;
  }
  if (!heading.hasAttribute('tabindex')) {
    heading.setAttribute('tabindex', '-1');
  }
  heading.focus();
}
