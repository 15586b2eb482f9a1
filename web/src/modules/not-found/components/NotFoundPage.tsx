import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { Button } from '@/modules/ui/components/Button';

export function NotFoundPage() {
  useDocumentTitle('Page not found');

  return (
    <div className="mx-auto max-w-xl px-5 py-20 text-center sm:py-28">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-3 font-serif text-4xl font-semibold tracking-tight text-ink">
        This page wandered off
      </h1>
      <p className="mt-4 text-lg leading-relaxed text-ink-soft">
        We couldn’t find the page you were looking for. It may have moved, or the link may be mistyped.
      </p>
      <div className="mt-9 flex justify-center">
        <Button asChild size="lg">
          <Link to="/">Back to the start</Link>
        </Button>
      </div>
    </div>
  );
}
