/** Text with the matched parts marked: built from the core's segments, never from HTML. */
import { Fragment } from 'react';
import type { SearchSegment } from '../../../shared/contract';

export function Segments({ segments }: { segments: SearchSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one result never reorder
          <mark key={i} style={{ background: 'var(--mantine-color-yellow-3)', color: 'inherit', borderRadius: 2, padding: '0 1px' }}>
            {s.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one result never reorder
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
