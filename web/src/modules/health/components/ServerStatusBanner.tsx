import { useServerStatus } from '@/modules/health/api/useServerStatus';

export interface ServerStatusBannerProps {
  className?: string;
}

/** Invisible while the server is healthy; a calm but clear notice when it is not. */
export function ServerStatusBanner({ className = '' }: ServerStatusBannerProps) {
  const status = useServerStatus();

  let notice: { title: string; body: string } | undefined;
  switch (status) {
    case 'checking':
    case 'ok':
      notice = undefined;
      break;
    case 'degraded':
      notice = {
        title: 'Dev Coach is having trouble right now.',
        body: 'Some things may not work for a few minutes. Your conversations are safe.',
      };
      break;
    case 'offline':
      notice = {
        title: 'We can’t reach the Dev Coach server.',
        body: 'Check your internet connection. We’ll keep trying in the background.',
      };
      break;
  }

  // The live region stays mounted so screen readers announce the notice when it appears.
  return (
    <div role="status" aria-live="polite" className={className}>
      {notice ? (
        <div className="border-b border-clay-600/25 bg-clay-100 text-ink">
          <p className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-2 gap-y-1 px-5 py-3 text-sm sm:px-8">
            <span
              aria-hidden="true"
              className="inline-block size-2 shrink-0 translate-y-[-1px] rounded-full bg-clay-600"
            />
            <strong className="font-semibold">{notice.title}</strong>
            <span className="text-ink-soft">{notice.body}</span>
          </p>
        </div>
      ) : null}
    </div>
  );
}
