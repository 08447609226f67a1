import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {isHeadingLike, parseArticle, splitBlocks} from '../../source/article/parse';
import {fixture, seedText} from '../helpers/articles';

type Gold = {sections: string[]; paragraphs: {i: number; kind: string}[]};
const articles = ['seed-2021-12-utenriks', ...Array.from({length: 8}, (_, index) => `dev-0${index + 1}`)];

describe('parseArticle', () => {
	test('the seed: meta, 4 sections, 16 paragraphs, 3 headings', () => {
		const article = parseArticle(seedText());
		assert.deepEqual(article.meta, {date: '2021-12', category: 'utenriks'});
		assert.equal(article.title, null);
		assert.deepEqual(
			article.sections.map(section => [section.heading, section.paragraphs.length]),
			[
				[null, 5],
				['Russland ønsker Biden-møte', 5],
				['– En trussel', 4],
				['Norge ber Russland vise ansvar', 2],
			],
		);
		assert.equal(article.paragraphs.length, 16);
		assert.ok(article.paragraphs[0]!.text.startsWith('Torsdag møttes'));
		assert.equal(article.paragraphs[3]!.quote, true);
		assert.equal(article.paragraphs[4]!.quote, false);
	});

	for (const name of articles) {
		test(`${name}: headings and block kinds match the gold file`, () => {
			const gold = JSON.parse(fixture(`${name}.gold.json`)) as Gold;
			const article = parseArticle(fixture(`${name}.txt`));
			assert.deepEqual(
				article.sections.flatMap(section => (section.heading === null ? [] : [section.heading])),
				gold.sections,
			);
			assert.deepEqual(
				article.blocks.map(block => block.kind),
				gold.paragraphs.map(paragraph => paragraph.kind),
			);
			for (const paragraph of article.paragraphs) {
				assert.equal(gold.paragraphs[paragraph.block]!.i, paragraph.block);
			}
		});
	}

	test('a first block that reads like a heading is the title', () => {
		const article = parseArticle(' date 2024-01 sport\n\nSolheim får sparken\n\nKlubben har sagt opp treneren.\n\nMer\n\nTekst her.');
		assert.equal(article.title, 'Solheim får sparken');
		assert.deepEqual(article.sections.map(section => section.heading), [null, 'Mer']);
	});

	test('no date line: every line is text', () => {
		const article = parseArticle('Første avsnitt.\n\nAndre avsnitt.');
		assert.deepEqual(article.meta, {date: null, category: null});
		assert.equal(article.paragraphs.length, 2);
	});

	test('lines inside a block are joined; CRLF and extra blank lines are fine', () => {
		const article = parseArticle(' date 2021-12 utenriks\r\n\r\nEn linje\r\nsom fortsetter.\r\n\r\n\r\n\r\nNeste.\r\n');
		assert.deepEqual(
			article.paragraphs.map(paragraph => paragraph.text),
			['En linje som fortsetter.', 'Neste.'],
		);
	});

	test('an article with only headings has sections without paragraphs', () => {
		const article = parseArticle(' date 2021-12 x\n\nFørste avsnitt.\n\nEn\n\nTo\n\nTre');
		assert.deepEqual(article.sections.map(section => section.heading), [null, 'En', 'To', 'Tre']);
	});

	test('a short block of several lines is text, not a heading', () => {
		const {blocks} = splitBlocks('x\n\nFørste avsnitt.\n\nLand\nRussland 2021\nUkraina 2014');
		assert.deepEqual(blocks.map(block => block.kind), ['text', 'text', 'text']);
		assert.equal(parseArticle('Fra\nAvsender\n\nTekst her.').title, null);
	});

	test('runs of spaces and no-break spaces, mixed too, become one space', () => {
		const {blocks} = splitBlocks('x\n\nTo  mellomrom.\n\nTo\u00a0\u00a0harde.\n\nBlanda \u00a0 rom.');
		assert.deepEqual(blocks.slice(1).map(block => block.text), ['To mellomrom.', 'To harde.', 'Blanda rom.']);
	});

	test('quote dashes: en dash, hyphen and em dash', () => {
		const {blocks} = splitBlocks('x\n\n– A sa han.\n\n- B sa hun.\n\n— C sa de.');
		assert.deepEqual(blocks.slice(1).map(block => block.kind), ['quote', 'quote', 'quote']);
	});
});

describe('isHeadingLike', () => {
	test('short unpunctuated lines are headings; sentences are not', () => {
		assert.equal(isHeadingLike('Russland ønsker Biden-møte'), true);
		assert.equal(isHeadingLike('– En trussel'), true);
		assert.equal(isHeadingLike('Han sa nei.'), false);
		assert.equal(isHeadingLike('Hva nå?'), false);
		assert.equal(isHeadingLike('Han sa:'), false);
		assert.equal(isHeadingLike('ord '.repeat(13).trim()), false);
		assert.equal(isHeadingLike(''), false);
	});
});

describe('parseArticle on any text', () => {
	test('never throws; every paragraph is non-empty, one line, in a section', () => {
		const pieces = fc.constantFrom('\n', '\n\n', ' ', '– ', 'date 2021-12 x', 'Overskrift', 'Han sa.', '\r\n', '»', '\t');
		const text = fc.oneof(fc.string({unit: 'grapheme', maxLength: 300}), fc.array(pieces, {maxLength: 60}).map(parts => parts.join('')));
		fc.assert(
			fc.property(text, source => {
				const article = parseArticle(source);
				const inSections = article.sections.flatMap(section => section.paragraphs);
				assert.deepEqual(inSections, article.paragraphs);
				for (const paragraph of article.paragraphs) {
					assert.ok(paragraph.text.length > 0);
					assert.ok(!paragraph.text.includes('\n'));
				}
			}),
			{numRuns: 500},
		);
	});
});
