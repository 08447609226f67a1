/**
 * Where a cold `--json` run spends its time and memory, stage by stage (one run, as the CLI does it).
 *   node --import tsx bench/stages.ts FILE
 */
import {readFileSync} from 'node:fs';
import {decodeArticle} from '../source/article/decode';
import {sanitize} from '../source/article/sanitize';
import {parseArticle} from '../source/article/parse';
import {attributeArticle} from '../source/article/speakers';
import {toJson} from '../source/article/format';

const file = process.argv[2]!;
const marks: [string, number, number][] = [];
let last = performance.now();
/** Time since the last mark, and the RSS after the stage. */
const mark = (label: string) => {
	const now = performance.now();
	marks.push([label, now - last, process.memoryUsage().rss / 1e6]);
	last = now;
};
const bytes = readFileSync(file);
mark('read');
const decoded = decodeArticle(bytes);
if (!decoded.ok) throw new Error(decoded.reason);
mark('decode');
const text = sanitize(decoded.text);
mark('sanitize');
const article = parseArticle(text);
mark('parse');
attributeArticle(article);
mark('attribute');
const json = JSON.stringify(toJson(article, null));
mark('toJson+stringify');
for (const [label, ms, rss] of marks) console.log(`${label.padEnd(18)} ${ms.toFixed(1).padStart(8)} ms  ${rss.toFixed(0).padStart(5)} MB rss`);
console.log(`${'total'.padEnd(18)} ${marks.reduce((sum, [, ms]) => sum + ms, 0).toFixed(1).padStart(8)} ms  (${json.length} chars)`);
