/**
 * Cost figures for the position store. Not a test; run:
 *   node --import tsx bench/store-costs.ts
 * Prints: module import (fresh processes), open (cold + warm), find, flush with 10 and 2000 entries.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};

const fmt = (n: number): string => n.toFixed(2);

const {articleIdentity, fingerprint, openPositionStore} = await import('../source/store/positions');

// Import cost in fresh plain-node processes (no tsx): conf as installed, and the store module
// bundled the way `npm run build` bundles the app (esbuild, ESM, node20).
{
	const {buildSync} = await import('esbuild');
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'avis-imp-'));
	const banner = "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);";
	const bundle = (name: string, contents: string): string => {
		const outfile = path.join(work, `${name}.mjs`);
		buildSync({stdin: {contents, resolveDir: process.cwd(), loader: 'ts'}, bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning', banner: {js: banner}});
		return outfile;
	};

	const targets: Array<[string, string]> = [
		['conf (node_modules, unbundled)', 'conf'],
		['proper-lockfile + signal-exit (bundled)', bundle('lock', 'import l from "proper-lockfile"; import {onExit} from "signal-exit"; export default [l, onExit];')],
		['conf + proper-lockfile (bundled)', bundle('conf', 'import C from "conf"; import l from "proper-lockfile"; export default [C, l];')],
		['source/store/positions (bundled)', bundle('positions', 'export * from "./source/store/positions";')],
	];
	// `-e` resolves bare specifiers from the current directory (the repo), so no file is needed.
	const script = 'const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));';
	try {
		for (const [label, target] of targets) {
			const spec = target.startsWith('/') ? `file://${target}` : target;
			const runs = Array.from({length: 9}, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script, spec], {encoding: 'utf8'})));
			console.log(`import ${label}: median ${fmt(median(runs))} ms (min ${fmt(Math.min(...runs))})`);
		}
	} finally {
		fs.rmSync(work, {recursive: true, force: true});
	}
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'avis-measure-'));
for (const count of [10, 2000]) {
	const opens: number[] = [];
	const finds: number[] = [];
	const flushes: number[] = [];
	const flushesChanged: number[] = [];
	let size = 0;
	for (let round = 0; round < 7; round++) {
		const dir = fs.mkdtempSync(path.join(root, 'd-'));
		const articles: Record<string, unknown> = {};
		const now = Date.now();
		for (let i = 0; i < count; i++) {
			articles[articleIdentity(`article ${i}`, `lead ${i}`, null).id] = {
				paragraph: i % 50, fingerprint: fingerprint(`p ${i}`), offset: 10, speaker: i % 3 ? null : 'Erna Solberg',
				read: '0-12,15,17-20', path: `/home/user/news/2024/article-${i}.txt`, savedAt: now - i, lead: fingerprint(`lead ${i}`),
			};
		}

		fs.writeFileSync(path.join(dir, 'positions.json'), JSON.stringify({schemaVersion: 1, articles}));
		let started = performance.now();
		const store = openPositionStore({cwd: dir});
		opens.push(performance.now() - started);
		const identities = [articleIdentity('article 5', 'x', null), articleIdentity('nope', 'lead 7', null), articleIdentity('nope', 'nope', '/x')];
		started = performance.now();
		for (let i = 0; i < 3000; i++) {
			store.find(identities[i % 3]!);
		}

		finds.push((performance.now() - started) / 3000 * 1000);
		store.save(articleIdentity('new', 'new', null), {paragraph: 1, fingerprint: '', offset: 0, speaker: null, read: ''});
		store.flush();
		flushes.push(store.stats.lastFlushMs);
		// Another process changed the file in between: flush must re-read and merge.
		const other = openPositionStore({cwd: dir});
		other.save(articleIdentity('other', 'other', null), {paragraph: 2, fingerprint: '', offset: 0, speaker: null, read: ''});
		other.flush();
		store.save(articleIdentity('new', 'new', null), {paragraph: 3, fingerprint: '', offset: 0, speaker: null, read: ''});
		store.flush();
		flushesChanged.push(store.stats.lastFlushMs);
		size = fs.statSync(store.path).size;
	}

	console.log(`${count} entries (${(size / 1024).toFixed(0)} KB): open cold ${fmt(opens[0]!)} ms / warm median ${fmt(median(opens.slice(1)))} ms;`
		+ ` find ${fmt(median(finds))} µs; flush (file unchanged) ${fmt(median(flushes))} ms; flush (file changed by another process) ${fmt(median(flushesChanged))} ms`);
}

fs.rmSync(root, {recursive: true});
