import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = path.join(root, 'test', 'fixtures');
const configDir = mkdtempSync(path.join(tmpdir(), 'avis-cli-'));
after(() => rmSync(configDir, {recursive: true, force: true}));

function avis(args: string[], options: {input?: string | Buffer; env?: Record<string, string>} = {}) {
	const result = spawnSync(process.execPath, [cli, ...args], {
		input: options.input ?? '',
		env: {...process.env, AVIS_CONFIG_DIR: configDir, ...options.env},
		encoding: 'utf8',
		timeout: 10_000,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

type Json = {
	meta: {date: string; category: string};
	title: string | null;
	sections: {heading: string | null; paragraphs: {text: string; quote: boolean; speakers: string[]}[]}[];
	speakers: {name: string; paragraphs: number}[];
};

const json = (stdout: string) => JSON.parse(stdout) as Json;
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** One short line on stderr, no stack trace. */
function assertOneLineError(result: ReturnType<typeof avis>, pattern: RegExp) {
	assert.notEqual(result.code, 0);
	assert.equal(result.stdout, '');
	const lines = result.stderr.trimEnd().split('\n');
	assert.equal(lines.length, 1, result.stderr);
	assert.match(lines[0]!, /^avis: /);
	assert.match(lines[0]!, pattern);
	assert.doesNotMatch(result.stderr, /\n\s+at /);
}

describe('output modes', () => {
	test('the bundled article is the seed, byte for byte', () => {
		const bundled = readFileSync(path.join(root, 'content', '2021-12-utenriks-blinken-lavrov-stockholm.txt'));
		assert.ok(bundled.equals(readFileSync(path.join(fixtures, 'seed-2021-12-utenriks.txt'))));
	});

	test('--speaker filters --plain and --json; an unknown name lists the known ones', () => {
		const plain = avis(['--plain', '--speaker', 'lavrov']);
		assert.equal(plain.code, 0, plain.stderr);
		for (const text of ['Blinkens russiske motpart', 'Som president Putin', 'Lavrov sier samtidig']) {
			assert.ok(plain.stdout.includes(text), text);
		}
		assert.ok(!plain.stdout.includes('Vi er dypt bekymret'));
		const filtered = json(avis(['--json', '--speaker', 'Sergej Lavrov']).stdout);
		assert.equal(filtered.sections.flatMap(section => section.paragraphs).length, 3);
		assertOneLineError(avis(['--plain', '--speaker', 'Nobody']), /known speakers: .*Sergej Lavrov/);
	});

	test('--speakers lists names with counts', () => {
		const result = avis(['--speakers']);
		assert.equal(result.code, 0);
		assert.match(result.stdout, /^Sergej Lavrov \(3\)/m);
		for (const name of ['Antony Blinken', 'Sergej Rjabkov', 'Anniken Huitfeldt']) assert.ok(result.stdout.includes(name), name);
	});

	test('--json on the bundled article: meta, 4 sections, 16 paragraphs', () => {
		const result = avis(['--json']);
		assert.equal(result.code, 0, result.stderr);
		const article = json(result.stdout);
		assert.deepEqual(article.meta, {date: '2021-12', category: 'utenriks'});
		assert.equal(article.title, null);
		assert.deepEqual(
			article.sections.map(section => section.heading),
			[null, 'Russland ønsker Biden-møte', '– En trussel', 'Norge ber Russland vise ansvar'],
		);
		assert.equal(article.sections.flatMap(section => section.paragraphs).length, 16);
		assert.ok(Array.isArray(article.speakers));
	});

	test('piped stdout gets plain text with every heading and paragraph and no escapes', () => {
		const result = avis([]);
		assert.equal(result.code, 0, result.stderr);
		const seed = json(avis(['--json']).stdout);
		for (const section of seed.sections) {
			if (section.heading) assert.ok(result.stdout.includes(section.heading), section.heading);
			for (const paragraph of section.paragraphs) assert.ok(result.stdout.includes(paragraph.text), paragraph.text);
		}
		assert.doesNotMatch(result.stdout, /\u001B/);
		assert.deepEqual(avis(['--plain']).stdout, result.stdout);
	});

	test('--width wraps plain text', () => {
		const result = avis(['--plain', '--width', '40']);
		for (const line of result.stdout.split('\n')) assert.ok([...line].length <= 40, line);
	});

	test('- reads the article from stdin', () => {
		const text = readFileSync(path.join(fixtures, 'dev-03.txt'));
		const result = avis(['--json', '-'], {input: text});
		assert.equal(result.code, 0, result.stderr);
		assert.equal(json(result.stdout).meta.category, 'lokal');
	});

	test('- waits for a slow writer (a pipe from curl)', async () => {
		const text = readFileSync(path.join(fixtures, 'dev-03.txt'));
		const child = spawn(process.execPath, [cli, '--json', '-'], {env: {...process.env, AVIS_CONFIG_DIR: configDir}});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
		const exited = once(child, 'close');
		child.stdin.write(text.subarray(0, 100));
		// The writer is slow on purpose: the rest comes well after avis has read the first part.
		await new Promise(resolve => setTimeout(resolve, 300));
		child.stdin.end(text.subarray(100));
		const [code] = (await exited) as [number | null];
		assert.equal(stderr, '');
		assert.equal(code, 0);
		assert.equal(json(stdout).meta.category, 'lokal');
	});

	test('--help and --version', () => {
		const help = avis(['--help']);
		assert.equal(help.code, 0);
		assert.match(help.stdout, /Usage/);
		assert.match(help.stdout, /--speaker NAME/);
		const version = avis(['--version']);
		assert.equal(version.code, 0);
		assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+$/);
	});

	test('--section must be within the article', () => {
		assertOneLineError(avis(['--section', '9', '--plain']), /has 4 sections/);
		assertOneLineError(avis(['--section', '0']), /whole number/);
	});

	test('an unknown flag is a one-line error', () => {
		const result = avis(['--bogus']);
		assert.notEqual(result.code, 0);
		assert.doesNotMatch(result.stderr, /\n\s+at /);
	});
});

describe('a closed pipe', () => {
	// `avis --plain long.txt | head -1`: the reader stops early; avis stops quietly.
	for (const mode of ['--plain', '--json']) {
		test(`${mode} into a pipe closed after the first chunk exits 0 with nothing on stderr`, async () => {
			const seed = readFileSync(path.join(fixtures, 'seed-2021-12-utenriks.txt'), 'utf8');
			const [dateLine, ...rest] = seed.split('\n');
			const body = rest.join('\n');
			const file = path.join(configDir, `long${mode}.txt`);
			writeFileSync(file, [dateLine, ...Array.from({length: 300}, (_, copy) => `Del ${copy + 1}\n\n${body}`)].join('\n'));
			const child = spawn(process.execPath, [cli, mode, file], {env: {...process.env, AVIS_CONFIG_DIR: configDir}});
			let stderr = '';
			child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
			child.stdout.once('data', () => child.stdout.destroy());
			const [code] = (await once(child, 'close')) as [number | null];
			assert.equal(stderr, '');
			assert.equal(code, 0);
		});
	}
});

describe('bad input: one line on stderr, non-zero exit', () => {
	const cases: [string, string[], RegExp][] = [
		['a missing file', ['/no/such/article.txt'], /no such file/],
		['a directory', [fixtures], /is a directory/],
		['an empty file', [path.join(fixtures, 'bad', 'empty.txt')], /is empty/],
		['a date line only', [path.join(fixtures, 'bad', 'date-only.txt')], /no text/],
		['a binary file', [path.join(fixtures, 'bad', 'binary.bin')], /binary/],
	];
	for (const [name, args, pattern] of cases) {
		test(name, () => {
			assertOneLineError(avis(['--plain', ...args]), pattern);
		});
	}

	test('empty stdin', () => {
		assertOneLineError(avis(['--plain', '-'], {input: ''}), /stdin is empty/);
	});

	test('an unreadable file', {skip: process.getuid?.() === 0 ? 'root reads every file' : false}, () => {
		const file = path.join(configDir, 'locked.txt');
		writeFileSync(file, 'x', {mode: 0o000});
		assertOneLineError(avis([file]), /permission denied/);
	});

	test('a 100 MB file is refused at once', () => {
		const file = path.join(configDir, 'huge.txt');
		// A sparse file: the size is what counts, not the bytes.
		const fd = openSync(file, 'w');
		ftruncateSync(fd, 100 * 1024 * 1024);
		closeSync(fd);
		const started = Date.now();
		assertOneLineError(avis([file]), /100 MB/);
		assert.ok(Date.now() - started < 2000);
	});
});


describe('odd but readable files read like the original', () => {
	const seed = json(avis(['--json']).stdout);
	for (const name of ['crlf.txt', 'bom.txt', 'latin1.txt']) {
		test(name, () => {
			const result = avis(['--json', path.join(fixtures, 'bad', name)]);
			assert.equal(result.code, 0, result.stderr);
			assert.deepEqual(json(result.stdout).sections, seed.sections);
			assert.deepEqual(json(result.stdout).meta, seed.meta);
		});
	}

	test('tabs become spaces; long lines, no headings and only headings are fine', () => {
		for (const name of ['tabs.txt', 'long-line.txt', 'no-headings.txt', 'only-headings.txt']) {
			const result = avis(['--plain', path.join(fixtures, 'bad', name)]);
			assert.equal(result.code, 0, `${name}: ${result.stderr}`);
			assert.doesNotMatch(result.stdout, /\t/);
		}
	});
});

describe('hostile text', () => {
	const expected = JSON.parse(readFileSync(path.join(fixtures, 'bad', 'hostile.expect.json'), 'utf8')) as {
		survives: string[];
		gone: string[];
	};
	for (const mode of ['--plain', '--json']) {
		test(`${mode}: no control sequences, the visible words stay`, () => {
			const result = avis([mode, path.join(fixtures, 'bad', 'hostile.txt')]);
			assert.equal(result.code, 0, result.stderr);
			assert.doesNotMatch(result.stdout, controls);
			const text = mode === '--json' ? JSON.stringify(json(result.stdout)) : result.stdout;
			for (const word of expected.survives) assert.ok(text.includes(word), `kept: ${word}`);
			for (const word of expected.gone) assert.ok(!text.includes(word), `removed: ${word}`);
		});
	}
});
