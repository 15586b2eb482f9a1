import { picturesLeft } from '@/modules/studio/lib/draftChain';
import type { StudioQuota } from '@/modules/studio/lib/studioTypes';

function resetTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** How many pictures are left today, and when new ones come once there are none. */
export function QuotaChip({ quota }: { quota: StudioQuota }) {
  const left = picturesLeft(quota);
  return (
    <p
      className={`inline-flex items-center gap-2 rounded-full px-3.5 py-1.5 text-sm font-medium ${left === 0 ? 'bg-clay-100 text-ink' : 'bg-brand-50 text-brand-800'}`}
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${left === 0 ? 'bg-clay-600' : 'bg-brand-600'}`}
      />
      {left === 0
        ? `No pictures left today · more at ${resetTime(quota.resetsAt)}`
        : `${left} of ${quota.limit} pictures left today`}
    </p>
  );
}
