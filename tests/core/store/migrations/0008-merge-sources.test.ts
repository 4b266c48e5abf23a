import { it } from 'vitest';

// PLACEHOLDER reserved for the merge helper: replace with the real test of migration 8.
it.todo('migration 8 records where merged records came from');
