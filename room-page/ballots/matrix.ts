/** The scoring matrix: each option a card, each criterion a row of scale buttons; sent when every cell is scored. */
import { h } from '../dom';
import type { Editor, EditorContext } from './editor';

export function matrixEditor(c: EditorContext): Editor {
  const criteria = c.poll.rules.criteria ?? [];
  const { min, max } = c.poll.rules.scale ?? { min: 1, max: 5 };
  const scale = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const scores = () => (c.draft.scores as Record<string, Record<string, number>> | undefined) ?? {};
  const missing = () => c.poll.options.reduce((n, o) => n + criteria.filter((k) => scores()[o.id]?.[k] === undefined).length, 0);
  const left = h('p', { class: 'muted' });
  const cards = c.poll.options.map((o) => {
    const rows = criteria.map((k) => {
      const row = h('div', { class: 'scale', role: 'group', 'aria-label': `${o.label}: ${k}` });
      const draw = () =>
        row.replaceChildren(
          ...scale.map((v) =>
            h(
              'button',
              {
                type: 'button',
                class: scores()[o.id]?.[k] === v ? 'chosen' : '',
                'aria-pressed': String(scores()[o.id]?.[k] === v),
                'data-cell': `${o.id}|${k}|${v}`,
                onclick: () => {
                  c.draft.scores = { ...scores(), [o.id]: { ...scores()[o.id], [k]: v } };
                  draw();
                  showLeft();
                  c.changed();
                },
              },
              String(v),
            ),
          ),
        );
      draw();
      return h('div', {}, h('div', { class: 'muted' }, k), row);
    });
    return h('div', { class: 'card' }, h('b', {}, o.label), ...rows);
  });
  const showLeft = () => {
    const n = missing();
    left.textContent = n > 0 ? c.t.matrixMissing(n) : '';
  };
  showLeft();
  return {
    el: h('div', {}, h('p', { class: 'muted' }, c.t.matrixHelp(min, max)), ...cards, left),
    ballot: () => {
      if (missing() > 0) return null;
      const s = scores();
      return { scores: Object.fromEntries(c.poll.options.map((o) => [o.id, Object.fromEntries(criteria.map((k) => [k, s[o.id]?.[k] as number]))])) };
    },
  };
}
