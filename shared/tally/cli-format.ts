/**
 * The logic of `wethi tally --method M FILE.json` as a pure function, so the CLI command is a
 * thin wrapper (read the file, JSON.parse, call `tallyFromJson`, print, exit 0 or 1) and the
 * app, the tests and the benchmark run exactly the same code.
 *
 * Input formats: docs/tally-input.md. Output: the method's result object (types.ts), or the
 * refusals, each with the ballot index (0-based position in `ballots`, `scorers` or `votes`;
 * null when the problem is elsewhere), a path into the JSON and a reason.
 */
import { approval, prepareApproval } from './approval';
import { borda } from './borda';
import { consensus, prepareConsensus } from './consensus';
import { irv } from './irv';
import { plurality } from './plurality';
import { prepareRanked, type RankedProfile } from './profile';
import { prepareScoreMatrix, scoreMatrix } from './score-matrix';
import { schulze } from './schulze';
import { prepareShowOfHands, showOfHands } from './show-of-hands';
import type {
  Checked,
  ConsensusResult,
  RankingResult,
  ScoreMatrixResult,
  ShowOfHandsResult,
  TallyError,
  YesNoResult,
} from './types';
import { prepareYesNo, yesNo } from './yes-no';

/** Method names the CLI accepts (kebab-case on the command line; snake_case also accepted). */
export const CLI_METHODS = ['plurality', 'borda', 'irv', 'schulze', 'approval', 'dots', 'score', 'show-of-hands', 'yes-no', 'consensus'] as const;
export type CliMethod = (typeof CLI_METHODS)[number];

export type TallyOutput = RankingResult | ShowOfHandsResult | ScoreMatrixResult | YesNoResult | ConsensusResult;
export type TallyFromJson = { ok: true; result: TallyOutput } | { ok: false; errors: TallyError[] };

const RANKED: Record<string, (p: RankedProfile) => RankingResult> = { plurality, borda, irv, schulze };

export function parseMethod(name: string): CliMethod | null {
  const kebab = name.trim().toLowerCase().replace(/_/g, '-');
  return (CLI_METHODS as readonly string[]).includes(kebab) ? (kebab as CliMethod) : null;
}

/**
 * Tallies parsed JSON. `method` (the --method flag) wins over a "method" field in the file;
 * if both are given and differ the input is refused, since one of them is a mistake.
 */
export function tallyFromJson(json: unknown, method?: string): TallyFromJson {
  const fileMethod =
    typeof json === 'object' && json !== null && !Array.isArray(json) && typeof (json as { method?: unknown }).method === 'string'
      ? ((json as { method: string }).method as string)
      : undefined;
  const requested = method ?? fileMethod;
  if (requested === undefined) return refuse('method', `no method: pass --method ${CLI_METHODS.join('|')}`);
  const chosen = parseMethod(requested);
  if (chosen === null) return refuse('method', `unknown method "${requested}" (one of ${CLI_METHODS.join(', ')})`);
  if (method !== undefined && fileMethod !== undefined && parseMethod(fileMethod) !== chosen) {
    return refuse('method', `the file says method "${fileMethod}" but --method is "${method}"`);
  }
  const outcome = run(chosen, json);
  return outcome.ok ? { ok: true, result: outcome.value } : { ok: false, errors: outcome.errors };
}

function run(method: CliMethod, json: unknown): Checked<TallyOutput> {
  switch (method) {
    case 'plurality':
    case 'borda':
    case 'irv':
    case 'schulze': {
      const profile = prepareRanked(json);
      return profile.ok ? { ok: true, value: (RANKED[method] as (p: RankedProfile) => RankingResult)(profile.value) } : profile;
    }
    case 'approval':
    case 'dots': {
      let input = json;
      if (method === 'dots' && typeof json === 'object' && json !== null && !Array.isArray(json)) {
        const mode = (json as { mode?: unknown }).mode;
        if (mode !== undefined && mode !== 'dots') return { ok: false, errors: [{ ballot: null, path: 'mode', reason: `--method dots but the file says "mode": ${JSON.stringify(mode)}` }] };
        input = { ...json, mode: 'dots' };
      }
      const checked = prepareApproval(input);
      return checked.ok ? { ok: true, value: approval(checked.value) } : checked;
    }
    case 'score': {
      const checked = prepareScoreMatrix(json);
      return checked.ok ? { ok: true, value: scoreMatrix(checked.value) } : checked;
    }
    case 'show-of-hands': {
      const checked = prepareShowOfHands(json);
      return checked.ok ? { ok: true, value: showOfHands(checked.value) } : checked;
    }
    case 'yes-no': {
      const checked = prepareYesNo(json);
      return checked.ok ? { ok: true, value: yesNo(checked.value) } : checked;
    }
    case 'consensus': {
      const checked = prepareConsensus(json);
      return checked.ok ? { ok: true, value: consensus(checked.value) } : checked;
    }
  }
}

function refuse(path: string, reason: string): TallyFromJson {
  return { ok: false, errors: [{ ballot: null, path, reason }] };
}

/** Refusals as lines for stderr: `ballot 3 (ballots[3].ranking[1]): unknown option "X"`. */
export function formatErrors(errors: readonly TallyError[]): string {
  return errors.map((e) => (e.ballot === null ? `${e.path}: ${e.reason}` : `ballot ${e.ballot} (${e.path}): ${e.reason}`)).join('\n');
}

/** One human line about the outcome, for stderr next to the JSON on stdout. */
export function summaryLine(result: TallyOutput): string {
  if (result.method === 'yes_no') return `${result.outcome} (yes ${result.yes}, no ${result.no}, abstain ${result.abstain}; ${result.rule})`;
  if (result.method === 'consensus') return result.consensus ? 'consensus reached' : `no consensus (${result.reasons.join(', ')})`;
  const tb = result.tieBreak;
  const settled =
    tb === null ? '' : tb.status === 'decided' ? `; ${tb.rule} chose ${tb.chosen}` : tb.status === 'revote_required' ? '; re-vote required' : '; awaiting the casting vote';
  if (result.winners.length === 0 && !result.tie) return `${result.method}: no votes`;
  if (result.winners.length === 0) return `${result.method}: count stopped on a tie between ${tb?.tied.join(', ')}${settled}`;
  if (result.tie) return `${result.method}: tie between ${result.winners.join(', ')}${settled}`;
  return `${result.method}: winner ${result.winners[0]}`;
}
