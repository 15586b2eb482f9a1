import { useEffect } from 'react';

const APP_NAME = 'Dev Coach';

/** Sets the tab title to "<title> · Dev Coach" (or just the app name) while the caller is mounted. */
export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
