import { useQuery } from '@tanstack/react-query';
import { Navigate } from '@tanstack/react-router';
import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';
import { meQueryOptions } from '@/modules/auth/api/meQuery';
import { SignOutButton } from '@/modules/auth/components/SignOutButton';
import { StatusCard } from '@/modules/auth/components/StatusCard';

/** `/app`: the signed-in home. A placeholder until the coaching conversation arrives. */
export function HomePage() {
  useDocumentTitle('Your space');
  const me = useQuery(meQueryOptions());

  if (me.error?.statusCode === 401) {
    return <Navigate to="/login" search={{ notice: 'session-ended' }} replace />;
  }
  if (!me.data) {
    return me.error ? (
      <StatusCard tone="problem" title="We couldn’t load your account">
        <p>{me.error.message}</p>
      </StatusCard>
    ) : (
      <StatusCard tone="pending" title="Getting things ready…" />
    );
  }

  const { firstName, lastName, email } = me.data;
  const fullName = [firstName, lastName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');

  return (
    <div className="mx-auto max-w-3xl px-5 py-12 sm:px-8 sm:py-20">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Your space</p>
      <h1 className="mt-3 font-serif text-4xl leading-tight font-semibold tracking-tight text-balance text-ink">
        {firstName.trim() ? `Good to see you, ${firstName.trim()}.` : 'Good to see you.'}
      </h1>
      <p className="mt-4 text-lg text-ink-soft">
        Signed in as{' '}
        {fullName ? (
          <>
            <strong className="font-semibold text-ink">{fullName}</strong> (
            <span className="break-words">{email}</span>)
          </>
        ) : (
          <strong className="font-semibold break-words text-ink">{email}</strong>
        )}
      </p>

      <section
        aria-labelledby="coach-coming-title"
        className="mt-10 rounded-3xl border border-line/80 bg-white p-7 shadow-[0_10px_30px_-16px_rgb(31_42_46/0.25)] sm:p-10"
      >
        <h2 id="coach-coming-title" className="font-serif text-2xl font-semibold tracking-tight text-ink">
          Your coach is on the way
        </h2>
        <p className="mt-3 leading-relaxed text-ink-soft">
          We’re putting the finishing touches on the conversation space. Soon you’ll be able to talk things
          through with your coach right here, at your own pace, and keep the identity cards you shape
          together.
        </p>
        <p className="mt-3 leading-relaxed text-ink-soft">
          There’s nothing you need to do in the meantime. We’re glad you’re here.
        </p>
      </section>

      <div className="mt-10 border-t border-line/70 pt-6">
        <SignOutButton variant="secondary" />
      </div>
    </div>
  );
}
