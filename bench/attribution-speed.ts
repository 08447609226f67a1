/**
 * Speaker-attribution speed on the synthetic long article (the seed article repeated).
 *
 *   node --import tsx bench/attribution-speed.ts            500 and 5000 copies
 *   node --import tsx bench/attribution-speed.ts 50 500     other sizes
 *
 * Each size: one warm-up run, then the median of three timed runs of attributeBlocks.
 */
import {fileURLToPath} from 'node:url';
import {attributeBlocks} from '../source/article/attribution';
import {splitBlocks} from '../source/article/parse';
import {longArticle, seedArticle} from './long-article';

/**
 * Times attributeBlocks on `copies` copies of the seed article: median of three runs after a warm-up.
 * `paragraphs` counts the non-heading blocks (500 copies ≈ 8,000 paragraphs); headings are attributed too.
 */
export function measureAttribution(copies: number): {paragraphs: number; ms: number} {
	const {blocks} = splitBlocks(longArticle(seedArticle(), copies));
	attributeBlocks(blocks);
	const times: number[] = [];
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		const result = attributeBlocks(blocks);
		times.push(performance.now() - start);
		if (result.byBlock.length !== blocks.length) throw new Error('attributeBlocks lost blocks');
	}
	times.sort((a, b) => a - b);
	let paragraphs = 0;
	for (const block of blocks) if (block.kind !== 'heading') paragraphs++;
	return {paragraphs, ms: times[1]!};
}

function main(argv: string[]): void {
	const sizes = argv.length > 0 ? argv.map(Number) : [500, 5000];
	for (const copies of sizes) {
		const {paragraphs, ms} = measureAttribution(copies);
		console.log(
			`${String(copies).padStart(6)} copies  ${String(paragraphs).padStart(7)} paragraphs  ${ms.toFixed(1).padStart(8)} ms  ${((ms * 1000) / paragraphs).toFixed(2).padStart(7)} µs/paragraph`,
		);
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
