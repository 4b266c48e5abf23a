/**
 * The CLI tests run the command as users do: bin/wethi.mjs starting the built JavaScript in
 * out/cli. It is rebuilt once per test run, so the tests always exercise the current source.
 */
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
