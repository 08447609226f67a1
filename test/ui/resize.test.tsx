import assert from 'node:assert/strict';
import {test} from 'node:test';
import React from 'react';
import App from '../../source/app';
import {textWidth} from '../../source/article/wrap';
import {monoTheme} from '../../source/ui/theme';
import {seedWithGoldSpeakers} from '../helpers/articles';
import {bottomLine, press, ready, waitForFrame} from '../helpers/ink';
import {renderSized} from '../helpers/sized-render';

const app = (maxWidth = 100) => <App article={seedWithGoldSpeakers()} theme={monoTheme} maxWidth={maxWidth} />;

function assertFits(frame: string, columns: number, rows: number) {
	const lines = frame.split('\n');
	assert.ok(lines.length < rows, `frame of ${lines.length} lines in ${rows} rows`);
	for (const line of lines) assert.ok(textWidth(line) <= columns, `"${line}" is wider than ${columns}`);
}

test('the frame is always shorter than the terminal and no wider', async () => {
	for (const [columns, rows] of [
		[80, 24],
		[40, 10],
		[120, 40],
		[20, 6],
	] as const) {
		const instance = renderSized(app(), columns, rows);
		const frame = await ready(instance);
		assertFits(frame, columns, rows);
		instance.unmount();
	}
});

test('resizing re-wraps and keeps the same paragraph at the top', async () => {
	const instance = renderSized(app(), 80, 24);
	await ready(instance);
	await press(instance, '3', f => bottomLine(f).includes('– En trussel'));
	await press(instance, 'jjjj');
	const before = (await ready(instance)).split('\n')[1]!.trim();
	assert.ok(before.length > 0);
	instance.resize(50, 20);
	const narrow = await waitForFrame(instance, frame => frame.split('\n')[0]!.length <= 50);
	assertFits(narrow, 50, 20);
	// The top line now starts inside the same paragraph: its first word is on screen near the top.
	const firstWord = before.split(' ')[0]!;
	assert.ok(narrow.split('\n').slice(1, 4).join(' ').includes(firstWord), narrow);
	assert.match(bottomLine(narrow), /En trussel/);
	instance.unmount();
});

test('too small a terminal shows a short message, and reading resumes when it grows', async () => {
	const instance = renderSized(app(), 80, 24);
	await ready(instance);
	instance.resize(15, 5);
	const small = await waitForFrame(instance, frame => frame.includes('Too small'));
	assert.ok(small.split('\n').length === 1);
	instance.resize(80, 24);
	await waitForFrame(instance, frame => frame.includes('Torsdag møttes'));
	instance.unmount();
});

test('the text column is at most maxWidth wide, centred', async () => {
	const instance = renderSized(app(60), 160, 30);
	const frame = await ready(instance);
	const body = frame.split('\n').slice(1, -1).filter(line => line.trim() !== '');
	for (const line of body) {
		const indent = line.length - line.trimStart().length;
		assert.ok(indent >= 40, `indent ${indent}: ${line}`);
		assert.ok(textWidth(line.trim()) <= 60);
	}
	instance.unmount();
});

test('list rows keep their marker column when a long label is cut', async () => {
	const instance = renderSized(app(), 22, 14);
	await ready(instance);
	const frame = await press(instance, 's', f => f.includes('Speakers'));
	const lines = frame.split('\n');
	// The list's rows: after the blank line under the hint, before the status line.
	const rows = lines.slice(4, -1).filter(line => line.trim() !== '');
	assert.ok(rows.some(line => line.endsWith('…')), 'some label is cut at 22 columns');
	for (const row of rows) assert.match(row, /^ (?:> | {2})\S/, row);
	instance.unmount();
});
