/** Types for build-cli.mjs, so the TypeScript tests and the bench can import it. */
export declare const ROOT: string;
export declare function buildCli(options?: { root?: string; outDir?: string }): Promise<{ outDir: string; inputs: number; ms: number }>;
