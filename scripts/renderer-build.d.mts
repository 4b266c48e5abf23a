/** Types for renderer-build.mjs, so the TypeScript tests can import it. */
export declare function rendererIsStale(root?: string): boolean;
export declare function ensureRendererBuilt(options?: { root?: string; log?: (line: string) => void }): void;
