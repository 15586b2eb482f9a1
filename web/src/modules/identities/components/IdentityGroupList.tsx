import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IdentityCard } from '@/modules/identities/components/IdentityCard';
import type { IdentityGroup } from '@/modules/identities/lib/grouping';

export interface IdentityGroupListProps {
  group: IdentityGroup;
  badge: 'category' | 'state';
  /** A reorder is being saved: further moves wait for it. */
  moving: boolean;
  /** Move `id` a step with the keyboard buttons. */
  onStep: (id: string, step: -1 | 1) => void;
  /** Move `id` to where `targetId` is, by dragging. */
  onDrop: (id: string, targetId: string) => void;
  /** Each identity's kept studio picture (small), by identity id. */
  pictures?: ReadonlyMap<string, string>;
}

/**
 * One group of identities, reordered by dragging a card's grip (mouse, pen or touch) or with its
 * up and down buttons. Dragging stays within the group: the order is per life area or stage. The
 * buttons are the keyboard and screen-reader way, so the grip is for pointers only.
 */
export function IdentityGroupList({
  group,
  badge,
  moving,
  onStep,
  onDrop,
  pictures,
}: IdentityGroupListProps) {
  // A few pixels of travel before a drag starts, so a tap on the grip is not a drag.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const nameOf = (id: string | number) =>
    group.identities.find((identity) => identity.id === id)?.name ?? 'The identity';
  // dnd-kit's own announcements name the item by id; these use its name.
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} is over ${nameOf(over.id)}.`
        : `${nameOf(active.id)} is not over the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} dropped where ${nameOf(over.id)} was.` : `${nameOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  const dropped = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id && !moving) {
      onDrop(String(active.id), String(over.id));
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dropped}
      accessibility={{ announcements }}
    >
      <SortableContext
        items={group.identities.map((identity) => identity.id)}
        strategy={verticalListSortingStrategy}
      >
        <ul className="mt-3 space-y-3">
          {group.identities.map((identity, index) => (
            <IdentityCard
              key={identity.id}
              identity={identity}
              badge={badge}
              pictureUrl={pictures?.get(identity.id)}
              canMoveUp={index > 0}
              canMoveDown={index < group.identities.length - 1}
              onMove={(step) => onStep(identity.id, step)}
            />
          ))}
        </ul>
      </SortableContext>
    </DndContext>
  );
}
