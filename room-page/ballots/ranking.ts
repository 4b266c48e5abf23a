/**
 * Ranked ballots: tap the options in order of preference, then reorder with the arrows or take
 * one out. Plurality is a ranking of one: a single tap chooses (tapping another changes it).
 */
import { h } from '../dom';
import { type Editor, type EditorContext, known, labelOf } from './editor';

export function rankingEditor(c: EditorContext, single: boolean): Editor {
  const stillThere = known(c.poll);
  const label = labelOf(c.poll);
  const ranking = () => ((c.draft.ranking as string[] | undefined) ?? []).filter(stillThere);
  const set = (next: string[]) => {
    c.draft.ranking = next;
    draw();
    c.changed();
  };
  const box = h('div');
  const draw = () => {
    const current = ranking();
    if (single) {
      box.replaceChildren(
        h('p', { class: 'muted' }, c.t.pickOne),
        ...c.poll.options.map((o) =>
          h('button', { type: 'button', class: current[0] === o.id ? 'chosen' : '', 'aria-pressed': String(current[0] === o.id), 'data-option': o.id, onclick: () => set([o.id]) }, o.label),
        ),
      );
      return;
    }
    const move = (i: number, by: number) => () => {
      const next = [...current];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item as string);
      set(next);
    };
    box.replaceChildren(
      h('p', { class: 'muted' }, c.t.rankHelp),
      h('p', {}, h('b', {}, c.t.ranked)),
      current.length === 0 ? h('p', { class: 'muted' }, c.t.notRanked) : '',
      ...current.map((id, i) =>
        h(
          'div',
          { class: 'rank', 'data-ranked': id },
          h('span', { class: 'n' }, String(i + 1)),
          h('span', { class: 'l' }, label(id)),
          h('button', { type: 'button', 'aria-label': c.t.up, disabled: i === 0, onclick: move(i, -1) }, '↑'),
          h('button', { type: 'button', 'aria-label': c.t.down, disabled: i === current.length - 1, onclick: move(i, 1) }, '↓'),
          h('button', { type: 'button', 'aria-label': c.t.remove, onclick: () => set(current.filter((x) => x !== id)) }, '✕'),
        ),
      ),
      ...c.poll.options.filter((o) => !current.includes(o.id)).map((o) => h('button', { type: 'button', 'data-option': o.id, onclick: () => set([...current, o.id]) }, `＋ ${o.label}`)),
    );
  };
  draw();
  // A partial ranking is a valid ballot (unranked options count below the ranked ones); none is not sent.
  return { el: box, ballot: () => (ranking().length > 0 ? { ranking: ranking() } : null) };
}
