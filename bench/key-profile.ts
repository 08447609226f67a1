/**
 * Times one key path on the seed and on the long article, many rounds in turns, and can write a
 * CPU profile of the reader (for finding what a key costs on a long article).
 *
 *   node --import tsx bench/key-profile.ts filter|search [rounds] [--moves] [--prof DIR]
 *
 * --moves: j, k, ], [ between rounds, as npm run bench does. --prof: CPU profiles in DIR/seed, DIR/long.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cliPath, repoRoot, spawnInPty, type PtySession} from '../test/helpers/pty';
import {longArticle, seedArticle} from './long-article';

const [what = 'filter', roundsText = '40'] = process.argv.slice(2).filter(arg => !arg.startsWith('--') && !arg.startsWith('/'));
const profIndex = process.argv.indexOf('--prof');
const profDir = profIndex > 0 ? process.argv[profIndex + 1] : undefined;
const rounds = Number(roundsText);
const work = mkdtempSync(path.join(tmpdir(), 'avis-keyprof-'));
const longFile = path.join(work, 'long-500.txt');
writeFileSync(longFile, longArticle(seedArticle(), 500));
const seedFile = path.join(repoRoot, 'content', '2021-12-utenriks-blinken-lavrov-stockholm.txt');

const lastLine = (screen: string) => screen.split('\n').filter(line => line.trim()).at(-1) ?? '';
async function key(session: PtySession, text: string, until: (screen: string) => boolean): Promise<number> {
	await session.settle();
	const before = session.screen();
	const began = performance.now();
	session.write(text);
	try {
		await session.waitFor(screen => screen !== before && until(screen), 3000);
	} catch (error) {
		throw new Error(`no screen after ${JSON.stringify(text)}; before it:\n${before}`, {cause: error});
	}
	return performance.now() - began;
}

async function open(file: string): Promise<PtySession> {
	const node = profDir ? [`--cpu-prof`, `--cpu-prof-interval`, `100`, `--cpu-prof-dir=${path.join(profDir, file === longFile ? "long" : "seed")}`] : [];
	const session = spawnInPty('taskset', ['-c', '1', process.execPath, ...node, cliPath, file], {
		cols: 80,
		rows: 24,
		cwd: repoRoot,
		env: {AVIS_CONFIG_DIR: mkdtempSync(path.join(work, 'c-'))},
	});
	await session.waitFor('Torsdag møttes', 10_000);
	await new Promise(resolve => setTimeout(resolve, 300));
	await key(session, 's', screen => screen.includes('Speakers'));
	await new Promise(resolve => setTimeout(resolve, 50));
	await key(session, '\u001B', screen => !screen.includes('Speakers'));
	return session;
}

async function round(session: PtySession): Promise<number> {
	if (what === 'search') {
		session.write('/');
		await session.waitFor(screen => screen.includes('/_'));
		session.write('Rjabkov');
		await session.waitFor(screen => screen.includes('/Rjabkov_'));
		const time = await key(session, '\r', screen => lastLine(screen).includes('match '));
		await key(session, '\u001B', () => true);
		return time;
	}
	await key(session, 's', screen => screen.includes('Speakers'));
	await new Promise(resolve => setTimeout(resolve, 50));
	await key(session, '\u001B[B', screen => /> Sergej Lavrov|> Antony Blinken/.test(screen));
	const time = await key(session, '\r', screen => lastLine(screen).includes('only '));
	await session.settle();
	await key(session, 's', screen => screen.includes('Speakers'));
	await new Promise(resolve => setTimeout(resolve, 50));
	await key(session, '\u001B[A', screen => screen.includes('> Everyone'));
	await key(session, '\r', screen => lastLine(screen).includes('filter cleared'));
	return time;
}

try {
	// This harness on core 0, the readers on core 1, as in npm run bench.
	execFileSync('taskset', ['-cp', '0', String(process.pid)], {stdio: 'ignore'});
} catch {
	// No taskset: unpinned.
}

const seed = await open(seedFile);
const long = await open(longFile);
const times = {seed: [] as number[], long: [] as number[]};
const moves = process.argv.includes('--moves');
for (let r = 0; r < rounds; r++) {
	for (const [session, list] of [
		[seed, times.seed],
		[long, times.long],
	] as const) {
		if (moves) {
			// As npm run bench does between list rounds: three rounds of moves.
			for (let m = 0; m < 3; m++) for (const text of ['j', 'k', ']', '[']) await key(session, text, () => true);
		}
		list.push(await round(session));
	}
}
for (const session of [seed, long]) {
	session.write('q');
	await session.exited;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
console.log(`${what}: seed median ${median(times.seed).toFixed(1)} ms, long median ${median(times.long).toFixed(1)} ms, ratio ${(median(times.long) / median(times.seed)).toFixed(2)}`);
