/**
 * The `wethi` command as a user starts it (a new Node process running bin/wethi.mjs and the
 * built out/cli), against baselines started the same way in the same run:
 *
 * - `wethi --help` against the goal of 0.25 s (a bare `node -e 0` is printed beside it: on a
 *   busy machine even that can take longer);
 * - `wethi tally` on 100,000 ballots × 10 options, per method, against the floor (a Node
 *   process that only reads and JSON.parses the same file; goal ≤ 1.3× it) and against the npm
 *   `votes` package doing the same job (read, parse, tally; goal: wethi faster).
 *
 * Runs are interleaved round by round, so load on the machine hits every variant alike; the
 * median of the rounds is printed. Run alone with `npx tsx bench/cli.ts`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, ROOT } from '../scripts/build-cli.mjs';
import { type Bench, fmt, line, median, scratchDir } from './support';
import { generate } from './tally';

const ROUNDS = Number(process.env.WETHI_BENCH_CLI_ROUNDS ?? 7);
const LAUNCHER = path.join(ROOT, 'bin', 'wethi.mjs');
const METHODS = ['borda', 'irv', 'schulze'] as const;

/** Wall time of one process, in ms; a failure stops the bench (a fast wrong answer proves nothing). */
function spawnMs(args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/** The `votes` baseline as a script: read, parse, build its ballots, rank (what `wethi tally` does with ours). */
const VOTES_SCRIPT = `
import fs from 'node:fs';
import { Borda, InstantRunoff, Schulze, utils } from 'votes';
const [method, file] = process.argv.slice(2);
const { options, ballots } = JSON.parse(fs.readFileSync(file, 'utf8'));
const theirs = ballots.map((b) => ({ ranking: b.ranking.map((c) => [c]), weight: b.count ?? 1 }));
const ranking =
  method === 'borda' ? new Borda({ candidates: options, ballots: theirs }).ranking()
  : method === 'irv' ? new InstantRunoff({ candidates: options, ballots: theirs }).ranking()
  : new Schulze(utils.matrixFromBallots(theirs, options)).ranking();
process.stdout.write(JSON.stringify(ranking));
`;

const FLOOR_SCRIPT = `JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))`;

export const cli: Bench = {
  name: 'wethi command: start-up and tally (new processes, built CLI)',
  async run() {
    const built = await buildCli();
    const scratch = scratchDir('cli');
    try {
      const options = Array.from({ length: 10 }, (_, i) => `Option ${i + 1}`);
      const file = path.join(scratch.dir, 'ballots.json');
      // Written as an editor or a script would save it (indented): about 24 MB.
      fs.writeFileSync(file, JSON.stringify({ options, ballots: generate(options, 100_000, 20261123) }, null, 2));
      // Inside the repository so `votes` resolves from its node_modules.
      const votesScript = path.join(ROOT, 'tmp', `bench-votes-${process.pid}.mjs`);
      fs.mkdirSync(path.dirname(votesScript), { recursive: true });
      fs.writeFileSync(votesScript, VOTES_SCRIPT);
      try {
        const times: Record<string, number[]> = {};
        const record = (key: string, ms: number) => {
          times[key] = [...(times[key] ?? []), ms];
        };
        // One warm-up round (disk cache, the launcher's freshness check), not counted.
        for (let round = -1; round < ROUNDS; round++) {
          const keep = (key: string, ms: number) => round >= 0 && record(key, ms);
          keep('node', spawnMs(['-e', '0'], scratch.dir));
          keep('help', spawnMs([LAUNCHER, '--help'], scratch.dir));
          keep('floor', spawnMs(['-e', FLOOR_SCRIPT, file], scratch.dir));
          for (const method of METHODS) {
            keep(`wethi ${method}`, spawnMs([LAUNCHER, 'tally', '--method', method, file], scratch.dir));
            keep(`votes ${method}`, spawnMs([votesScript, method, file], scratch.dir));
          }
        }
        const m = (key: string) => median(times[key] ?? []);
        console.log(`  built out/cli in ${fmt(built.ms)} ms; medians of ${ROUNDS} rounds, each a new process`);
        line('node -e 0 (bare Node start, for reference)', `${fmt(m('node'))} ms`);
        const help = m('help');
        line('wethi --help', `${fmt(help)} ms   (goal < 250 ms: ${help < 250 ? 'met' : 'NOT met'})`);
        const floor = m('floor');
        const mb = fs.statSync(file).size / (1024 * 1024);
        line(`floor: node reads + JSON.parses the ${mb.toFixed(1)} MB file`, `${fmt(floor)} ms`);
        for (const method of METHODS) {
          const ours = m(`wethi ${method}`);
          const votes = m(`votes ${method}`);
          const ratio = ours / floor;
          line(
            `wethi tally --method ${method}`,
            `${fmt(ours)} ms = ${ratio.toFixed(2)}x floor (goal <= 1.3x: ${ratio <= 1.3 ? 'met' : 'NOT met'}); votes ${fmt(votes)} ms (${ours < votes ? 'faster: met' : 'NOT faster'})`,
          );
        }
      } finally {
        fs.rmSync(votesScript, { force: true });
      }
    } finally {
      scratch.remove();
    }
  },
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await cli.run();
}
