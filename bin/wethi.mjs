#!/usr/bin/env node
/**
 * The `wethi` command's launcher: runs the TypeScript CLI through tsx, so `npx wethi` works
 * right after `npm install` with no build step, from any working directory.
 */
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import(new URL('../electron/cli/main.ts', import.meta.url).href);
