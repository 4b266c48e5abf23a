import { searchFts } from './search-fts';
await searchFts.run();
