/**
 * The tie rule, chosen before the poll opens (it goes into the result and the minutes, so it
 * can never be picked after seeing who tied). A lottery seed may be given, e.g. from dice thrown
 * in front of the room; left empty, one is drawn and recorded when the poll opens.
 */
import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountInput } from './CountInput';
import type { PollFormError, TieRuleCode } from './poll-form';

const RULES: TieRuleCode[] = ['casting_vote', 'revote', 'lottery'];

interface Props {
  rule: TieRuleCode;
  seed: string;
  seedError?: PollFormError;
  onRule: (rule: TieRuleCode) => void;
  onSeed: (seed: string) => void;
}

export function TieRuleField({ rule, seed, seedError, onRule, onSeed }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Radio.Group value={rule} onChange={(v) => onRule(v as TieRuleCode)} label={t('polls.form.tieRule')} description={t('polls.form.tieRuleHint')}>
        <Stack gap={6} mt={6}>
          {RULES.map((r) => (
            <Radio
              key={r}
              value={r}
              label={
                <Text span fw={600}>
                  {t(`polls.tieRuleChoice.${r}`)}
                </Text>
              }
              description={t(`polls.tieRuleHelp.${r}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {rule === 'lottery' ? (
        <Group align="flex-end" gap="sm">
          <CountInput w={200} label={t('polls.form.seed')} value={seed} onChange={onSeed} error={seedError ? t(`polls.form.errors.${seedError}`) : undefined} />
          <Text size="sm" c="dimmed" maw={360} pb={6}>
            {t('polls.form.seedHint')}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
