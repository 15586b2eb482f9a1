import { useState } from 'react';
import { ArchiveIdentityDialog } from '@/modules/identities/components/ArchiveIdentityDialog';
import { EditIdentityDialog } from '@/modules/identities/components/EditIdentityDialog';
import { CATEGORY_LABELS, type Identity, STATE_LABELS } from '@/modules/identities/lib/labels';
import { Button } from '@/modules/ui/components/Button';

export interface IdentityCardProps {
  identity: Identity;
  /** Which label to show as the badge: the one the list is not grouped by. */
  badge: 'category' | 'state';
  onMove: (step: -1 | 1) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  moving: boolean;
}

export function IdentityCard({ identity, badge, onMove, canMoveUp, canMoveDown, moving }: IdentityCardProps) {
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const badgeText = badge === 'state' ? STATE_LABELS[identity.state] : CATEGORY_LABELS[identity.category];

  return (
    <li className="rounded-2xl border border-line/80 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <h3 className="font-serif text-xl font-semibold break-words text-ink">{identity.name}</h3>
        <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800">
          {badgeText}
        </span>
      </div>
      {identity.iAmStatement ? (
        <p className="mt-2 font-serif text-lg leading-relaxed text-ink italic">{identity.iAmStatement}</p>
      ) : null}
      {identity.notes.length > 0 ? (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm leading-relaxed text-ink-soft">
          {identity.notes.map((note) => (
            <li key={`${note.createdAt}-${note.text}`}>{note.text}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
          Edit<span className="sr-only"> {identity.name}</span>
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setArchiving(true)}>
          Archive<span className="sr-only"> {identity.name}</span>
        </Button>
        <span className="ml-auto flex gap-1">
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Move ${identity.name} up`}
            disabled={!canMoveUp || moving}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Move ${identity.name} down`}
            disabled={!canMoveDown || moving}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </Button>
        </span>
      </div>
      <EditIdentityDialog identity={identity} open={editing} onOpenChange={setEditing} />
      <ArchiveIdentityDialog identity={identity} open={archiving} onOpenChange={setArchiving} />
    </li>
  );
}
