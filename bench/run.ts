/**
 * `npm run bench`: every benchmark in turn, each printing its figures against a baseline measured
 * in the same run on the same machine. Nothing is asserted; later issues add their own here.
 */
import { cli } from './cli';
import { import10k } from './import-10k';
import { searchFts } from './search-fts';
import { storeInserts } from './store-inserts';
import type { Bench } from './support';
import { run as tally } from './tally';

const benches: Bench[] = [storeInserts, import10k, searchFts, { name: 'tally: Borda, IRV, Schulze against votes', run: tally }, cli];
benches.push((await import('./note-latency')).noteLatency);
benches.push((await import('./minutes-pdf')).minutesPdf);
benches.push((await import('./projector-follow')).projectorFollow);
benches.push((await import('./room-load')).roomLoad);

async function main() {
  console.log(`Wethi bench · Node ${process.version} · ${process.platform}/${process.arch}`);
  for (const bench of benches) {
    console.log(`\n${bench.name}`);
    await bench.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
