/** Approval (a yes per option, up to a limit) and dot voting (N dots to spread, several on one). */
import { h } from '../dom';
import { type Editor, type EditorContext, known } from './editor';

export function approvalEditor(c: EditorContext): Editor {
  const stillThere = known(c.poll);
  const max = c.poll.rules.maxApprovals;
  const approved = () => ((c.draft.approved as string[] | undefined) ?? []).filter(stillThere);
  const box = h('div');
  const draw = () => {
    const current = approved();
    const full = max !== undefined && current.length >= max;
    box.replaceChildren(
      h('p', { class: 'muted' }, c.t.approvalHelp(max)),
      ...c.poll.options.map((o) => {
        const on = current.includes(o.id);
        return h(
          'button',
          {
            type: 'button',
            class: on ? 'chosen' : '',
            'aria-pressed': String(on),
            'data-option': o.id,
            disabled: !on && full,
            onclick: () => {
              c.draft.approved = on ? current.filter((x) => x !== o.id) : [...current, o.id];
              draw();
              c.changed();
            },
          },
          `${on ? '☑' : '☐'} ${o.label}`,
        );
      }),
    );
  };
  draw();
  return { el: box, ballot: () => (approved().length > 0 ? { approved: approved() } : null) };
}

export function dotsEditor(c: EditorContext): Editor {
  const all = c.poll.rules.dotsPerParticipant ?? 1;
  const stillThere = known(c.poll);
  const dots = (): Record<string, number> => {
    const d = (c.draft.dots as Record<string, number> | undefined) ?? {};
    return Object.fromEntries(Object.entries(d).filter(([id, n]) => stillThere(id) && n > 0));
  };
  const used = () => Object.values(dots()).reduce((a, b) => a + b, 0);
  const box = h('div');
  const draw = () => {
    const current = dots();
    const left = all - used();
    const set = (id: string, n: number) => () => {
      c.draft.dots = { ...current, [id]: n };
      draw();
      c.changed();
    };
    box.replaceChildren(
      h('p', { class: 'muted', 'data-left': left }, c.t.dotsHelp(left, all)),
      ...c.poll.options.map((o) => {
        const n = current[o.id] ?? 0;
        return h(
          'div',
          { class: 'dots', 'data-option': o.id },
          h('span', { class: 'l' }, o.label),
          h('button', { type: 'button', 'aria-label': '−', disabled: n === 0, onclick: set(o.id, n - 1) }, '−'),
          h('b', {}, String(n)),
          h('button', { type: 'button', 'aria-label': '+', disabled: left === 0, onclick: set(o.id, n + 1) }, '+'),
        );
      }),
    );
  };
  draw();
  return { el: box, ballot: () => (used() > 0 ? { dots: dots() } : null) };
}
