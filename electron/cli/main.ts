/** Entry point of the `wethi` command (started by bin/wethi.mjs). */
import { processIo } from './io';
import { runCli } from './run';

// exitCode rather than exit(): stdout is flushed before the process ends, even when piped.
process.exitCode = await runCli(process.argv.slice(2), processIo);
