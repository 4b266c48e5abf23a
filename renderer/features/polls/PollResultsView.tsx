/**
 * A poll's result, recounted by the host from the stored inputs on every change (a `poll`
 * event refetches it): the outcome line, the tie rule and any tie, warnings, then the ranking
 * table with its chart beside it and the method's own detail (IRV rounds, pairwise counts,
 * breakdowns by group, the matrix heat map and its what-if weights).
 */
import { Alert, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { BreakdownChart } from './BreakdownChart';
import { ConsensusOutcome } from './ConsensusOutcome';
import { IrvRounds } from './IrvRounds';
import { MakeResolution } from './MakeResolution';
import { MatrixHeatmap } from './MatrixHeatmap';
import { type Poll, usePollResults } from '../../api/queries/polls';
import { RankingChart } from './RankingChart';
import { RankingTable } from './RankingTable';
import { hasVotes, labeller, scoreUnit } from './result-text';
import { ResultWarnings } from './ResultWarnings';
import { SchulzeTable } from './SchulzeTable';
import { TieNote } from './TieNote';
import type { PollsSlots } from './slots';
import { rankBadges } from './tie-marks';
import { WhatIfPanel } from './WhatIfPanel';
import { WinnerLine } from './WinnerLine';
import { YesNoOutcome } from './YesNoOutcome';

export function PollResultsView({ poll, AdoptResult }: { poll: Poll; AdoptResult: PollsSlots['AdoptResult'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = usePollResults(poll.forumId, poll.id, poll.status !== 'draft');
  const results = query.data;
  if (poll.status === 'draft') return null;
  if (!results) return query.isPending ? <Loader /> : null;
  const label = labeller(results);
  const voted = hasVotes(results);
  const optionIds = poll.options.map((o) => o.id);

  return (
    <Stack gap="sm" data-testid="poll-results">
      <Group justify="space-between" align="flex-end">
        <Text fw={700} fz="lg">
          {t(results.status === 'closed' ? 'polls.results.titleFinal' : 'polls.results.titleLive')}
        </Text>
        <Text c="dimmed" data-testid="results-count">
          {results.method === 'score_matrix'
            ? t('polls.results.countedSheets', { n: format.number(results.ballotCount), count: results.ballotCount })
            : t('polls.results.counted', { n: format.number(results.ballotCount), eligible: format.number(results.eligibleCount) })}
          {results.blankCount > 0 ? ` · ${t('polls.results.blank', { n: format.number(results.blankCount) })}` : ''}
        </Text>
      </Group>
      <ResultWarnings results={results} />
      {voted ? null : results.warnings.includes('no_input') ? null : (
        // Counts entered as all zeros: no outcome yet, said calmly (never a red "motion failed").
        <Alert color="gray" py={6} icon={<IconInfoCircle size={18} />} data-testid="no-votes">
          {t('polls.warnings.no_input')}
        </Alert>
      )}
      {results.yesNo && voted ? <YesNoOutcome result={results.yesNo} /> : null}
      {results.consensus && voted ? <ConsensusOutcome result={results.consensus} /> : null}
      {results.ranking.length > 0 && results.ballotCount > 0 ? (
        <>
          <WinnerLine results={results} />
          <TieNote poll={poll} results={results} label={label} />
          {/* Side by side only where the table keeps room for Thai titles; narrower, the chart goes below. */}
          <SimpleGrid type="container" cols={{ base: 1, '760px': 2 }} spacing="md">
            <RankingTable ranking={results.ranking} unit={scoreUnit(results.method, results.mode)} badges={rankBadges(results)} />
            <RankingChart ranking={results.ranking} />
          </SimpleGrid>
        </>
      ) : results.yesNo ? (
        <TieNote poll={poll} results={voted ? results : null} label={(id) => t(`polls.yesNo.${id === 'yes' ? 'yes' : 'no'}`)} />
      ) : results.consensus ? null : (
        // Nothing counted yet: no ranking of zeros, only the rule the count will follow.
        <TieNote poll={poll} results={null} label={label} />
      )}
      {results.rounds ? <IrvRounds rounds={results.rounds} optionIds={optionIds} label={label} /> : null}
      {results.pairwise ? <SchulzeTable pairwise={results.pairwise} paths={results.paths} optionIds={optionIds} label={label} /> : null}
      {(results.breakdowns ?? []).map((b) => (
        <BreakdownChart key={b.by} section={b} optionIds={optionIds} label={label} />
      ))}
      {results.matrix ? (
        <>
          <MatrixHeatmap matrix={results.matrix} ranking={results.ranking} />
          {results.matrix.scorers.length > 0 ? <WhatIfPanel results={results} matrix={results.matrix} /> : null}
        </>
      ) : null}
      <AdoptResult poll={poll} results={results} />
      <MakeResolution poll={poll} results={results} />
    </Stack>
  );
}
