import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {Layout} from '../../source/article/layout';
import {anchorOf, positionOf} from '../../source/article/navigate';
import {parseArticle} from '../../source/article/parse';
import {findMatches, finishScan, matchesInItem, nextMatch, scanMatches} from '../../source/article/search';
import {buildView} from '../../source/article/view';
import {textWidth, wrapText} from '../../source/article/wrap';
import {seedText, seedWithGoldSpeakers} from '../helpers/articles';

describe('wrapText', () => {
	test('lines fit the width and keep every word, in order', () => {
		fc.assert(
			fc.property(fc.array(fc.stringMatching(/^[a-zæøå]{1,14}$/), {maxLength: 60}), fc.integer({min: 5, max: 40}), (words, width) => {
				const text = words.join(' ');
				const lines = wrapText(text, width).map(span => text.slice(span.start, span.end));
				for (const line of lines) assert.ok(textWidth(line) <= width, `${line} > ${width}`);
				assert.equal(lines.join('').replaceAll(' ', ''), words.join(''));
			}),
		);
	});

	test('a word longer than the line is cut, wide characters counted as two', () => {
		assert.deepEqual(
			wrapText('abcdefghij', 4).map(span => [span.start, span.end]),
			[
				[0, 4],
				[4, 8],
				[8, 10],
			],
		);
		const wide = '日本語のテキスト';
		for (const span of wrapText(wide, 5)) assert.ok(textWidth(wide.slice(span.start, span.end)) <= 5);
	});

	test('a hanging first line width', () => {
		const lines = wrapText('aa bb cc dd', 5, 2);
		assert.equal(lines[0]!.end, 2);
	});
});

describe('Layout', () => {
	const view = buildView(parseArticle(seedText()));

	test('down and up are inverse inside the article', () => {
		const layout = new Layout(view, 30);
		fc.assert(
			fc.property(fc.integer({min: 0, max: 80}), fc.integer({min: 0, max: 80}), (start, count) => {
				const from = layout.down({item: 0, line: 0}, start);
				const there = layout.down(from, count);
				const back = layout.up(there, count);
				// Only the end of the article can swallow steps.
				if (Layout.compare(there, layout.endTop(1)) < 0) assert.deepEqual(back, from);
			}),
		);
	});

	test('scrolling stops with the last line at the bottom', () => {
		const layout = new Layout(view, 40);
		const end = layout.endTop(10);
		const visible = layout.visible(end, 10);
		assert.equal(visible.length, 10);
		assert.equal(layout.scrollDown(end, 5, 10), end);
		assert.equal(layout.percent(end, 10), 100);
		assert.equal(layout.percent({item: 0, line: 0}, 10) < 20, true);
	});

	test('an anchor keeps the same text at the top across widths', () => {
		const narrow = new Layout(view, 30);
		const wide = new Layout(view, 90);
		const position = narrow.down({item: 0, line: 0}, 17);
		const anchor = anchorOf(narrow, position);
		const there = positionOf(wide, anchor);
		const line = wide.lines(there.item)[there.line]!;
		assert.equal(there.item, position.item);
		assert.ok(line.start <= anchor.offset && anchor.offset <= line.end || line.kind === 'blank');
	});

	test('headings get a rule line, quotes a hanging indent', () => {
		const layout = new Layout(view, 30);
		const heading = view.items.findIndex(item => item.kind === 'heading');
		assert.deepEqual(layout.lines(heading).map(line => line.kind), ['heading', 'rule', 'blank']);
		const quote = view.items.findIndex(item => item.kind === 'paragraph' && item.quote);
		const lines = layout.lines(quote);
		assert.equal(lines[0]!.indent, 0);
		assert.equal(lines[1]!.indent, 2);
	});
});

describe('buildView with a speaker', () => {
	test('shows only that speaker under their headings, with markers for the rest', () => {
		const article = seedWithGoldSpeakers();
		const view = buildView(article, 'Sergej Lavrov');
		assert.deepEqual(
			view.items.map(item => item.kind === 'paragraph' ? `p${item.paragraph}` : item.kind === 'hidden' ? `-${item.count}` : item.text),
			['-5', 'Russland ønsker Biden-møte', 'p5', 'p6', 'p7', '-8'],
		);
		assert.equal(view.itemOfParagraph[6], 3);
		assert.equal(view.itemOfParagraph[0], -1);
	});
});

describe('search', () => {
	const view = buildView(parseArticle(seedText()));

	test('finds every case-insensitive occurrence, headings included', () => {
		const matches = findMatches(view, 'RUSSLAND');
		assert.ok(matches.length >= 10);
		assert.ok(matches.some(match => view.items[match.item]!.kind === 'heading'));
		for (const match of matches) {
			assert.equal(view.items[match.item]!.text.slice(match.start, match.end).toLowerCase(), 'russland');
		}
	});

	test('the next match wraps around', () => {
		const matches = findMatches(view, 'Lavrov');
		assert.equal(nextMatch(matches, 0, 0), 0);
		const last = matches.at(-1)!;
		assert.equal(nextMatch(matches, last.item, last.start + 1), 0);
		assert.equal(matchesInItem(matches, matches[0]!.item).length >= 1, true);
		assert.deepEqual(findMatches(view, '   '), []);
	});
});

describe('a search in two steps', () => {
	test('stopping anywhere and finishing finds exactly what one full scan finds', () => {
		const long = buildView(parseArticle(seedText() + '\n\n' + seedText().split('\n').slice(1).join('\n')));
		fc.assert(
			fc.property(fc.constantFrom('russland', 'Lavrov', 'sier', 'e', 'Rjabkov', 'ingen slik tekst'), fc.nat(40), (query, stopAfter) => {
				const all = findMatches(long, query);
				let seen = 0;
				const scan = scanMatches(long, query, () => ++seen > stopAfter);
				assert.deepEqual(scan.matches, all.slice(0, scan.matches.length));
				assert.equal(scan.resumeAt < 0, scan.matches.length === all.length);
				if (all.length > stopAfter + 1) assert.equal(scan.matches.length, stopAfter + 1, 'stops after the match it was told');
				assert.deepEqual(finishScan(long, scan), all);
			}),
			{numRuns: 200},
		);
	});
});

describe('search on any text', () => {
	test('finds exactly what a plain per-paragraph scan finds', () => {
		const words = fc.constantFrom('Lavrov', 'lavrov', 'sier', 'Ø', 'ø', 'ß', 'İ', 'at', 'a', ' ', '.');
		fc.assert(
			fc.property(fc.array(fc.array(words, {minLength: 1, maxLength: 12}), {minLength: 1, maxLength: 8}), fc.constantFrom('lavrov', 'a', 'sier a', 'ø', 'ss'), (paragraphs, query) => {
				const text = ' date 2021-12 x\n\n' + paragraphs.map(words => words.join(' ') + '.').join('\n\n');
				const view = buildView(parseArticle(text));
				const expected: {item: number; start: number}[] = [];
				view.items.forEach((item, index) => {
					const lower = item.text.toLowerCase();
					if (lower.length !== item.text.length) return;
					for (let at = lower.indexOf(query); at !== -1; at = lower.indexOf(query, at + query.length)) expected.push({item: index, start: at});
				});
				const found = findMatches(view, query);
				if (view.items.every(item => item.text.toLowerCase().length === item.text.length)) {
					assert.deepEqual(found.map(match => ({item: match.item, start: match.start})), expected);
				}
				for (const match of found) {
					assert.equal(view.items[match.item]!.text.slice(match.start, match.end).toLowerCase(), query);
				}
			}),
			{numRuns: 300},
		);
	});
});
