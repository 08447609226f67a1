/**
 * Speaker-attribution quality on the gold-labelled fixtures.
 *
 *   npm run eval                                 all fixtures in test/fixtures
 *   npm run eval -- a.txt a.gold.json [b.txt b.gold.json …]
 *   npm run eval -- --json                       machine-readable output
 *   npm run eval -- --errors                     also list the wrong paragraphs
 */
import {readdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {attributeBlocks} from '../source/article/attribution';
import {parseArticle} from '../source/article/parse';
import {scoreArticle, total, type ArticleScore, type Gold} from './score';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'test', 'fixtures');

export function defaultPairs(): [string, string][] {
	return readdirSync(fixtures)
		.filter(file => file.endsWith('.txt') && readdirSync(fixtures).includes(file.replace(/\.txt$/, '.gold.json')))
		.sort((a, b) => order(a) - order(b) || a.localeCompare(b))
		.map(file => [join(fixtures, file), join(fixtures, file.replace(/\.txt$/, '.gold.json'))]);
}

function order(file: string): number {
	if (file.startsWith('seed')) return 0;
	if (file.startsWith('dev')) return 1;
	return 2;
}

export function scoreFile(text: string, goldPath: string, name: string): ArticleScore {
	const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
	const article = parseArticle(readFileSync(text, 'utf8'));
	const {byBlock} = attributeBlocks(article.blocks);
	return scoreArticle(name, gold, byBlock);
}

function main(argv: string[]): void {
	const json = argv.includes('--json');
	const showErrors = argv.includes('--errors');
	const files = argv.filter(arg => !arg.startsWith('--'));
	if (files.length % 2 !== 0) {
		console.error('Give article/gold pairs: a.txt a.gold.json …');
		process.exit(2);
	}
	const pairs: [string, string][] = [];
	for (let k = 0; k < files.length; k += 2) pairs.push([files[k]!, files[k + 1]!]);
	const chosen = pairs.length > 0 ? pairs : defaultPairs();
	const scores = chosen.map(([text, gold]) => scoreFile(text, gold, basename(text, '.txt')));
	const groups = new Map<string, ArticleScore[]>();
	for (const score of scores) {
		const group = score.name.split('-')[0] ?? score.name;
		groups.set(group, [...(groups.get(group) ?? []), score]);
	}
	const totals = [...groups].filter(([, list]) => list.length > 1).map(([group, list]) => total(`${group} (all)`, list));
	const overall = total('TOTAL', scores);
	if (json) {
		console.log(JSON.stringify({articles: scores, groups: totals, total: overall}, null, 2));
		return;
	}
	const rows = [...scores, ...totals, overall];
	const width = Math.max(12, ...rows.map(row => row.name.length));
	const pct = (value: number): string => `${(value * 100).toFixed(1)} %`.padStart(8);
	console.log(`${'article'.padEnd(width)}  paras  right  accuracy     tp   fp   fn   filter F1`);
	console.log('-'.repeat(width + 56));
	for (const row of rows) {
		if (row === totals[0] || row === overall) console.log('-'.repeat(width + 56));
		console.log(
			`${row.name.padEnd(width)}  ${String(row.paragraphs).padStart(5)}  ${String(row.correct).padStart(5)}  ${pct(row.accuracy)}  ${String(row.tp).padStart(5)}${String(row.fp).padStart(5)}${String(row.fn).padStart(5)}    ${pct(row.f1)}`,
		);
	}
	if (showErrors) {
		for (const score of scores) {
			for (const error of score.errors) {
				console.log(`${score.name} #${error.i}: gold ${error.gold ?? '∅'}${error.accept.length ? ` (or ${error.accept.map(a => a ?? '∅').join(', ')})` : ''}, got ${error.predicted.join(' | ') || '∅'}`);
			}
		}
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
