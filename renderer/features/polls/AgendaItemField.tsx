/**
 * The agenda item the poll decides under: its resolution is recorded there and the minutes
 * print the vote in that item. A new poll takes the forum's current item, as notes do.
 */
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgenda } from '../../api/queries/agenda';

const NONE = '';

interface Props {
  forumId: string;
  /** undefined: the current item (the host's default); null: none. */
  value: string | null | undefined;
  onChange: (id: string | null) => void;
}

export function AgendaItemField({ forumId, value, onChange }: Props) {
  const { t } = useTranslation();
  const agenda = useAgenda(forumId);
  const items = agenda.data?.items ?? [];
  const currentId = agenda.data?.currentItemId ?? null;
  const shown = value === undefined ? currentId : value;
  const data = [
    { value: NONE, label: t('polls.form.noAgendaItem') },
    ...items.map((i) => ({ value: i.id, label: `${i.number}. ${i.title}${i.id === currentId ? ` (${t('polls.form.currentItem')})` : ''}` })),
  ];
  return (
    <Select
      label={t('polls.form.agendaItem')}
      description={items.length === 0 ? t('polls.form.noAgenda') : t('polls.form.agendaItemHint')}
      data={data}
      value={shown ?? NONE}
      onChange={(v) => onChange(v === null || v === NONE ? null : v)}
      allowDeselect={false}
      searchable
      maw={560}
      data-testid="poll-agenda-item"
    />
  );
}
