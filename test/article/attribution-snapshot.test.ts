/**
 * Frozen speaker-attribution output: the exact `attributeBlocks` result (byBlock and speakers)
 * for the fixture articles and a synthetic long article, recorded before the speed work on the
 * engine. Any change in behaviour shows up here; regenerate the JSON only on purpose.
 *
 * Only the files listed in the snapshot are checked, so a fixture added later does not fail this.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {longArticle, seedArticle} from '../../bench/long-article';
import {attributeBlocks, type Attribution} from '../../source/article/attribution';
import {parseArticle, splitBlocks} from '../../source/article/parse';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

type Snapshot = {
	files: string[];
	/** Blocks from splitBlocks(file text). */
	splitBlocks: Record<string, Attribution>;
	/** Blocks from parseArticle(file text) (the title block becomes a heading), as the app and eval use them. */
	parseArticle: Record<string, Attribution>;
	longArticle: {copies: number; attribution: Attribution};
};

const snapshot = JSON.parse(readFileSync(join(fixtures, 'attribution-snapshot.json'), 'utf8')) as Snapshot;

describe('attribution snapshot (behaviour frozen before the speed work)', () => {
	it('lists the fixture files it covers', () => {
		assert.deepEqual(snapshot.files, [
			'dev-01.txt',
			'dev-02.txt',
			'dev-03.txt',
			'dev-04.txt',
			'dev-05.txt',
			'dev-06.txt',
			'dev-07.txt',
			'dev-08.txt',
			'holdout-01.txt',
			'holdout-02.txt',
			'holdout-03.txt',
			'seed-2021-12-utenriks.txt',
		]);
	});

	for (const file of snapshot.files) {
		it(`${file}: same attribution as recorded`, () => {
			const text = readFileSync(join(fixtures, file), 'utf8');
			assert.deepEqual(attributeBlocks(splitBlocks(text).blocks), snapshot.splitBlocks[file]);
			assert.deepEqual(attributeBlocks(parseArticle(text).blocks), snapshot.parseArticle[file]);
		});
	}

	it(`long article (${snapshot.longArticle.copies} copies of the seed): same attribution as recorded`, () => {
		const {blocks} = splitBlocks(longArticle(seedArticle(), snapshot.longArticle.copies));
		assert.deepEqual(attributeBlocks(blocks), snapshot.longArticle.attribution);
	});
});
