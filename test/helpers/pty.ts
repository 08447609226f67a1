/**
 * Pseudo-terminal test harness: runs a program under node-pty and feeds everything it prints
 * into an @xterm/headless emulator, so tests can assert on the screen a user would see.
 *
 *   const session = spawnAvis(['test/fixtures/seed-2021-12-utenriks.txt'], {cols: 100, rows: 30});
 *   try {
 *     await session.waitFor('Russland ønsker Biden-møte');
 *     session.write('j');
 *     await session.waitFor(screen => screen.includes('> '));
 *     session.write('q');
 *     assert.equal((await waitForExit(session)).exitCode, 0);
 *   } finally {
 *     session.dispose();
 *   }
 *
 * - The child env has `CI`, every `CI_*` and `CONTINUOUS_INTEGRATION` removed (Ink renders only
 *   the last frame under CI, even with CI=''), plus `COLUMNS`/`LINES` (so the pty size wins) and
 *   `NODE_TEST_CONTEXT`; `TERM=xterm-256color`. `options.env` is applied last: a value sets,
 *   `undefined` deletes (so a test can put `CI` back on purpose).
 * - `waitFor` re-checks on every chunk the emulator has finished parsing: no fixed sleeps.
 * - `exited` resolves only after the emulator has parsed every byte the child wrote, so the
 *   final screen is complete when it resolves.
 * - Output is not lost at exit. Plain node-pty on Linux drops the child's last output when the
 *   pty's session leader exits before the master has read it (microsoft/node-pty#72, #726;
 *   measured here: 2–4 of 20 runs of a 40 KB fast-exiting child lost the tail, for good, while
 *   the test process was busy). So by default the command runs under a tiny node wrapper
 *   (the session leader) that reports the child's pid and exit code/signal with a private OSC
 *   (`ESC ] 7701 ; … BEL`, swallowed by the emulator and removed from raw()) and stays alive
 *   until the harness has parsed that OSC. `wrap: false` runs the command directly.
 * - `kill()` signals the child's whole process group (a `bash -c 'cat f | node …'` wrapper and
 *   the node inside it alike; the harness wrapper ignores catchable signals); default SIGTERM.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import nodePty from '@lydell/node-pty';
import type {IPty} from '@lydell/node-pty';
import xterm from '@xterm/headless';
import type {Terminal} from '@xterm/headless';

export type ExitInfo = {exitCode: number; signal?: number};

export type WaitPredicate = string | RegExp | ((screen: string) => boolean);

export type BufferLineInfo = {text: string; isWrapped: boolean};

export type PtySession = {
	/** Pid of the pty's direct child (the wrapper unless `wrap: false`); also the process group id. */
	readonly pid: number;
	/** Pid of the command itself once known (with the wrapper: reported shortly after spawn). */
	appPid(): number | undefined;
	/** Sends input as typed keys (`'\r'` is Enter, `'\x1b[B'` is Down, `'\x03'` is Ctrl+C). */
	write(data: string): void;
	/**
	 * Resolves with the screen once `predicate(screen)` holds (a string means "screen includes").
	 * Rejects with a PtyWaitError carrying the current screen after `timeoutMs` (default 5000),
	 * or as soon as the child has exited without the predicate holding.
	 */
	waitFor(predicate: WaitPredicate, timeoutMs?: number): Promise<string>;
	/** Like waitFor, but tested against all raw output received so far (escape sequences included). */
	waitForRaw(predicate: WaitPredicate, timeoutMs?: number): Promise<string>;
	/** Resolves once the emulator has parsed everything received so far. */
	settle(): Promise<void>;
	/** The visible screen: `rows` lines joined by `\n`, trailing spaces trimmed per line. */
	screen(): string;
	/** One visible row; negative rows count from the bottom (-1 is the bottom row). */
	line(row: number): string;
	/**
	 * Every line of a buffer, scrollback included, oldest first. Default: the active one (the
	 * alternate screen while an app uses it, which has no scrollback); 'normal' for the shell's.
	 */
	bufferLines(which?: 'active' | 'normal' | 'alternate'): BufferLineInfo[];
	/** Resizes the pty (the child gets SIGWINCH) and the emulator together. */
	resize(cols: number, rows: number): void;
	readonly cols: number;
	readonly rows: number;
	/** All output received so far, as decoded by node-pty (UTF-8). */
	readonly raw: () => string;
	/** The emulator: register OSC handlers, listen to onTitleChange, inspect buffers. */
	readonly terminal: Terminal;
	/** Resolves (never rejects) when the child has exited and all its output is parsed. */
	readonly exited: Promise<ExitInfo>;
	/** The exit info once known, otherwise undefined. */
	exitInfo(): ExitInfo | undefined;
	/** Signals the child's process group (default SIGTERM). No-op after exit. SIGKILL also kills the wrapper. */
	kill(signal?: NodeJS.Signals): void;
	/** Signals only the command (appPid), not the group. */
	signalApp(signal?: NodeJS.Signals): void;
	/** The pty's slave device, e.g. /dev/pts/3. */
	readonly ptsName: string | undefined;
	/** `stty -a` of the pty now (throws once the pty is closed). */
	stty(): string;
	/**
	 * `stty -a` of the pty taken right after the command exited, before the pty closed (wrapper
	 * only; undefined otherwise). E.g. check /(^| )icanon( |$)/ and / echo( |$)/ after a crash.
	 */
	exitTty(): string | undefined;
	/** Kills the child if still running (SIGKILL), rejects pending waits, frees the emulator. */
	dispose(): void;
};

export type SpawnOptions = {
	cols?: number;
	rows?: number;
	env?: Record<string, string | undefined>;
	cwd?: string;
	/** Emulator scrollback lines (default 5000). */
	scrollback?: number;
	/** Run under the exit-reporting wrapper so no output is lost at exit (default true). */
	wrap?: boolean;
};

/** OSC number the wrapper reports on; not used by any terminal. */
const harnessOsc = 7701;
const harnessOscPattern = new RegExp(`\\x1b\\]${harnessOsc};[^\\x07]*\\x07`, 'g');

/**
 * Runs `argv` with inherited stdio; reports `pid=N`, then `exit=CODE;signal=NUMBER` via OSC
 * 7701 and waits (at most 10 s) for SIGUSR2 before exiting, so the pty is not hung up before
 * the harness has read everything. Catchable signals sent to the process group only reach the
 * command (handlers, unlike SIG_IGN, are not inherited by the command).
 */
const wrapperScript = `
const {spawn} = require('node:child_process');
const {writeSync} = require('node:fs');
const {constants} = require('node:os');
const osc = text => writeSync(1, '\\x1b]${harnessOsc};' + text + '\\x07');
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGTSTP', 'SIGUSR1']) process.on(s, () => {});
process.on('SIGUSR2', () => process.exit(0));
const hold = () => setTimeout(() => process.exit(0), 10000);
const [command, ...args] = process.argv.slice(1);
const child = spawn(command, args, {stdio: 'inherit'});
child.on('spawn', () => osc('pid=' + child.pid));
child.on('error', error => { writeSync(2, String(error) + '\\n'); osc('exit=127;signal='); hold(); });
child.on('exit', (code, signal) => { osc('exit=' + (code ?? 0) + ';signal=' + (signal ? constants.signals[signal] : '')); hold(); });
`;

export class PtyWaitError extends Error {
	readonly screen: string;
	constructor(message: string, screen: string) {
		super(`${message}\n--- screen ---\n${screen}\n--------------`);
		this.name = 'PtyWaitError';
		this.screen = screen;
	}
}

/** The repository root (this file lives in test/helpers). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(repoRoot, 'dist', 'cli.js');

/** process.env minus the variables that change how Ink (or terminal-size probes) behave. */
export function childEnv(overrides: Record<string, string | undefined> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined) continue;
		if (key === 'CI' || key.startsWith('CI_') || key === 'CONTINUOUS_INTEGRATION') continue;
		if (key === 'COLUMNS' || key === 'LINES' || key === 'NODE_TEST_CONTEXT') continue;
		env[key] = value;
	}
	env.TERM = 'xterm-256color';
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) delete env[key];
		else env[key] = value;
	}
	return env;
}

function toTest(predicate: WaitPredicate): (text: string) => boolean {
	if (typeof predicate === 'string') return text => text.includes(predicate);
	if (predicate instanceof RegExp) {
		return text => {
			predicate.lastIndex = 0;
			return predicate.test(text);
		};
	}
	return predicate;
}

function describePredicate(predicate: WaitPredicate): string {
	if (typeof predicate === 'string') return JSON.stringify(predicate);
	if (predicate instanceof RegExp) return String(predicate);
	return predicate.name ? `predicate ${predicate.name}` : 'predicate';
}

/** One buffer row as text, trailing spaces removed (written spaces too, not just empty cells). */
function rowText(terminal: Terminal, y: number): string {
	return terminal.buffer.active.getLine(y)?.translateToString(true).replace(/ +$/, '') ?? '';
}

type Waiter = {
	check: () => boolean;
	fail: (why: string) => void;
};

export function spawnInPty(command: string, args: string[], options: SpawnOptions = {}): PtySession {
	let cols = options.cols ?? 100;
	let rows = options.rows ?? 30;
	const terminal: Terminal = new xterm.Terminal({
		cols,
		rows,
		allowProposedApi: true,
		scrollback: options.scrollback ?? 5000,
	});
	const wrap = options.wrap ?? true;
	const argv = args.map(arg => String(arg));
	const child: IPty = nodePty.spawn(
		wrap ? process.execPath : command,
		wrap ? ['-e', wrapperScript, '--', command, ...argv] : argv,
		{
			name: 'xterm-256color',
			cols,
			rows,
			cwd: options.cwd ?? process.cwd(),
			env: childEnv(options.env),
		},
	);

	let output = '';
	let disposed = false;
	let exitInfo: ExitInfo | undefined;
	let appPid: number | undefined = wrap ? undefined : child.pid;
	let exitTty: string | undefined;
	const ptsName = (child as unknown as {_pty?: string})._pty;
	const stty = (): string => {
		if (!ptsName) throw new Error('pty device name unknown');
		return execFileSync('stty', ['-a', '-F', ptsName], {encoding: 'utf8'});
	};
	const waiters = new Set<Waiter>();

	const checkWaiters = (): void => {
		for (const waiter of waiters) waiter.check();
	};

	const screen = (): string => {
		const base = terminal.buffer.active.baseY;
		const lines: string[] = [];
		for (let y = 0; y < terminal.rows; y++) lines.push(rowText(terminal, base + y));
		return lines.join('\n');
	};

	const settle = (): Promise<void> =>
		new Promise(resolve => {
			if (disposed) resolve();
			else terminal.write('', () => resolve());
		});

	child.onData(data => {
		if (disposed) return;
		output += data;
		terminal.write(data, checkWaiters);
	});

	let resolveExited: (info: ExitInfo) => void = () => {};
	const exited = new Promise<ExitInfo>(resolve => {
		resolveExited = resolve;
	});
	/** Called once the emulator has parsed everything up to the exit: resolves `exited`. */
	const finish = (info: ExitInfo): void => {
		if (exitInfo) return;
		exitInfo = info;
		resolveExited(info);
		checkWaiters();
		for (const waiter of waiters) waiter.fail(`process exited (${JSON.stringify(info)})`);
	};

	if (wrap) {
		terminal.parser.registerOscHandler(harnessOsc, data => {
			const pid = /^pid=(\d+)$/.exec(data);
			if (pid) appPid = Number(pid[1]);
			const exit = /^exit=(-?\d+);signal=(\d*)$/.exec(data);
			if (exit) {
				try {
					exitTty = stty();
				} catch {
					exitTty = undefined;
				}
				const info: ExitInfo = exit[2] ? {exitCode: Number(exit[1]), signal: Number(exit[2])} : {exitCode: Number(exit[1])};
				// This handler runs mid-parse: finish once the rest of the pending data is parsed too,
				// then let the wrapper (and so the pty) go.
				void settle().then(() => {
					finish(info);
					try {
						process.kill(child.pid, 'SIGUSR2');
					} catch {
						// Already gone.
					}
				});
			}
			return true;
		});
	}

	child.onExit(({exitCode, signal}) => {
		// Without the wrapper's report (wrap: false, or the wrapper was killed): node-pty emits exit
		// after its socket closed, so the data events came first; wait for the emulator to catch up.
		void settle().then(() => finish(signal ? {exitCode, signal} : {exitCode}));
	});

	const wait = (predicate: WaitPredicate, timeoutMs: number, source: () => string, what: string): Promise<string> =>
		new Promise((resolve, reject) => {
			const test = toTest(predicate);
			let timer: NodeJS.Timeout | undefined;
			const waiter: Waiter = {
				check() {
					let ok: boolean;
					try {
						ok = test(source());
					} catch (error) {
						waiters.delete(waiter);
						clearTimeout(timer);
						reject(error);
						return true;
					}
					if (!ok) return false;
					waiters.delete(waiter);
					clearTimeout(timer);
					resolve(source());
					return true;
				},
				fail(why) {
					waiters.delete(waiter);
					clearTimeout(timer);
					reject(new PtyWaitError(`${what} ${describePredicate(predicate)}: ${why}`, screen()));
				},
			};
			if (waiter.check()) return;
			if (exitInfo || disposed) {
				waiter.fail(disposed ? 'session disposed' : `process exited (${JSON.stringify(exitInfo)})`);
				return;
			}
			waiters.add(waiter);
			timer = setTimeout(() => waiter.fail(`timed out after ${timeoutMs} ms`), timeoutMs);
		});

	const session: PtySession = {
		pid: child.pid,
		appPid: () => appPid,
		write(data) {
			if (!exitInfo && !disposed) child.write(data);
		},
		waitFor: (predicate, timeoutMs = 5000) => wait(predicate, timeoutMs, screen, 'waitFor'),
		waitForRaw: (predicate, timeoutMs = 5000) => wait(predicate, timeoutMs, () => output, 'waitForRaw'),
		settle,
		screen,
		line(row) {
			const y = row < 0 ? terminal.rows + row : row;
			if (y < 0 || y >= terminal.rows) return '';
			return rowText(terminal, terminal.buffer.active.baseY + y);
		},
		bufferLines(which = 'active') {
			const buffer = terminal.buffer[which];
			const lines: BufferLineInfo[] = [];
			for (let y = 0; y < buffer.length; y++) {
				const line = buffer.getLine(y);
				if (line) lines.push({text: line.translateToString(true).replace(/ +$/, ''), isWrapped: line.isWrapped});
			}
			return lines;
		},
		resize(newCols, newRows) {
			cols = newCols;
			rows = newRows;
			terminal.resize(newCols, newRows);
			if (!exitInfo && !disposed) child.resize(newCols, newRows);
		},
		get cols() {
			return cols;
		},
		get rows() {
			return rows;
		},
		raw: () => (wrap ? output.replace(harnessOscPattern, '') : output),
		terminal,
		exited,
		exitInfo: () => exitInfo,
		kill(signal = 'SIGTERM') {
			if (exitInfo) return;
			try {
				process.kill(-child.pid, signal);
			} catch {
				try {
					child.kill(signal);
				} catch {
					// Already gone.
				}
			}
		},
		ptsName,
		stty,
		exitTty: () => exitTty,
		signalApp(signal = 'SIGTERM') {
			if (exitInfo || appPid === undefined) return;
			try {
				process.kill(appPid, signal);
			} catch {
				// Already gone.
			}
		},
		dispose() {
			if (disposed) return;
			if (!exitInfo) session.kill('SIGKILL');
			for (const waiter of waiters) waiter.fail('session disposed');
			disposed = true;
			// Free the emulator once the child is gone (its last data events are ignored).
			void exited.then(() => terminal.dispose());
		},
	};
	return session;
}

/** Waits for the child to exit; rejects with the current screen after `timeoutMs` (default 5000). */
export async function waitForExit(session: PtySession, timeoutMs = 5000): Promise<ExitInfo> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new PtyWaitError(`waitForExit: still running after ${timeoutMs} ms`, session.screen())),
			timeoutMs,
		);
	});
	try {
		return await Promise.race([session.exited, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

export type AvisOptions = SpawnOptions & {
	/** Sets AVIS_CONFIG_DIR. If omitted, a fresh temp dir is made and removed on dispose(). */
	configDir?: string;
	/** Runs the reader with this file on stdin, via bash: `cat FILE | node dist/cli.js ARGS` (pipe, default) or `node dist/cli.js ARGS < FILE` (redirect). */
	stdinFile?: string;
	stdinVia?: 'pipe' | 'redirect';
	/** Script to run instead of dist/cli.js (for testing the harness itself). */
	entry?: string;
	/** Extra node flags, e.g. ['--cpu-prof']. */
	nodeArgs?: string[];
};

export type AvisSession = PtySession & {readonly configDir: string};

/**
 * Runs the built reader (`node dist/cli.js …`, cwd = repo root) in a pty. Build first
 * (`npm run build`). With `stdinFile`, pass whatever args the CLI needs to read stdin (e.g. '-').
 */
export function spawnAvis(args: string[], options: AvisOptions = {}): AvisSession {
	const entry = options.entry ?? cliPath;
	if (!existsSync(entry)) throw new Error(`${entry} does not exist: run \`npm run build\` first`);
	const ownConfigDir = options.configDir === undefined;
	const configDir = options.configDir ?? mkdtempSync(join(tmpdir(), 'avis-test-'));
	const env = {AVIS_CONFIG_DIR: configDir, ...options.env};
	const spawnOptions: SpawnOptions = {...options, cwd: options.cwd ?? repoRoot, env};
	const nodeArgv = [...(options.nodeArgs ?? []), entry, ...args];

	let session: PtySession;
	if (options.stdinFile === undefined) {
		session = spawnInPty(process.execPath, nodeArgv, spawnOptions);
	} else {
		const script =
			(options.stdinVia ?? 'pipe') === 'pipe' ? 'f=$1; shift; cat -- "$f" | "$@"' : 'f=$1; shift; exec "$@" < "$f"';
		session = spawnInPty('bash', ['-c', script, 'avis-stdin', options.stdinFile, process.execPath, ...nodeArgv], spawnOptions);
	}

	const dispose = session.dispose;
	return Object.assign(session, {
		configDir,
		dispose() {
			dispose();
			if (ownConfigDir) void session.exited.then(() => rmSync(configDir, {recursive: true, force: true}));
		},
	});
}
