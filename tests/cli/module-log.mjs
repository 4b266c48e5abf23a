/**
 * Loaded with `node --import` by tests/cli/start-up.test.ts: records every module the `wethi`
 * process resolves (one URL per line in $WETHI_MODULE_LOG), to show which commands load what.
 */
import { register } from 'node:module';

const hooks = `
import fs from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  fs.appendFileSync(${JSON.stringify(process.env.WETHI_MODULE_LOG)}, resolved.url + '\\n');
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
