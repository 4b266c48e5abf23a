/**
 * A poll on the projector: the question, then the count as it stands, live while votes are
 * entered (every `poll` event refetches it) and final once closed. No controls; light type of
 * at least 32 px on the projector's dark ground, readable from the back of the hall. Rendered
 * inside the projector page's frame (and in the facilitator's preview).
 */
import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../i18n/format';
import { useLabelAxis } from '../../ui/chart/useLabelAxis';
import { ACCENT, FG, MUTED, OVER, size } from '../../ui/projector-style';
import { type IrvChartStyle, IrvRoundsChart } from './IrvRoundsChart';
import { modeOf, usePollText } from '../../i18n/poll-text';
import { type PollResults, usePollResults, usePolls } from '../../api/queries/polls';
import { hasVotes, labeller } from './result-text';

const ROW_PX = 88;
const FONT = 'Sarabun, sans-serif';
/** Bars below the winners: light enough to read as a bar, dark enough that white labels beside it still stand out. */
const OTHER_BAR = '#3f7f86';
/** IRV rounds on the dark ground: light type, eliminations in the projector's "over" red. */
const IRV_STYLE: IrvChartStyle = { font: 32, height: '54vh', text: FG, grid: 'rgba(255, 255, 255, 0.25)', out: OVER, majority: MUTED };

export function ProjectorPoll({ forumId, pollId }: { forumId: string; pollId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = usePollText();
  const polls = usePolls(forumId);
  const poll = polls.data?.find((p) => p.id === pollId);
  const results = usePollResults(forumId, pollId, poll !== undefined && poll.status !== 'draft');
  if (!poll) {
    return polls.data ? (
      <Text fz={size.large} c={MUTED}>
        {t('polls.projector.missing')}
      </Text>
    ) : null;
  }
  const data = results.data;
  return (
    <Stack gap="3vh" w="100%" data-testid="projector-poll" style={{ color: FG }}>
      <Stack gap={0}>
        <Text component="h1" fz={size.title} fw={700} c={FG} m={0} lh={1.35}>
          {poll.title}
        </Text>
        <Text fz={size.body} c={ACCENT}>
          {[
            text.method(poll.method, modeOf(poll)),
            poll.status === 'draft' ? t('polls.projector.notOpen') : poll.status === 'open' ? t('polls.projector.live') : t('polls.projector.final'),
            data ? t('polls.projector.counted', { n: format.number(data.ballotCount) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      {data ? <ProjectorOutcome results={data} /> : null}
    </Stack>
  );
}

function ProjectorOutcome({ results }: { results: PollResults }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!hasVotes(results)) {
    // Before the first vote the hall sees that counting has not started, not a result.
    return (
      <Text fz={size.large} c={MUTED} data-testid="projector-poll-outcome">
        {t('polls.warnings.no_input')}
      </Text>
    );
  }
  if (results.yesNo) {
    const y = results.yesNo;
    return (
      <Stack gap="2vh">
        <Text fz={size.title} fw={700} c={y.outcome === 'carried' ? ACCENT : FG} data-testid="projector-poll-outcome">
          {t(`polls.yesNo.outcome.${y.outcome}`)}
        </Text>
        <Group gap="6vw">
          {(['yes', 'no', 'abstain'] as const).map((k) => (
            <Stack key={k} gap={0} align="center">
              <Text fz={size.large} c={MUTED}>
                {t(`polls.yesNo.${k}`)}
              </Text>
              <Text fz={size.huge} fw={700} lh={1.1} c={FG}>
                {format.number(y[k])}
              </Text>
            </Stack>
          ))}
        </Group>
      </Stack>
    );
  }
  if (results.consensus) {
    const c = results.consensus;
    return (
      <Stack gap="2vh">
        <Text fz={size.title} fw={700} c={c.consensus ? ACCENT : FG} data-testid="projector-poll-outcome">
          {c.consensus ? t('polls.consensus.reached') : t('polls.consensus.notReached')}
        </Text>
        <Text fz={size.large} c={FG}>
          {c.distribution.map((d) => `${d.value === 'block' ? t('polls.consensus.block') : d.value}: ${format.number(d.count)}`).join('   ')}
        </Text>
      </Stack>
    );
  }
  const rows = results.ranking.map((e) => ({ label: e.label, score: e.score, winner: e.rank === 1 && results.ballotCount > 0, value: format.number(Math.round(e.score * 100) / 100) }));
  const winners = results.winners.map((w) => w.label).join(', ');
  return (
    <Stack gap="2vh">
      {results.winners.length > 0 ? (
        <Text fz={size.large} fw={700} c={ACCENT} data-testid="projector-poll-outcome">
          {results.winners.length > 1 ? t('polls.results.tiedWinners', { names: winners, n: results.winners.length }) : t(results.status === 'open' ? 'polls.results.leading' : 'polls.results.winnerIs', { name: winners })}
        </Text>
      ) : null}
      {results.rounds && results.rounds.length > 0 && results.ballotCount > 0 ? (
        // Instant-runoff: the rounds tell the story (who went out, where their ballots went).
        <IrvRoundsChart rounds={results.rounds} optionIds={results.rounds[0]?.tally.map((v) => v.option) ?? []} label={labeller(results)} style={IRV_STYLE} />
      ) : (
        <RankingBars rows={rows} />
      )}
    </Stack>
  );
}

type BarRow = { label: string; score: number; winner: boolean; value: string };

/** The count as bars, each option's name wrapped between words beside its bar. */
function RankingBars({ rows }: { rows: BarRow[] }) {
  const { t } = useTranslation();
  const axis = useLabelAxis(
    rows.map((r) => r.label),
    { fontSize: 36, maxWidth: 620, maxLines: 3, fill: FG, fontFamily: FONT },
  );
  return (
    <Box h={Math.min(rows.length * axis.rowHeight(ROW_PX) + 20, 760)} role="img" aria-label={t('polls.results.chart')}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 180, bottom: 0, left: 0 }} barCategoryGap={14}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="label" width={axis.width} interval={0} tickLine={false} axisLine={false} tick={axis.tick} />
          <Bar dataKey="score" isAnimationActive={false} radius={[0, 8, 8, 0]}>
            {rows.map((r) => (
              <Cell key={r.label} fill={r.winner ? ACCENT : OTHER_BAR} />
            ))}
            <LabelList dataKey="value" position="right" style={{ fill: FG, fontSize: 36, fontWeight: 700, fontFamily: FONT }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}
