/** The ballot editor for a poll's method. */
import type { Editor, EditorContext } from './editor';
import { approvalEditor, dotsEditor } from './approval';
import { fistEditor, yesNoEditor } from './choice';
import { matrixEditor } from './matrix';
import { rankingEditor } from './ranking';

export type { Editor, EditorContext } from './editor';

export function editorFor(c: EditorContext): Editor {
  switch (c.poll.method) {
    case 'yes_no':
      return yesNoEditor(c);
    case 'consensus':
      return fistEditor(c);
    case 'approval':
      return c.poll.rules.mode === 'dots' ? dotsEditor(c) : approvalEditor(c);
    case 'score_matrix':
      return matrixEditor(c);
    case 'plurality':
      return rankingEditor(c, true);
    default:
      return rankingEditor(c, false);
  }
}
