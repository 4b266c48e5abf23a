/** Types for electron-binary.mjs, so the TypeScript tests can import it. */
export declare const ROOT: string;

export type ElectronStatus =
  | { available: true; version: string; executable: string }
  | { available: false; version: string | null; reason: string };

export interface DetectOptions {
  root?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  exists?: (file: string) => boolean;
  read?: (file: string) => string;
}

export declare function detectElectron(options?: DetectOptions): ElectronStatus;
export declare function downloadSkipped(env?: NodeJS.ProcessEnv): boolean;
export declare function summarizeDownloadError(output: unknown): string;
export declare function fetchElectronBinary(options?: {
  root?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): Promise<{ ok: true } | { ok: false; reason: string }>;
export declare function ensureElectron(options?: {
  root?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  timeoutMs?: number;
}): Promise<ElectronStatus>;
export declare function explainUnavailable(reason: string, options?: { action?: string; next?: string[] }): string;
