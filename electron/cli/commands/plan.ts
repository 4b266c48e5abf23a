/** `wethi plan export`: the action plan in the development plan's project-list columns (ผ.02). */
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, UsageError, parseCommandArgs, required } from '../args';
import type { CommandGroup } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

const FORMATS = ['xlsx', 'docx', 'json'] as const;

const HELP = [
  'Usage: wethi plan export --db FILE --forum ID --format xlsx|docx|json --out PATH [--thai-digits]',
  '',
  "Writes the forum's action plan as the local government's development-plan project list",
  '(บัญชีโครงการพัฒนา, form ผ.02: number, project, objective, target, budget per fiscal year (พ.ศ.),',
  'indicator, expected result, responsible unit), grouped by the level each project is asked of,',
  'and prints a JSON summary: { format, out, bytes, projects, fiscalYears }. docs/development-plan.md',
  '',
  "  --db FILE          the database file (default: the desktop app's own database)",
  '  --forum ID         the forum',
  '  --format FORMAT    xlsx (Excel), docx (Word, A4 landscape) or json',
  '  --out PATH         the file to write',
  '  --thai-digits      Thai digits (๑๒๓) in the DOCX',
].join('\n');

export const planCommands: CommandGroup = {
  name: 'plan',
  summary: 'the plan handed to the local government',
  commands: [
    {
      name: 'export',
      summary: 'write the development-plan project list (ผ.02) as XLSX, DOCX or JSON',
      help: HELP,
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, {
          db: { type: 'string' },
          forum: { type: 'string' },
          format: { type: 'string' },
          out: { type: 'string' },
          'thai-digits': { type: 'boolean' },
        });
        if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
        const forumId = required(values, 'forum');
        const format = required(values, 'format');
        if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(`--format "${format}": write one of ${FORMATS.join(', ')}`);
        const out = path.resolve(required(values, 'out'));
        const summary = await withCore(values.db as string | undefined, 'existing', async (core) => {
          const plan = await invoke(core, 'devPlan.get', { forumId });
          const file = await invoke(core, 'devPlan.export', { forumId, format, thaiDigits: values['thai-digits'] === true });
          const data = Buffer.from(file.base64, 'base64');
          fs.mkdirSync(path.dirname(out), { recursive: true });
          fs.writeFileSync(out, data);
          return { format, out, bytes: data.length, projects: plan.groups.reduce((n, g) => n + g.rows.length, 0), fiscalYears: plan.fiscalYears };
        });
        printJson(io, summary);
        return EXIT.ok;
      },
    },
  ],
};
