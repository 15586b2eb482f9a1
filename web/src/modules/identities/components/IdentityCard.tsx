import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { ArchiveIdentityDialog } from '@/modules/identities/components/ArchiveIdentityDialog';
import { EditIdentityDialog } from '@/modules/identities/components/EditIdentityDialog';
import { CATEGORY_LABELS, type Identity, STATE_LABELS } from '@/modules/identities/lib/labels';
import { IdentityPicture } from '@/modules/studio/components/IdentityPicture';
import { Button } from '@/modules/ui/components/Button';

export interface IdentityCardProps {
  identity: Identity;
  /** Which label to show as the badge: the one the list is not grouped by. */
  badge: 'category' | 'state';
  onMove: (step: -1 | 1) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** The picture kept for it in the studio, if there is one. */
  pictureUrl?: string;
}

/** The six-dot grip a card is dragged by. */
function GripIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-5">
      {[6, 10, 14].flatMap((y) =>
        [7.5, 12.5].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" fill="currentColor" />),
      )}
    </svg>
  );
}

/** One identity in a sortable group (see IdentityGroupList). */
export function IdentityCard({
  identity,
  badge,
  onMove,
  canMoveUp,
  canMoveDown,
  pictureUrl,
}: IdentityCardProps) {
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const badgeText = badge === 'state' ? STATE_LABELS[identity.state] : CATEGORY_LABELS[identity.category];
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id: identity.id,
  });

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`relative rounded-2xl border border-line/80 bg-white p-5 shadow-sm ${isDragging ? 'z-10 shadow-lg ring-2 ring-brand-200' : ''}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="flex min-w-0 items-start gap-2">
          {/* Pointer-only: the Move up / Move down buttons below do the same from the keyboard. */}
          <div
            ref={setActivatorNodeRef}
            {...listeners}
            aria-hidden="true"
            data-drag-handle={identity.id}
            title="Drag to reorder"
            className="-ml-2 mt-1 cursor-grab touch-none rounded-md p-0.5 text-ink-soft hover:bg-brand-50 hover:text-brand-700 active:cursor-grabbing"
          >
            <GripIcon />
          </div>
          <h3 className="min-w-0 font-serif text-xl font-semibold break-words text-ink">{identity.name}</h3>
        </div>
        <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800">
          {badgeText}
        </span>
      </div>
      <div className={pictureUrl ? 'mt-3 flex items-start gap-4' : ''}>
        {pictureUrl ? (
          <IdentityPicture url={pictureUrl} name={identity.name} className="size-24 rounded-xl sm:size-28" />
        ) : null}
        {identity.iAmStatement ? (
          <p
            className={`font-serif text-lg leading-relaxed text-ink italic ${pictureUrl ? 'min-w-0' : 'mt-2'}`}
          >
            {identity.iAmStatement}
          </p>
        ) : null}
      </div>
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
            data-move={`${identity.id}:-1`}
            disabled={!canMoveUp}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Move ${identity.name} down`}
            data-move={`${identity.id}:1`}
            disabled={!canMoveDown}
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
