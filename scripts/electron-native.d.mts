/** Types for electron-native.mjs, so the TypeScript tests can import it. */
export declare const nativeDir: (root?: string) => string;
export declare const electronBindingPath: (root?: string) => string;
export declare function electronSqliteIsFresh(options: { root?: string; electronVersion: string }): boolean;
export declare function ensureElectronSqlite(options: {
  root?: string;
  electronVersion: string;
  log?: (line: string) => void;
}): Promise<string>;
export declare function stripNodedir(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
