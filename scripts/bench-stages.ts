/**
 * One Desk build in a fresh process, as the bot does when it starts on a corpus it has no snapshot for:
 * every stage runs cold (the JIT has seen none of its code), in the bot's order. Prints the stage times
 * as one JSON line. `scripts/bench.ts` runs it a few times and reports the median.
 *
 *   tsx scripts/bench-stages.ts --corpus ../shared/data/bbc-news
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.js';
import { buildDesk } from '../src/desk.js';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'corpus' } } });
const { articles, problems } = await loadCorpus(values.corpus ?? 'corpus');
const { timings } = buildDesk('bench', articles, problems);
console.log(JSON.stringify(timings));
