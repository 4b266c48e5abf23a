/** Types for build-shell.mjs, so the TypeScript tests can import it. */
export declare function readOpNames(root?: string): Promise<string[]>;
export declare function buildShell(options?: { root?: string; outDir?: string }): Promise<{ opNames: string[] }>;
