/** The people matching what was typed; the highlighted one is checked in by Enter. */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { fullName } from '../../../../shared/domain/thai-text';
import { useFormat } from '../../../i18n/format';

type Match = Output<'people.search'>[number];

interface Props {
  matches: Match[];
  highlighted: number;
  onPick: (index: number) => void;
  onHover: (index: number) => void;
}

export const optionId = (personId: string) => `checkin-option-${personId}`;

export function SearchResults({ matches, highlighted, onPick, onHover }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} role="listbox" id="checkin-results" aria-label={t('checkIn.results')}>
      {matches.map((match, index) => {
        const { person } = match;
        const active = index === highlighted;
        const details = [person.organisation, person.position, person.village ? t('person.villageShort', { village: person.village }) : null, person.phone]
          .filter(Boolean)
          .join(' · ');
        return (
          <Paper
            key={person.id}
            component="button"
            type="button"
            id={optionId(person.id)}
            role="option"
            aria-selected={active}
            tabIndex={-1}
            withBorder
            radius="md"
            px="md"
            py="sm"
            onMouseEnter={() => onHover(index)}
            onClick={() => onPick(index)}
            style={{
              display: 'block',
              width: '100%',
              textAlign: 'left',
              cursor: 'pointer',
              borderColor: active ? 'var(--mantine-color-wethi-7)' : undefined,
              borderWidth: active ? 2 : 1,
              background: active ? 'var(--mantine-color-wethi-0)' : undefined,
            }}
          >
            <Group justify="space-between" wrap="nowrap" gap="md">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fz={22} fw={700} lh={1.5}>
                  {fullName(person)}
                </Text>
                {details ? (
                  <Text c="dimmed" truncate>
                    {details}
                  </Text>
                ) : null}
              </Stack>
              <MatchStatus match={match} />
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

function MatchStatus({ match }: { match: Match }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (match.checkedInAt) {
    return (
      <Badge size="lg" color="green" variant="filled" leftSection={<IconCircleCheck size={16} />} style={{ flexShrink: 0 }}>
        {t('checkIn.arrivedAt', { time: format.time(match.checkedInAt) })}
      </Badge>
    );
  }
  if (match.registered) {
    return (
      <Badge size="lg" color="blue" variant="light" style={{ flexShrink: 0 }}>
        {t('checkIn.onList')}
      </Badge>
    );
  }
  return (
    <Badge size="lg" color="gray" variant="light" style={{ flexShrink: 0 }}>
      {t('checkIn.fromRegister')}
    </Badge>
  );
}
