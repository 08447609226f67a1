import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fit, formatDate, segmentsOf, statusText} from '../../source/ui/frame-text';
import {textWidth} from '../../source/article/wrap';

test('status text fills the line exactly, keeping progress on the right', () => {
	for (const columns of [20, 40, 80, 133]) {
		const text = statusText({left: 'Russland ønsker Biden-møte · only Sergej Lavrov', message: 'resumed where you left off', right: '2/4  37%', columns});
		assert.equal(textWidth(text), columns);
		assert.ok(text.trimEnd().endsWith('37%'), text);
	}
	assert.match(statusText({left: 'Lead', right: '1/4  10%', columns: 40}), /^ Lead +1\/4 {2}10% $/);
});

test('fit cuts with an ellipsis', () => {
	assert.equal(fit('abcdef', 4), 'abc…');
	assert.equal(fit('abc', 4), 'abc');
	assert.equal(fit('abc', 0), '');
});

test('dates read as Norwegian month names', () => {
	assert.equal(formatDate('2021-12'), 'desember 2021');
	assert.equal(formatDate('2021-13'), '2021-13');
	assert.equal(formatDate(null), null);
});

test('segments split a line at its highlights', () => {
	const text = 'sier Lavrov til NTB';
	const segments = segmentsOf(text, {item: 0, kind: 'text', start: 0, end: text.length, indent: 0}, [
		{start: 5, end: 11, tone: 'speaker'},
	]);
	assert.deepEqual(segments, [
		{text: 'sier ', tone: null},
		{text: 'Lavrov', tone: 'speaker'},
		{text: ' til NTB', tone: null},
	]);
	const wrappedLine = segmentsOf(text, {item: 0, kind: 'text', start: 8, end: 15, indent: 0}, [
		{start: 5, end: 11, tone: 'match'},
	]);
	assert.deepEqual(wrappedLine, [
		{text: 'rov', tone: 'match'},
		{text: ' til', tone: null},
	]);
});
