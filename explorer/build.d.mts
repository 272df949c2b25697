/** Types of build.mjs, for the TypeScript that imports it (the test setup). */
export declare const DIST: string;
/** Builds explorer/dist/ unless it is up to date (`force`: builds anyway); answers whether it built and how long the call took. */
export declare function buildExplorer(options?: { force?: boolean }): Promise<{ built: boolean; ms: number }>;
