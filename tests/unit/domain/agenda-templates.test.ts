import { describe, expect, it } from 'vitest';
import { AgendaTemplate } from '../../../shared/contract';
import { AGENDA_TEMPLATES, AGENDA_TEMPLATE_IDS, findAgendaTemplate } from '../../../shared/domain/agenda-templates';

describe('agenda templates', () => {
  it('one template per id, each valid against the contract', () => {
    expect(AGENDA_TEMPLATES.map((t) => t.id)).toEqual([...AGENDA_TEMPLATE_IDS]);
    for (const t of AGENDA_TEMPLATES) expect(AgendaTemplate.parse(t)).toEqual(t);
  });

  it('every title and description has both languages, the Thai one in Thai script', () => {
    const texts = AGENDA_TEMPLATES.flatMap((t) => [t.name, t.description, ...t.items.flatMap((i) => [i.title, ...(i.description ? [i.description] : [])])]);
    for (const text of texts) {
      expect(text.th.trim()).not.toBe('');
      expect(text.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(text.en.trim()).not.toBe('');
    }
  });

  it('the official agenda ends with other matters and gives most time to matters for consideration', () => {
    const items = findAgendaTemplate('official_five').items;
    expect(items.at(-1)?.title.th).toBe('เรื่องอื่น ๆ');
    const longest = [...items].sort((a, b) => (b.plannedMinutes ?? 0) - (a.plannedMinutes ?? 0))[0];
    expect(longest?.title.th).toBe('เรื่องเพื่อพิจารณา');
  });
});
