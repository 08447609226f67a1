import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import React from 'react';
import App from '../../source/app';
import {firstScreenLines, styled} from '../../source/ui/first-paint';
import {colourTheme, monoTheme} from '../../source/ui/theme';
import {seedWithGoldSpeakers} from '../helpers/articles';
import {plain, ready} from '../helpers/ink';
import {renderSized} from '../helpers/sized-render';

const trimmed = (lines: string[]) => lines.map(line => plain(line).trimEnd()).join('\n').trimEnd();

describe('the first paint draws the frame the app renders first', () => {
	const cases: [string, Partial<Parameters<typeof firstScreenLines>[0]>][] = [
		['a fresh start', {}],
		['a restored place with a message', {initial: {paragraph: 10, offset: 0, atHeading: true, speaker: null}, message: 'resumed where you left off'}],
		['a given section', {initialSection: 3}],
		['a speaker filter', {initial: {paragraph: 0, offset: 0, atHeading: false, speaker: 'Sergej Lavrov'}}],
		['a narrow, short terminal', {columns: 42, rows: 12}],
		['a wide terminal', {columns: 180, rows: 30, maxWidth: 70}],
		['a terminal too small', {columns: 15, rows: 5}],
	];
	for (const [name, options] of cases) {
		test(name, async () => {
			const article = seedWithGoldSpeakers();
			const screen = {article, theme: monoTheme, columns: 80, rows: 24, maxWidth: 100, ...options};
			const painted = firstScreenLines(screen);
			const instance = renderSized(
				<App
					article={article}
					theme={monoTheme}
					maxWidth={screen.maxWidth}
					initial={screen.initial}
					initialSection={screen.initialSection}
					initialMessage={screen.message}
				/>,
				screen.columns,
				screen.rows,
			);
			const frame = await ready(instance);
			assert.equal(trimmed(painted), trimmed(frame.split('\n')));
			assert.ok(painted.length < screen.rows);
			instance.unmount();
		});
	}

	test('styles become SGR codes; an empty style adds none', () => {
		assert.equal(styled({}, 'x'), 'x');
		assert.equal(styled({bold: true, color: 'yellow'}, 'x'), '\u001B[1;33mx\u001B[0m');
		assert.equal(styled(monoTheme.status, 'x'), '\u001B[7mx\u001B[0m');
		for (const style of Object.values(monoTheme)) assert.doesNotMatch(styled(style, 'x'), /\[(?:[0-9;]*;)?3[0-9]m/);
		assert.match(styled(colourTheme.heading, 'x'), /33/);
	});
});
