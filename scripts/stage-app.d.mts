/** Types for stage-app.mjs, so the TypeScript tests can import it. */
export declare const APP_DEPENDENCIES: string[];
export declare function npmInstall(stage: string): void;
export declare function copyInstalledDependencies(stage: string, options?: { root?: string }): void;
export declare function stageApp(options?: { root?: string; stage?: string; install?: (stage: string) => void }): Promise<string>;
