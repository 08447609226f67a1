import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, test} from 'node:test';
import {cliPath, repoRoot, spawnAvis, spawnInPty, waitForExit, type AvisSession} from '../helpers/pty';

// Real pseudo-terminal runs of the built reader (dist/cli.js), read through @xterm/headless.
const sessions: AvisSession[] = [];
const temporary: string[] = [];
after(() => {
	for (const session of sessions) session.dispose();
	for (const folder of temporary) rmSync(folder, {recursive: true, force: true});
});

function configDir(): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'avis-pty-'));
	temporary.push(folder);
	return folder;
}

function start(args: string[] = [], options: Parameters<typeof spawnAvis>[1] = {}): AvisSession {
	const session = spawnAvis(args, {cols: 80, rows: 24, ...options});
	sessions.push(session);
	return session;
}

const bottom = (session: AvisSession) => session.line(-2).trim() || session.line(-1).trim();
const statusIs = (text: string) => (screen: string) => {
	const lines = screen.split('\n').filter(line => line.trim() !== '');
	return (lines.at(-1) ?? '').includes(text);
};

/** The last ?1049l (leave alternate screen) comes after the last ?1049h, and the cursor is shown. */
function assertRestored(raw: string) {
	const enter = raw.lastIndexOf('\u001B[?1049h');
	const leave = raw.lastIndexOf('\u001B[?1049l');
	assert.ok(enter !== -1, 'entered the alternate screen');
	assert.ok(leave > enter, 'left the alternate screen last');
	assert.ok(raw.lastIndexOf('\u001B[?25h') > raw.lastIndexOf('\u001B[?25l'), 'cursor shown at the end');
}

describe('reading in a terminal', () => {
	test('sections, contents, quit, and the place restored on the next start', async () => {
		const config = configDir();
		const first = start([], {configDir: config});
		await first.waitFor(statusIs('Lead'));
		assert.match(bottom(first), /Lead/);
		first.write(']');
		await first.waitFor(statusIs('Russland ønsker Biden-møte'));
		first.write(']');
		await first.waitFor(statusIs('– En trussel'));
		first.write('[');
		await first.waitFor(statusIs('Russland ønsker Biden-møte'));
		first.write('t');
		const contents = await first.waitFor('Contents');
		for (const heading of ['Russland ønsker Biden-møte', '– En trussel', 'Norge ber Russland vise ansvar']) {
			assert.ok(contents.includes(heading), heading);
		}
		first.write('\u001B');
		await first.waitFor(screen => !screen.includes('Contents'));
		first.write(']');
		await first.waitFor(statusIs('– En trussel'));
		first.write('q');
		assert.equal((await waitForExit(first)).exitCode, 0);
		assertRestored(first.raw());

		const second = start([], {configDir: config});
		const screen = await second.waitFor(statusIs('– En trussel'));
		assert.match(screen, /resumed where you left off/);
		assert.match(screen.split('\n')[1] ?? '', /– En trussel/);
		second.write('q');
		await waitForExit(second);
	});

	test('a speaker filter from the command line shows only that speaker', async () => {
		const session = start(['--speaker', 'Lavrov']);
		const screen = await session.waitFor(statusIs('only Sergej Lavrov'));
		assert.match(screen, /Som president Putin/);
		assert.match(screen.split('\n')[1] ?? '', /paragraphs hidden/);
		assert.doesNotMatch(screen, /Vi er dypt bekymret/);
		assert.match(screen, /only Sergej Lavrov/);
		session.write('q');
		await waitForExit(session);
	});

	test('s lists the speakers once they are attributed', async () => {
		const session = start();
		await session.waitFor('Torsdag møttes');
		session.write('s');
		const list = await session.waitFor('Speakers');
		for (const name of ['Antony Blinken', 'Sergej Lavrov (3)', 'Sergej Rjabkov', 'Anniken Huitfeldt']) {
			assert.ok(list.includes(name), name);
		}
		session.write('q');
		session.write('q');
		await waitForExit(session);
	});

	test('with the article piped into stdin, keys still come from the terminal', async () => {
		const file = path.join(repoRoot, 'test', 'fixtures', 'dev-01.txt');
		const session = start(['-'], {stdinFile: file});
		await session.waitFor('Statsminister Eivind Rødseth');
		session.write(']');
		await session.waitFor(statusIs('– Et slag mot fagmiljøene'));
		session.write('q');
		assert.equal((await waitForExit(session)).exitCode, 0);
	});

	test('resize re-wraps without ghost frames and keeps the paragraph', async () => {
		const session = start([], {cols: 100, rows: 30});
		await session.waitFor('Torsdag møttes');
		session.write('3');
		await session.waitFor(statusIs('– En trussel'));
		for (const [cols, rows] of [
			[60, 30],
			[40, 20],
			[100, 30],
		] as const) {
			session.resize(cols, rows);
			// The new frame: header as wide as the terminal, status line on the row above the spare one.
			await session.waitFor(screen => {
				const lines = screen.split('\n');
				return lines[0]!.endsWith('q quit') && lines[0]!.length === cols - 1 && lines[rows - 2]!.includes('– En trussel');
			});
		}
		await session.waitFor(screen => screen.split('\n').every(line => line.length <= 100));
		const lines = session.bufferLines();
		const headers = lines.filter(line => line.text.includes('UTENRIKS · desember 2021'));
		assert.equal(headers.length, 1, 'one header in the whole buffer, scrollback included');
		assert.equal(lines.filter(line => line.isWrapped).length, 0, 'no line wider than the terminal');
		session.write('q');
		await waitForExit(session);
	});

	test('a terminal too small shows a short message, then the article when it grows', async () => {
		const session = start();
		await session.waitFor('Torsdag møttes');
		session.resize(16, 5);
		await session.waitFor('Too small');
		session.resize(80, 24);
		await session.waitFor('Torsdag møttes');
		session.write('q');
		await waitForExit(session);
	});
});

describe('terminals that cannot give keys', () => {
	test('no keyboard at all (stdin not a terminal, no /dev/tty): plain text, never "Raw mode is not supported"', async () => {
		// setsid drops the controlling terminal, so /dev/tty cannot be opened; stdout stays a terminal.
		const session = spawnInPty('bash', ['-c', `setsid -w "${process.execPath}" "${cliPath}" < /dev/null`], {
			cols: 80,
			rows: 24,
			cwd: repoRoot,
			env: {AVIS_CONFIG_DIR: configDir()},
		});
		sessions.push(session as AvisSession);
		const exit = await waitForExit(session);
		assert.equal(exit.exitCode, 0);
		const output = session.bufferLines().map(line => line.text).join('\n');
		assert.match(output, /Norge ber Russland vise ansvar/);
		assert.doesNotMatch(output, /Raw mode/);
		assert.doesNotMatch(session.raw(), /\u001B\[\?1049h/);
	});
});

describe('Ctrl-Z in a shell with job control', () => {
	// Run directly, and under a parent in the same process group (as `npm start` runs it).
	for (const [how, command] of [
		['directly', `"${process.execPath}" "${cliPath}"`],
		['under sh -c', `sh -c '"${process.execPath}" "${cliPath}"'`],
	] as const) {
		test(`${how}: stops the reader with the shell screen back, and fg brings the same place back`, async () => {
			const dir = configDir();
			const session = spawnInPty('bash', ['--norc', '--noprofile', '-i'], {cols: 80, rows: 24, cwd: repoRoot, env: {AVIS_CONFIG_DIR: dir, PS1: 'shell$ '}, wrap: false});
			sessions.push(session as AvisSession);
			await session.waitFor('shell$');
			session.write(`${command}\r`);
			await session.waitFor('Torsdag møttes');
			session.write(']');
			await session.waitFor(screen => screen.includes('2/4'));
			session.write('\u001A');
			await session.waitFor(screen => screen.includes('Stopped') && !screen.includes('2/4') && screen.trimEnd().endsWith('shell$'));
			// The place is saved before the shell takes over.
			assert.ok(readdirSync(dir).some(name => name.endsWith('.json')));
			session.write('fg\r');
			await session.waitFor(screen => screen.includes('Russland ønsker Biden-møte') && screen.includes('2/4') && !screen.includes('Stopped'));
			session.write('q');
			await session.waitFor(screen => screen.trimEnd().endsWith('shell$') && !screen.includes('2/4'));
			session.write('exit\r');
			await waitForExit(session);
		});
	}
});

describe('a dumb terminal', () => {
	test('TERM=dumb gets the plain text, wrapped to the terminal, with no escape sequences', async () => {
		// Through env(1): node-pty sets TERM from its own `name` option.
		const session = spawnInPty('env', ['TERM=dumb', process.execPath, cliPath], {cols: 60, rows: 24, cwd: repoRoot, env: {AVIS_CONFIG_DIR: configDir()}});
		sessions.push(session as AvisSession);
		const exit = await waitForExit(session);
		assert.equal(exit.exitCode, 0);
		assert.match(session.bufferLines().map(line => line.text).join('\n'), /Norge ber Russland vise ansvar/);
		assert.doesNotMatch(session.raw(), /\u001B/);
		assert.ok(session.bufferLines().every(line => line.text.length <= 60));
	});
});

describe('every way out restores the terminal and keeps the place', () => {
	const ways: [string, (session: AvisSession) => void, number][] = [
		['q', session => session.write('q'), 0],
		['Ctrl-C', session => session.write('\u0003'), 130],
		['SIGTERM', session => session.kill('SIGTERM'), 143],
		['SIGHUP', session => session.kill('SIGHUP'), 129],
	];
	for (const [name, leave, code] of ways) {
		test(name, async () => {
			const config = configDir();
			const session = start([], {configDir: config});
			await session.waitFor('Torsdag møttes');
			session.write('4');
			await session.waitFor(statusIs('Norge ber Russland vise ansvar'));
			leave(session);
			const exit = await waitForExit(session);
			assert.equal(exit.signal ? 128 + exit.signal : exit.exitCode, code);
			if (name !== 'SIGHUP') assertRestored(session.raw());
			const state = JSON.parse(readFileSync(path.join(config, 'positions.json'), 'utf8')) as {
				articles: Record<string, {heading?: boolean; paragraph: number}>;
			};
			const [entry] = Object.values(state.articles);
			assert.equal(entry?.paragraph, 14, 'saved at the first paragraph of section 4');
			assert.equal(entry?.heading, true);
		});
	}
});

describe('saving while reading', () => {
	test('keys never write the state file; a pause after them writes it once', async () => {
		const config = configDir();
		const file = path.join(config, 'positions.json');
		const session = start([], {configDir: config});
		await session.waitFor(statusIs('Lead'));
		// Each write replaces the file (write to a temporary file, then rename): count inode changes.
		const inode = () => (existsSync(file) ? statSync(file).ino : 0);
		await new Promise(resolve => setTimeout(resolve, 1200));
		let writes = 0;
		let last = inode();
		const watch = setInterval(() => {
			const now = inode();
			if (now !== last) writes++;
			last = now;
		}, 10);
		const typingStarted = performance.now();
		for (let press = 0; press < 40; press++) {
			session.write(press % 2 ? 'k' : 'j');
			session.write('j');
			await new Promise(resolve => setTimeout(resolve, 15));
		}
		const writesWhileTyping = writes;
		// Saves wait for a pause, or at most 2 s while keys keep coming: never one per key.
		const allowed = 1 + Math.floor((performance.now() - typingStarted) / 2000);
		await new Promise(resolve => setTimeout(resolve, 1500));
		clearInterval(watch);
		assert.ok(writesWhileTyping <= allowed, `${writesWhileTyping} writes while 80 keys came`);
		assert.ok(writes >= 1 && writes <= allowed + 1, `${writes} writes in all`);
		session.write('q');
		await waitForExit(session);
	});
});

describe('saved state that cannot be trusted', () => {
	test('a corrupt state file is kept aside and the reader says so once', async () => {
		const config = configDir();
		writeFileSync(path.join(config, 'positions.json'), '{"articles": {"x":');
		const session = start([], {configDir: config});
		await session.waitFor('Torsdag møttes');
		await session.waitFor(statusIs('damaged'));
		session.write(']');
		await session.waitFor(statusIs('Russland'));
		session.write('q');
		await waitForExit(session);
		const backups = readdirSync(config).filter(name => name.includes('.corrupt-'));
		assert.equal(backups.length, 1);
		assert.equal(readFileSync(path.join(config, backups[0]!), 'utf8'), '{"articles": {"x":');
		assert.ok(existsSync(path.join(config, 'positions.json')));
	});

	test('a state folder that cannot be written: the reader works and says places are not kept', async () => {
		const config = configDir();
		const blocker = path.join(config, 'a-file');
		writeFileSync(blocker, '');
		const session = start([], {configDir: path.join(blocker, 'sub')});
		await session.waitFor('Torsdag møttes');
		await session.waitFor(statusIs('not be saved'));
		session.write('j');
		session.write('q');
		assert.equal((await waitForExit(session)).exitCode, 0);
	});

	test('two readers at once keep both places', async () => {
		const config = configDir();
		const one = start([], {configDir: config});
		const two = start([path.join(repoRoot, 'test', 'fixtures', 'dev-02.txt')], {configDir: config});
		await one.waitFor('Torsdag møttes');
		await two.waitFor('De nordiske utenriksministrene');
		one.write('3');
		two.write('2');
		await one.waitFor(statusIs('– En trussel'));
		await two.waitFor(statusIs('Vil ha felles overvåking'));
		one.write('q');
		two.write('q');
		await Promise.all([waitForExit(one), waitForExit(two)]);
		const state = JSON.parse(readFileSync(path.join(config, 'positions.json'), 'utf8')) as {articles: object};
		assert.equal(Object.keys(state.articles).length, 2);
	});
});

describe('hostile text in a real terminal', () => {
	test('no title change, no clipboard write, no hyperlink, no cleared screen', async () => {
		const file = path.join(repoRoot, 'test', 'fixtures', 'bad', 'hostile.txt');
		const session = start([file], {cols: 100, rows: 40});
		const titles: string[] = [];
		const osc: number[] = [];
		session.terminal.onTitleChange(title => titles.push(title));
		for (const code of [0, 1, 2, 8, 52]) {
			session.terminal.parser.registerOscHandler(code, () => {
				osc.push(code);
				return true;
			});
		}
		const screen = await session.waitFor(statusIs('100%'));
		for (const word of ['klippEtter', 'tømFør', 'tømEtter', 'abcfdp.exe']) assert.ok(screen.includes(word), word);
		session.write('G');
		await session.waitFor('Siste avsnitt overlever');
		session.write('q');
		await waitForExit(session);
		assert.deepEqual(titles, []);
		assert.deepEqual(osc, []);
		assert.doesNotMatch(session.raw(), /PWNED|cm0gLXJmIH4=|evil\.example/);
	});
});
