/**
 * The contract's operation names, written in by the build (scripts/build-shell.mjs) so the
 * sandboxed preload needs neither zod nor the schemas to reject unknown names.
 */
declare const __WETHI_OP_NAMES__: readonly string[];

export const OP_NAMES: ReadonlySet<string> = new Set(__WETHI_OP_NAMES__);
