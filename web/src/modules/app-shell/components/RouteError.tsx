import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { ApiError } from '@dev-coach/frontend-api';
import { Button } from '@/modules/ui/components/Button';

export type RouteErrorProps = ErrorComponentProps;

/** Shown when a page cannot load (the server is unreachable, or its code failed to download). */
export function RouteError({ error, reset }: RouteErrorProps) {
  useDocumentTitle('Something went wrong');
  const router = useRouter();
  const message =
    error instanceof ApiError
      ? error.message
      : 'This page didn’t load properly. Check your connection, then try again.';

  return (
    <div role="alert" className="mx-auto max-w-xl px-5 py-20 text-center sm:py-28">
      <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Something went wrong</h1>
      <p className="mt-4 text-lg leading-relaxed text-ink-soft">{message}</p>
      <div className="mt-9 flex justify-center">
        <Button
          size="lg"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          Try again
        </Button>
      </div>
    </div>
  );
}
