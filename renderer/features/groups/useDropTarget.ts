/**
 * Dragging people between groups: a row carries the person's id, a column or card accepts it.
 * The same moves are possible without a mouse through each person's "move to" list.
 */
import { type DragEvent, useState } from 'react';

const TYPE = 'application/x-wethi-person';

export const dragPerson = (personId: string) => ({
  draggable: true,
  onDragStart: (e: DragEvent) => {
    e.dataTransfer.setData(TYPE, personId);
    e.dataTransfer.effectAllowed = 'move';
  },
});

export function useDropTarget(onDrop: (personId: string) => void) {
  const [over, setOver] = useState(false);
  return {
    over,
    props: {
      onDragOver: (e: DragEvent) => {
        if (!e.dataTransfer.types.includes(TYPE)) return;
        e.preventDefault();
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer.getData(TYPE);
        if (id) onDrop(id);
      },
    },
  };
}
