/** `wethi plan export`: the action plan in the development plan's project-list columns (ผ.02). */
import path from 'node:path';
import { EXIT, UsageError } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { writeUserFile } from '../files';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

const FORMATS = ['xlsx', 'docx', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const exportPlan = defineCommand({
  usage: '--db FILE --forum ID --format xlsx|docx|json --out PATH [--thai-digits]',
  description: [
    "Writes the forum's action plan as the local government's development-plan project list",
    '(บัญชีโครงการพัฒนา, form ผ.02: number, project, objective, target, budget per fiscal year (พ.ศ.),',
    'indicator, expected result, responsible unit), grouped by the level each project is asked of,',
    'and prints a JSON summary: { format, out, bytes, projects, fiscalYears }. docs/development-plan.md',
  ],
  args: {
    options: {
      ...DB_OPTION,
      forum: { type: 'string', value: 'ID', help: 'the forum', required: true },
      format: { type: 'string', value: 'FORMAT', help: 'xlsx (Excel), docx (Word, A4 landscape) or json', required: true },
      out: { type: 'string', value: 'PATH', help: 'the file to write', required: true },
      'thai-digits': { type: 'boolean', help: 'Thai digits (๑๒๓) in the DOCX' },
    },
  },
  async run({ values }, io) {
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format "${values.format}": write one of ${FORMATS.join(', ')}`);
    const forumId = values.forum;
    const out = path.resolve(values.out);
    const summary = await withCore(values.db, 'existing', async (core) => {
      const plan = await invoke(core, 'devPlan.get', { forumId });
      const file = await invoke(core, 'devPlan.export', { forumId, format, thaiDigits: values['thai-digits'] });
      const data = Buffer.from(file.base64, 'base64');
      writeUserFile(out, data, `the development plan (${format})`);
      return { format, out, bytes: data.length, projects: plan.groups.reduce((n, g) => n + g.rows.length, 0), fiscalYears: plan.fiscalYears };
    });
    printJson(io, summary);
    return EXIT.ok;
  },
});
