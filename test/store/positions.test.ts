import {buildSync} from 'esbuild';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {after, describe, test} from 'node:test';
import fc from 'fast-check';
import {
	articleIdentity,
	confDefaultFile,
	decodeRanges,
	encodeRanges,
	fingerprint,
	migrate,
	openPositionStore,
	parseState,
	type ArticleIdentity,
} from '../../source/store/positions';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'avis-store-'));
after(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

const freshDir = (): string => fs.mkdtempSync(path.join(root, 'd-'));
const pos = (paragraph: number, extra: Partial<{speaker: string | null; read: string; offset: number}> = {}) => ({
	paragraph,
	fingerprint: `fp${paragraph}`,
	offset: extra.offset ?? 0,
	speaker: extra.speaker ?? null,
	read: extra.read ?? `0-${paragraph}`,
});
const ident = (id: string, p: string | null = null, lead = ''): ArticleIdentity => ({id, path: p, lead});
const readJson = (file: string): {schemaVersion: number; articles: Record<string, Record<string, unknown>>} =>
	JSON.parse(fs.readFileSync(file, 'utf8')) as {schemaVersion: number; articles: Record<string, Record<string, unknown>>};

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) {
			throw new Error('timed out waiting');
		}

		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

const helper = path.resolve('test/helpers/store-writer.ts');
/**
 * The helper bundled into one file in the test's temporary folder: a child running as an
 * unprivileged user may not be able to read the checkout (CI clones into private folders).
 */
let bundledHelper: string | undefined;
function helperBundle(): string {
	if (!bundledHelper) {
		bundledHelper = path.join(root, 'store-writer.mjs');
		buildSync({
			entryPoints: [helper],
			outfile: bundledHelper,
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node20',
			logLevel: 'warning',
			banner: {js: "import {createRequire as avisCreateRequire} from 'node:module'; const require = avisCreateRequire(import.meta.url);"},
		});
		fs.chmodSync(bundledHelper, 0o644);
	}
	return bundledHelper;
}

function runHelper(args: string[], options: {uid?: number; gid?: number; env?: NodeJS.ProcessEnv} = {}): Promise<{code: number | null; stdout: string; stderr: string}> {
	return new Promise((resolve, reject) => {
		const unprivileged = options.uid !== undefined;
		const child = spawn(process.execPath, unprivileged ? [helperBundle(), ...args] : ['--import', 'tsx', helper, ...args], {
			cwd: unprivileged ? root : process.cwd(),
			env: options.env ?? process.env,
			uid: options.uid,
			gid: options.gid,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', code => {
			resolve({code, stdout, stderr});
		});
	});
}

describe('pure helpers', () => {
	test('encodeRanges / decodeRanges examples', () => {
		assert.equal(encodeRanges([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 17, 18, 19, 20]), '0-12,15,17-20');
		assert.equal(encodeRanges([5, 3, 4, 4, -1, 1.5, Number.NaN]), '3-5');
		assert.equal(encodeRanges([]), '');
		assert.deepEqual(decodeRanges('0-2, 7 ,9-8,x,-3,4-,,'), new Set([0, 1, 2, 7, 8, 9]));
		assert.deepEqual(decodeRanges(''), new Set());
		// A hostile range is capped instead of hanging or exhausting memory.
		assert.equal(decodeRanges('0-999999999999999').size, 100_000);
	});

	test('property: decode(encode(set)) equals set; decode never throws', () => {
		fc.assert(fc.property(fc.array(fc.nat({max: 5000}), {maxLength: 300}), list => {
			const set = new Set(list);
			assert.deepEqual(decodeRanges(encodeRanges(set)), set);
		}));
		fc.assert(fc.property(fc.string({unit: 'binary'}), s => {
			const result = decodeRanges(s);
			assert.ok(result instanceof Set);
		}));
		fc.assert(fc.property(fc.array(fc.oneof(fc.nat({max: 99}), fc.constantFrom(',', '-', ' ', 'x')), {maxLength: 40}), parts => {
			const result = decodeRanges(parts.join(''));
			for (const n of result) {
				assert.ok(Number.isSafeInteger(n) && n >= 0);
			}
		}));
	});

	test('fingerprint normalises whitespace and case, is short and stable', () => {
		const a = fingerprint('The  Minister said\n"No."');
		assert.equal(a, fingerprint('the minister SAID "No."  '));
		assert.match(a, /^[\da-f]{12}$/);
		assert.notEqual(a, fingerprint('The minister said "Yes."'));
		assert.equal(fingerprint('  \n '), '');
	});

	test('articleIdentity: CRLF and trailing blanks keep the id; path is absolute', () => {
		const a = articleIdentity('Title\n\nLead text.\n', 'Lead text.', 'content/a.txt');
		const b = articleIdentity('Title  \r\n\r\nLead text.\r\n\r\n', 'lead   TEXT.', path.resolve('content/a.txt'));
		assert.equal(a.id, b.id);
		assert.equal(a.lead, b.lead);
		assert.equal(a.path, path.resolve('content/a.txt'));
		assert.equal(articleIdentity('x', 'x', null).path, null);
		assert.notEqual(articleIdentity('x y', 'x', null).id, a.id);
	});

	test('migrate: v0 → v1, and running it twice is a no-op', () => {
		const v0 = {articles: {a: {paragraph: 1, savedAt: 5}}};
		const once = migrate(v0);
		assert.deepEqual(once, {articles: {a: {paragraph: 1, savedAt: 5}}, schemaVersion: 1});
		assert.deepEqual(migrate(once), once);
		assert.equal(migrate(once), once, 'current documents are returned as is');
		assert.deepEqual(migrate({}), {schemaVersion: 1, articles: {}});
		assert.deepEqual(migrate(migrate({})), migrate({}));
		for (const odd of [null, [], 3, 'x', {positions: {x: -1}}]) {
			assert.deepEqual(migrate(migrate(odd)), migrate(odd));
		}
	});

	test('parseState: lenient per entry, strict on the whole file', () => {
		const parsed = parseState(JSON.stringify({schemaVersion: 1, articles: {
			good: {paragraph: 2, savedAt: 10},
			full: {paragraph: 2, fingerprint: 'x', offset: 3, speaker: 'Ola', read: '0-2', path: '/a', savedAt: 11, lead: 'l', extra: true},
			bad1: {paragraph: '2', savedAt: 10},
			bad2: {paragraph: 2, savedAt: 10, speaker: 5},
			bad3: null,
			bad4: {paragraph: -1, savedAt: 1},
			bad5: {paragraph: 1, savedAt: 1, heading: 'yes'},
			head: {paragraph: 1, savedAt: 1, heading: true},
		}}));
		assert.equal(parsed.kind, 'ok');
		assert.ok(parsed.kind === 'ok');
		assert.deepEqual([...parsed.entries.keys()], ['good', 'full', 'head']);
		assert.equal(parsed.dropped, 5);
		assert.equal(parsed.entries.get('head')?.heading, true);
		assert.deepEqual(parsed.entries.get('good'), {paragraph: 2, fingerprint: '', offset: 0, speaker: null, read: '', path: null, savedAt: 10, lead: ''});
	});
});

describe('store', () => {
	test('save → flush → reopen → find; save never writes synchronously', () => {
		const dir = freshDir();
		const store = openPositionStore({cwd: dir});
		assert.equal(store.path, path.join(dir, 'positions.json'));
		assert.deepEqual(store.notices, []);
		assert.equal(store.writable, true);
		const id = articleIdentity('Some text\n\nMore', 'Some text', path.join(dir, 'a.txt'));
		store.save(id, pos(4, {speaker: 'Jonas Gahr Støre', offset: 12}));
		assert.equal(fs.existsSync(store.path), false, 'save() must not write');
		assert.equal(store.find(id)?.paragraph, 4, 'find sees unsaved positions');
		store.close();
		assert.equal(store.stats.writes, 1);

		const reopened = openPositionStore({cwd: dir});
		const found = reopened.find(id);
		assert.deepEqual(found, {
			paragraph: 4, fingerprint: 'fp4', offset: 12, speaker: 'Jonas Gahr Støre', read: '0-4',
			path: id.path, savedAt: found?.savedAt, heading: false, matchedBy: 'id',
		});
		const heading = ident('at-heading');
		reopened.save(heading, {...pos(2), heading: true});
		reopened.close();
		assert.equal(openPositionStore({cwd: dir}).find(heading)?.heading, true);
		assert.equal(readJson(reopened.path).articles[id.id]?.['heading'], undefined, 'heading stored only when true');
		assert.equal(typeof found?.savedAt, 'number');
		assert.deepEqual(reopened.notices, []);
		assert.equal(readJson(reopened.path).schemaVersion, 1);
		reopened.close();
	});

	test('find by moved path (edited file) and by lead hash (moved file)', () => {
		const dir = freshDir();
		const store = openPositionStore({cwd: dir});
		const original = articleIdentity('Lead para.\n\nBody one.', 'Lead para.', '/news/a.txt');
		store.save(original, pos(9));
		store.close();
		const reopened = openPositionStore({cwd: dir});
		const edited = articleIdentity('Lead para.\n\nBody one, edited.', 'Lead para.', '/news/a.txt');
		assert.equal(reopened.find(edited)?.matchedBy, 'path');
		assert.equal(reopened.find(edited)?.paragraph, 9);
		const moved = articleIdentity('Lead para.\n\nBody one, edited again.', 'Lead  PARA.', '/elsewhere/b.txt');
		assert.equal(reopened.find(moved)?.matchedBy, 'lead');
		const same = articleIdentity('Lead para.\n\nBody one.', 'Lead para.', null);
		assert.equal(reopened.find(same)?.matchedBy, 'id');
		assert.equal(reopened.find(articleIdentity('Other', 'Other', '/x.txt')), undefined);
		assert.equal(reopened.find(ident('none', null, '')), undefined, 'empty lead never matches');
		reopened.close();
		assert.equal(reopened.stats.writes, 0, 'lookups alone never write');
	});

	test('debounce: many saves, one write, last values win; timer only while pending', async () => {
		const dir = freshDir();
		const store = openPositionStore({cwd: dir, debounceMs: 40});
		const id = ident('article');
		for (let i = 0; i < 100; i++) {
			store.save(id, pos(i));
		}

		assert.equal(store.stats.writes, 0);
		await waitFor(() => store.stats.writes > 0);
		const inode = fs.statSync(store.path).ino;
		await new Promise(resolve => setTimeout(resolve, 120));
		assert.equal(store.stats.writes, 1);
		assert.equal(fs.statSync(store.path).ino, inode, 'no second write');
		assert.equal(readJson(store.path).articles['article']?.['paragraph'], 99);
	});

	test('debounce has a max wait: continuous saving still writes', async () => {
		const dir = freshDir();
		const store = openPositionStore({cwd: dir, debounceMs: 40, maxWaitMs: 80});
		const started = Date.now();
		let i = 0;
		while (Date.now() - started < 250) {
			store.save(ident('scrolling'), pos(i++));
			await new Promise(resolve => setTimeout(resolve, 5));
		}

		const during = store.stats.writes;
		assert.ok(during >= 1 && during <= 4, `writes while scrolling: ${during}`);
		store.close();
	});

	test('the debounce timer never keeps the process alive; flushOnExit saves on natural exit and SIGTERM', async () => {
		const dir = freshDir();
		const started = Date.now();
		const result = await runHelper(['exit', dir, 'natural']);
		assert.equal(result.code, 0, result.stderr);
		assert.ok(Date.now() - started < 8000);
		assert.equal(readJson(path.join(dir, 'positions.json')).articles['natural']?.['paragraph'], 7);

		const child = spawn(process.execPath, ['--import', 'tsx', helper, 'hang', dir, 'killed'], {stdio: ['ignore', 'pipe', 'inherit']});
		await new Promise<void>(resolve => {
			child.stdout.on('data', (chunk: Buffer) => {
				if (chunk.toString().includes('ready')) {
					resolve();
				}
			});
		});
		const closed = new Promise(resolve => child.on('close', resolve));
		child.kill('SIGTERM');
		await closed;
		assert.equal(readJson(path.join(dir, 'positions.json')).articles['killed']?.['paragraph'], 7);
	});

	for (const [name, bytes] of [
		['empty file', ''],
		['truncated JSON', '{"a":'],
		['BOM + {}', '\uFEFF{}'],
		['null', 'null'],
		['array', '[]'],
		['articles is an array', '{"schemaVersion":1,"articles":[]}'],
		['schemaVersion is a string', '{"schemaVersion":"1","articles":{}}'],
		['unknown shape', '{"positions":{"x":-1}}'],
	] as const) {
		test(`corrupt file (${name}): moved aside with its bytes, fresh start, one notice, new saves persist`, () => {
			const dir = freshDir();
			const file = path.join(dir, 'positions.json');
			const original = Buffer.from(bytes, 'utf8');
			fs.writeFileSync(file, original);
			const store = openPositionStore({cwd: dir});
			assert.equal(store.notices.length, 1, String(store.notices));
			assert.equal(store.writable, true);
			const backups = fs.readdirSync(dir).filter(f => f.startsWith('positions.json.corrupt-'));
			assert.equal(backups.length, 1);
			assert.ok(store.notices[0]!.includes(path.join(dir, backups[0]!)), store.notices[0]);
			assert.deepEqual(fs.readFileSync(path.join(dir, backups[0]!)), original);
			assert.equal(store.size, 0);
			store.save(ident('after'), pos(3));
			store.close();
			const reopened = openPositionStore({cwd: dir});
			assert.deepEqual(reopened.notices, []);
			assert.equal(reopened.find(ident('after'))?.paragraph, 3);
		});
	}

	test('one bad entry: the good ones are kept, the original is copied aside, the file is cleaned', () => {
		const dir = freshDir();
		const file = path.join(dir, 'positions.json');
		const text = JSON.stringify({schemaVersion: 1, articles: {
			a: {paragraph: 1, fingerprint: 'x', offset: 0, speaker: null, read: '0-1', path: null, savedAt: 1, lead: ''},
			b: {paragraph: 'two', savedAt: 2},
			c: {paragraph: 3, fingerprint: 'z', offset: 0, speaker: 'Ola', read: '', path: '/c', savedAt: 3, lead: 'lc'},
		}}, null, 2);
		fs.writeFileSync(file, text);
		const store = openPositionStore({cwd: dir});
		assert.equal(store.notices.length, 1);
		assert.match(store.notices[0]!, /1 damaged reading position/);
		const backups = fs.readdirSync(dir).filter(f => f.startsWith('positions.json.corrupt-'));
		assert.equal(backups.length, 1);
		assert.equal(fs.readFileSync(path.join(dir, backups[0]!), 'utf8'), text);
		assert.equal(store.find(ident('a'))?.paragraph, 1);
		assert.equal(store.find(ident('c'))?.speaker, 'Ola');
		assert.equal(store.find(ident('b')), undefined);
		assert.deepEqual(Object.keys(readJson(file).articles).sort(), ['a', 'c'], 'cleaned at once');
		const reopened = openPositionStore({cwd: dir});
		assert.deepEqual(reopened.notices, [], 'no second backup on the next start');
		assert.equal(fs.readdirSync(dir).filter(f => f.startsWith('positions.json.corrupt-')).length, 1);
	});

	test('a file damaged while running is moved aside at flush; memory is the base', () => {
		const dir = freshDir();
		const first = openPositionStore({cwd: dir});
		first.save(ident('old'), pos(1));
		first.close();
		const store = openPositionStore({cwd: dir});
		fs.writeFileSync(store.path, '{"trunc');
		store.save(ident('new'), pos(2));
		store.flush();
		assert.equal(store.notices.length, 1);
		assert.match(store.notices[0]!, /moved to .*corrupt-/);
		const articles = readJson(store.path).articles;
		assert.deepEqual(Object.keys(articles).sort(), ['new', 'old']);
	});

	test('unwritable folder (path under a regular file): reader works, writable=false, one notice, no throw', () => {
		const dir = freshDir();
		fs.writeFileSync(path.join(dir, 'file.txt'), 'x');
		const store = openPositionStore({cwd: path.join(dir, 'file.txt', 'sub')});
		assert.equal(store.writable, false);
		assert.equal(store.notices.length, 1);
		assert.match(store.notices[0]!, /^Reading positions will not be saved: .*ENOTDIR/);
		store.save(ident('x'), pos(1));
		assert.doesNotThrow(() => store.flush());
		assert.doesNotThrow(() => store.close());
		assert.equal(store.find(ident('x'))?.paragraph, 1, 'kept in memory for this session');
		assert.equal(store.notices.length, 1);
	});

	test('AVIS_CONFIG_DIR is honoured (and an unwritable one is reported)', () => {
		const dir = freshDir();
		const saved = process.env['AVIS_CONFIG_DIR'];
		try {
			process.env['AVIS_CONFIG_DIR'] = dir;
			const store = openPositionStore();
			assert.equal(store.path, path.join(dir, 'positions.json'));
			fs.writeFileSync(path.join(dir, 'plain'), '');
			process.env['AVIS_CONFIG_DIR'] = path.join(dir, 'plain', 'sub');
			assert.equal(openPositionStore().writable, false);
		} finally {
			if (saved === undefined) {
				delete process.env['AVIS_CONFIG_DIR'];
			} else {
				process.env['AVIS_CONFIG_DIR'] = saved;
			}
		}
	});

	test('default folder matches conf\'s own (projectName avis, XDG_CONFIG_HOME)', () => {
		const xdg = freshDir();
		const saved = {x: process.env['XDG_CONFIG_HOME'], a: process.env['AVIS_CONFIG_DIR']};
		try {
			process.env['XDG_CONFIG_HOME'] = xdg;
			delete process.env['AVIS_CONFIG_DIR'];
			const store = openPositionStore();
			assert.equal(store.path, confDefaultFile());
			assert.equal(store.path, path.join(xdg, 'avis-nodejs', 'positions.json'));
		} finally {
			for (const [key, value] of [['XDG_CONFIG_HOME', saved.x], ['AVIS_CONFIG_DIR', saved.a]] as const) {
				if (value === undefined) {
					delete process.env[key];
				} else {
					process.env[key] = value;
				}
			}
		}
	});

	test('read-only folder with a readable file: find works, writable=false (run as an unprivileged user when root)', async t => {
		const isRoot = process.getuid?.() === 0;
		if (!isRoot && process.platform === 'win32') {
			t.skip('no chmod semantics');
			return;
		}

		const dir = freshDir();
		const seed = openPositionStore({cwd: dir});
		seed.save(ident('kept'), pos(5));
		seed.close();
		fs.chmodSync(path.join(dir, 'positions.json'), 0o644);
		fs.chmodSync(dir, 0o555);
		fs.chmodSync(root, 0o755);
		try {
			const result = await runHelper(['probe', dir, 'kept'], isRoot ? {uid: 65534, gid: 65534, env: {...process.env, HOME: '/tmp'}} : {});
			assert.equal(result.code, 0, result.stderr);
			const report = JSON.parse(result.stdout) as {writable: boolean; notices: string[]; found: {paragraph: number} | null};
			assert.equal(report.writable, false);
			assert.equal(report.notices.length, 1);
			assert.match(report.notices[0]!, /^Reading positions will not be saved: .*EACCES/);
			assert.equal(report.found?.paragraph, 5);
		} finally {
			fs.chmodSync(dir, 0o755);
		}
	});

	test('pruning keeps the most recent N by savedAt', () => {
		const dir = freshDir();
		const articles: Record<string, unknown> = {};
		for (let i = 1; i <= 10; i++) {
			articles[`a${i}`] = {paragraph: i, fingerprint: '', offset: 0, speaker: null, read: '', path: null, savedAt: i, lead: ''};
		}

		fs.writeFileSync(path.join(dir, 'positions.json'), JSON.stringify({schemaVersion: 1, articles}));
		const store = openPositionStore({cwd: dir, maxEntries: 5});
		assert.equal(store.size, 10, 'reading never prunes');
		store.save(ident('newest'), pos(1));
		store.flush();
		assert.deepEqual(Object.keys(readJson(store.path).articles).sort(), ['a10', 'a7', 'a8', 'a9', 'newest']);
		assert.equal(store.size, 5);
		assert.equal(store.find(ident('a1')), undefined);
	});

	test('dotted and odd ids are stored verbatim', () => {
		const dir = freshDir();
		const ids = ['https://news.example.com/a.html', 'a.b.c', '__proto__', 'constructor', 'prototype', '__internal__', 'with space', 'æøå 日本', '..', '[0]'];
		const store = openPositionStore({cwd: dir});
		ids.forEach((id, i) => {
			store.save(ident(id), pos(i + 1));
		});
		store.close();
		assert.deepEqual(store.notices, []);
		const keys = Object.keys(readJson(store.path).articles);
		assert.deepEqual(keys.sort(), [...ids].sort());
		const reopened = openPositionStore({cwd: dir});
		ids.forEach((id, i) => {
			assert.equal(reopened.find(ident(id))?.paragraph, i + 1, id);
		});
		assert.equal(({} as Record<string, unknown>)['paragraph'], undefined, 'no prototype pollution');
	});

	test('two stores in one process merge instead of overwriting', () => {
		const dir = freshDir();
		const a = openPositionStore({cwd: dir});
		const b = openPositionStore({cwd: dir});
		a.save(ident('from-a'), pos(1));
		a.flush();
		b.save(ident('from-b'), pos(2));
		b.flush();
		assert.deepEqual(Object.keys(readJson(a.path).articles).sort(), ['from-a', 'from-b']);
		assert.equal(b.find(ident('from-a'))?.paragraph, 1, 'b learned a\'s entry at flush');
		// Newer savedAt wins for the same id.
		a.save(ident('from-b'), pos(9));
		a.flush();
		assert.equal(readJson(a.path).articles['from-b']?.['paragraph'], 9);
	});

	test('a stale lock (crashed process) is broken; a live lock makes flush keep the changes for later', async () => {
		const dir = freshDir();
		const store = openPositionStore({cwd: dir, lockWaitMs: 40, debounceMs: 30});
		const lockDir = `${store.path}.lock`;
		fs.mkdirSync(lockDir);
		const old = new Date(Date.now() - 60_000);
		fs.utimesSync(lockDir, old, old);
		store.save(ident('a'), pos(1));
		store.flush();
		assert.equal(store.stats.writes, 1, 'stale lock broken');
		assert.equal(fs.existsSync(lockDir), false);

		fs.mkdirSync(lockDir);
		store.save(ident('b'), pos(2));
		const started = Date.now();
		store.flush();
		assert.ok(Date.now() - started < 1000);
		assert.equal(store.stats.writes, 1, 'no write while another process holds the lock');
		assert.equal(store.writable, true);
		assert.deepEqual(store.notices, []);
		fs.rmdirSync(lockDir);
		await waitFor(() => store.stats.writes === 2);
		assert.equal(readJson(store.path).articles['b']?.['paragraph'], 2);
	});

	test('v0 file (no schemaVersion) is migrated; newer schema is read but never changed', () => {
		const dir = freshDir();
		const file = path.join(dir, 'positions.json');
		fs.writeFileSync(file, JSON.stringify({articles: {old: {paragraph: 4, savedAt: 1}}}));
		const store = openPositionStore({cwd: dir});
		assert.deepEqual(store.notices, []);
		assert.equal(store.find(ident('old'))?.paragraph, 4);
		store.save(ident('x'), pos(1));
		store.flush();
		assert.equal(readJson(file).schemaVersion, 1);
		assert.equal(readJson(file).articles['old']?.['paragraph'], 4);

		const future = JSON.stringify({schemaVersion: 2, articles: {f: {paragraph: 6, savedAt: 1}}, more: true});
		fs.writeFileSync(file, future);
		const newer = openPositionStore({cwd: dir});
		assert.equal(newer.writable, false);
		assert.equal(newer.notices.length, 1);
		assert.match(newer.notices[0]!, /newer version/);
		assert.equal(newer.find(ident('f'))?.paragraph, 6);
		newer.save(ident('y'), pos(1));
		newer.close();
		assert.equal(fs.readFileSync(file, 'utf8'), future);
	});
});
