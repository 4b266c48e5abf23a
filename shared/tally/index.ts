/** Tallying for every poll method (issue 5): pure functions, one file per method. */
export * from './approval';
export * from './borda';
export * from './cli-format';
export * from './consensus';
export * from './irv';
export * from './plurality';
export * from './profile';
export * from './ranking';
export * from './schulze';
export * from './score-matrix';
export * from './show-of-hands';
export * from './ties';
export * from './types';
export * from './yes-no';
