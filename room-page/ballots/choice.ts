/** Yes / no / abstain, and fist-to-five with a concern: large buttons, one choice. */
import { h } from '../dom';
import type { Editor, EditorContext } from './editor';

export function yesNoEditor(c: EditorContext): Editor {
  const box = h('div', { class: 'choice3' });
  const draw = () => {
    box.replaceChildren(
      ...(['yes', 'no', 'abstain'] as const).map((k) =>
        h(
          'button',
          {
            type: 'button',
            class: `${k}${c.draft.choice === k ? ' chosen' : ''}`,
            'aria-pressed': String(c.draft.choice === k),
            'data-choice': k,
            onclick: () => {
              c.draft.choice = k;
              draw();
              c.changed();
            },
          },
          c.t[k],
        ),
      ),
    );
  };
  draw();
  return { el: box, ballot: () => (c.draft.choice === 'yes' || c.draft.choice === 'no' || c.draft.choice === 'abstain' ? { choice: c.draft.choice } : null) };
}

export function fistEditor(c: EditorContext): Editor {
  const buttons = h('div', { class: 'scale' });
  const block = h('div');
  const concern = h('textarea', {
    maxlength: 2000,
    value: typeof c.draft.concern === 'string' ? c.draft.concern : '',
    oninput: (e: Event) => {
      c.draft.concern = (e.target as HTMLTextAreaElement).value;
      // A block can be sent once its reason is written.
      c.changed();
    },
  });
  const label = h('span');
  const draw = () => {
    // A block must say why (the minutes print the reason beside it); other answers may.
    label.textContent = c.draft.value === 'block' ? c.t.blockReason : c.t.concern;
    const pick = (value: number | 'block') => () => {
      c.draft.value = value;
      draw();
      c.changed();
    };
    buttons.replaceChildren(
      ...[0, 1, 2, 3, 4, 5].map((n) => h('button', { type: 'button', class: c.draft.value === n ? 'chosen' : '', 'aria-pressed': String(c.draft.value === n), 'data-value': n, onclick: pick(n) }, String(n))),
    );
    block.replaceChildren(h('button', { type: 'button', class: `no${c.draft.value === 'block' ? ' chosen' : ''}`, 'data-value': 'block', onclick: pick('block') }, c.t.block));
  };
  draw();
  return {
    el: h('div', {}, h('p', { class: 'muted' }, c.t.fistHelp), buttons, block, h('label', {}, label, concern)),
    ballot: () => {
      const value = c.draft.value;
      if (value !== 'block' && typeof value !== 'number') return null;
      const text = typeof c.draft.concern === 'string' ? c.draft.concern.trim() : '';
      if (value === 'block' && !text) return null;
      return text ? { value, concern: text } : { value };
    },
  };
}
