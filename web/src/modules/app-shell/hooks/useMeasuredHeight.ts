import { type RefObject, useEffect, useState } from 'react';

/**
 * The element's height in pixels, kept up to date as it changes (the phone header wraps onto a
 * second line when the demo badge shows, and with the text size). Undefined until measured, or
 * where ResizeObserver does not exist (tests).
 */
export function useMeasuredHeight(ref: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number>();
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
