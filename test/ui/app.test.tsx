import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import React from 'react';
import App from '../../source/app';
import type {ReadingPlace} from '../../source/ui/hooks/use-reader';
import {monoTheme} from '../../source/ui/theme';
import {seedText, seedWithGoldSpeakers} from '../helpers/articles';
import {parseArticle} from '../../source/article/parse';
import {findMatches} from '../../source/article/search';
import {buildView} from '../../source/article/view';
import {bottomLine, keys, plain, press, ready, waitForFrame} from '../helpers/ink';

afterEach(() => {
	cleanup();
});

function start(props: Partial<React.ComponentProps<typeof App>> = {}) {
	const exits: number[] = [];
	const places: ReadingPlace[] = [];
	const instance = render(
		<App
			article={seedWithGoldSpeakers()}
			theme={monoTheme}
			maxWidth={100}
			onExit={code => exits.push(code)}
			onPlaceChange={place => places.push(place)}
			{...props}
		/>,
	);
	return {instance, exits, places};
}

describe('reader screen', () => {
	test('opens on the lead with a header and a status line', async () => {
		const {instance} = start();
		const frame = await ready(instance);
		assert.match(frame, /UTENRIKS · desember 2021/);
		assert.match(frame, /Torsdag møttes USAs utenriksminister/);
		assert.match(bottomLine(frame), /^ Lead .* 1\/4 +\d+%/);
	});

	test('] and [ move between sections and the status line names them', async () => {
		const {instance} = start();
		await ready(instance);
		let frame = await press(instance, ']', f => bottomLine(f).includes('Russland ønsker Biden-møte'));
		assert.match(bottomLine(frame), /2\/4/);
		frame = await press(instance, ']', f => bottomLine(f).includes('– En trussel'));
		assert.match(frame.split('\n')[1] ?? '', /– En trussel/, 'the heading is at the top of the text');
		frame = await press(instance, '[', f => bottomLine(f).includes('Russland ønsker Biden-møte'));
		frame = await press(instance, '[', f => bottomLine(f).includes('Lead'));
	});

	test('digits jump to a section; g and G go to the ends', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, '4', f => bottomLine(f).includes('Norge ber Russland vise ansvar'));
		await press(instance, 'g', f => bottomLine(f).includes('Lead'));
		const frame = await press(instance, 'G', f => bottomLine(f).includes('100%'));
		assert.match(frame, /sa Huitfeldt onsdag/);
	});

	test('a burst of keys in one chunk moves once per key', async () => {
		const {instance} = start();
		const first = await ready(instance);
		const line = (frame: string, row: number) => frame.split('\n')[row] ?? '';
		const third = line(first, 4);
		const frame = await press(instance, 'jjj');
		assert.equal(line(frame, 1), third);
	});

	test('q quits with code 0 and Ctrl-C with 130', async () => {
		const one = start();
		await ready(one.instance);
		one.instance.stdin.write('q');
		await waitForFrame(one.instance, () => one.exits.length > 0);
		assert.deepEqual(one.exits, [0]);
		const two = start();
		await ready(two.instance);
		two.instance.stdin.write(keys.ctrlC);
		await waitForFrame(two.instance, () => two.exits.length > 0);
		assert.deepEqual(two.exits, [130]);
	});

	test('Ctrl-Z hands over to onSuspend once and then draws the same screen again', async () => {
		let suspensions = 0;
		const {instance} = start({onSuspend: () => suspensions++});
		const before = await ready(instance);
		await press(instance, ']', f => bottomLine(f).includes('Russland ønsker Biden-møte'));
		const moved = plain(instance.lastFrame());
		assert.notEqual(moved, before);
		const framesBefore = instance.frames.length;
		instance.stdin.write('\u001A');
		await waitForFrame(instance, f => suspensions === 1 && f === moved && instance.frames.length > framesBefore + 1);
		// An empty frame while the shell has the terminal, then the whole screen again.
		assert.ok(instance.frames.slice(framesBefore).some(f => plain(f).trim() === ''));
		assert.equal(suspensions, 1);
	});

	test('Ctrl-Z works over a list too, which is there again on return', async () => {
		let suspensions = 0;
		const {instance} = start({onSuspend: () => suspensions++});
		await ready(instance);
		const list = await press(instance, 't', f => f.includes('Contents'));
		instance.stdin.write('\u001A');
		await waitForFrame(instance, f => suspensions === 1 && f === list);
	});

	test('starts at a given section', async () => {
		const {instance} = start({initialSection: 2});
		const frame = await ready(instance);
		assert.match(bottomLine(frame), /– En trussel/);
	});

	test('restores a saved place and says so', async () => {
		const {instance} = start({
			initial: {paragraph: 10, offset: 0, atHeading: true, speaker: null},
			initialMessage: 'resumed where you left off',
		});
		const frame = await ready(instance);
		assert.match(bottomLine(frame), /– En trussel · resumed where you left off/);
	});

	test('reports the place as it changes', async () => {
		const {instance, places} = start();
		await ready(instance);
		await press(instance, ']', f => bottomLine(f).includes('Russland'));
		await waitForFrame(instance, () => places.at(-1)?.atHeading === true);
		assert.equal(places.at(-1)?.paragraph, 5);
	});
});

describe('overlays', () => {
	test('t lists the sections with read marks; Enter jumps', async () => {
		const {instance} = start();
		await ready(instance);
		let frame = await press(instance, 't', f => f.includes('Contents'));
		// At 100x24 the whole lead and the start of section 2 are on screen.
		assert.match(frame, /\[x\] 1\. Lead/);
		assert.match(frame, /\[-\] 2\. Russland ønsker Biden-møte/);
		assert.match(frame, /\[ \] 4\. Norge ber Russland vise ansvar/);
		assert.match(frame, /– En trussel/);
		assert.match(frame, /Norge ber Russland vise ansvar/);
		await press(instance, keys.down, f => /> .*Russland ønsker/.test(f));
		await press(instance, keys.down, f => /> .*En trussel/.test(f));
		frame = await press(instance, keys.enter, f => !f.includes('Contents'));
		assert.match(bottomLine(frame), /– En trussel/);
	});

	test('Esc closes the contents without moving', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, 't', f => f.includes('Contents'));
		const frame = await press(instance, keys.escape, f => !f.includes('Contents'));
		assert.match(bottomLine(frame), /Lead/);
	});

	test('? shows help generated from the keymap', async () => {
		const {instance} = start();
		await ready(instance);
		const frame = await press(instance, '?', f => f.includes('Keys'));
		assert.match(frame, /next section/);
		assert.match(frame, /speaker filter/);
		assert.match(frame, /Space PgDn f Ctrl-F/, "every binding of a command is listed");
		await press(instance, '?', f => !f.includes('Keys (Esc'));
	});

	test('/ searches, highlights, and n moves to the next match', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, '/', f => bottomLine(f).startsWith('/_'));
		for (const character of 'lavrov') await press(instance, character);
		assert.ok(bottomLine(plain(instance.lastFrame())).startsWith('/lavrov_'));
		let frame = await press(instance, keys.enter, f => /match 1 of 4/.test(bottomLine(f)));
		assert.match(frame.split('\n')[1] ?? '', /Lavrov/);
		frame = await press(instance, 'n', f => /match 2 of 4/.test(bottomLine(f)));
		frame = await press(instance, 'N', f => /match 1 of 4/.test(bottomLine(f)));
	});

	test('/ and Enter alone search for the last query again, also after Esc', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, '/', f => bottomLine(f).startsWith('/_'));
		await press(instance, keys.enter, f => /no search yet/.test(bottomLine(f)));
		await press(instance, '/lavrov', f => bottomLine(f).startsWith('/lavrov_'));
		await press(instance, keys.enter, f => /match 1 of 4/.test(bottomLine(f)));
		await press(instance, '/', f => bottomLine(f).startsWith('/_'));
		await press(instance, keys.enter, f => /match 2 of 4/.test(bottomLine(f)));
		await press(instance, keys.escape, f => !/match/.test(bottomLine(f)));
		await press(instance, '/', f => bottomLine(f).startsWith('/_'));
		await press(instance, keys.enter, f => /match 2 of 4/.test(bottomLine(f)));
	});

	test('a query typed in the same burst as / is kept', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, '/rjabkov', f => bottomLine(f).startsWith('/rjabkov_'));
		await press(instance, keys.enter, f => /match 1 of 2/.test(bottomLine(f)));
	});

	test('on a long article the count follows the jump, and n in the same burst counts them all', async () => {
		const copies = Array.from({length: 40}, (_, copy) => `Del ${copy + 1}\n\n${seedText().split('\n').slice(1).join('\n')}`);
		const article = parseArticle([seedText().split('\n')[0], ...copies].join('\n'));
		const total = findMatches(buildView(article), 'lavrov').length;
		assert.ok(total > 100);
		const {instance} = start({article, speakersReady: false});
		await ready(instance);
		await press(instance, '/lavrov', f => bottomLine(f).startsWith('/lavrov_'));
		await press(instance, keys.enter, f => bottomLine(f).includes(`match 1 of ${total}`));
		await press(instance, 'n', f => bottomLine(f).includes(`match 2 of ${total}`));
		await press(instance, '/lavrov', f => bottomLine(f).startsWith('/lavrov_'));
		// The search starts where the reader is (at match 2); ten n in the same burst go past the
		// matches found before the first screen.
		await press(instance, `${keys.enter}${'n'.repeat(10)}`, f => bottomLine(f).includes(`match 12 of ${total}`));
	});

	test('search keys do not leak into the reader', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, '/', f => bottomLine(f).startsWith('/_'));
		await press(instance, 'q');
		const frame = await press(instance, ']', f => bottomLine(f).startsWith('/q]_'));
		assert.ok(frame.includes('Torsdag'));
	});

	test('s filters to one speaker and keeps the headings; clearing returns to the same paragraph', async () => {
		const {instance} = start();
		await ready(instance);
		let frame = await press(instance, 's', f => f.includes('Speakers'));
		assert.match(frame, /Sergej Lavrov \(3\)/);
		assert.match(frame, /Antony Blinken \(2\)/);
		// The list is sorted by paragraphs: Lavrov is first after "Everyone".
		frame = await press(instance, keys.down, f => /> Sergej Lavrov/.test(f));
		frame = await press(instance, keys.enter, f => bottomLine(f).includes('only Sergej Lavrov'));
		assert.match(frame, /Som president Putin har uttalt/);
		assert.doesNotMatch(frame, /Vi er dypt bekymret/);
		assert.match(frame, /paragraphs hidden/);
		assert.match(frame, /Russland ønsker Biden-møte/);
		frame = await press(instance, 's', f => f.includes('Speakers'));
		assert.match(frame, /> Sergej Lavrov/, 'the list opens on the active filter');
		await press(instance, keys.up, f => /> Everyone/.test(f));
		frame = await press(instance, keys.enter, f => bottomLine(f).includes('filter cleared'));
		assert.match(bottomLine(frame), /Russland ønsker Biden-møte/);
		assert.match(frame, /Vi er dypt bekymret|Han ber Russland|Blinkens russiske motpart/);
	});

	test('inside a filter, section keys and search see only the shown paragraphs', async () => {
		const {instance} = start({initial: {paragraph: 0, offset: 0, atHeading: false, speaker: 'Sergej Lavrov'}});
		let frame = await ready(instance);
		assert.match(bottomLine(frame), /Lead · only Sergej Lavrov/);
		frame = await press(instance, ']', f => bottomLine(f).includes('Russland ønsker Biden-møte'));
		assert.match(frame.split('\n')[1] ?? '', /Russland ønsker Biden-møte/);
		// "Blinken" occurs five times in the article but once in Lavrov's paragraphs.
		await press(instance, '/', f => bottomLine(f).startsWith('/_'));
		await press(instance, 'Blinken', f => bottomLine(f).startsWith('/Blinken_'));
		await press(instance, keys.enter, f => /match 1 of 1/.test(bottomLine(f)));
	});

	test('Enter in the contents is not also a reader key', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, '3', f => bottomLine(f).includes('– En trussel'));
		await press(instance, 't', f => f.includes('Contents'));
		const frame = await press(instance, keys.enter, f => !f.includes('Contents'));
		assert.match(frame.split('\n')[1] ?? '', /– En trussel/, 'the heading stays at the top');
	});

	test('a digit in the speaker list chooses that entry and nothing else', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, 's', f => f.includes('Speakers'));
		const frame = await press(instance, '2', f => bottomLine(f).includes('only Sergej Lavrov'));
		assert.match(bottomLine(frame), /^ Lead · only Sergej Lavrov/);
		assert.match(frame.split('\n')[1] ?? '', /paragraphs hidden/);
	});

	test('the speakers list reopened in the same burst as a choice opens on that speaker', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, 's', f => f.includes('Speakers'));
		const frame = await press(instance, '2s', f => f.includes('Speakers') && bottomLine(f).includes('only Sergej Lavrov'));
		assert.match(frame, /> Sergej Lavrov/);
	});

	test('keys that arrive together work in a list too', async () => {
		const {instance} = start();
		await ready(instance);
		await press(instance, 't', f => f.includes('Contents'));
		const frame = await press(instance, 'jj\r', f => !f.includes('Contents'));
		assert.match(bottomLine(frame), /– En trussel/);
	});

	test('a burst with a section that does not exist keeps the moves before it', async () => {
		const {instance} = start();
		const first = await ready(instance);
		const frame = await press(instance, 'jjj9', f => bottomLine(f).includes('no section 9'));
		assert.equal(frame.split('\n')[1], first.split('\n')[4]);
	});
});
