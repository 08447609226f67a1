/** Proves the pty harness itself (test/helpers/pty.ts) against small stand-in programs. */
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, describe, test} from 'node:test';
import {decodeArticle} from '../../source/article/decode';
import {sanitize} from '../../source/article/sanitize';
import {PtyWaitError, childEnv, repoRoot, spawnAvis, spawnInPty, waitForExit, type PtySession} from '../helpers/pty';

const node = process.execPath;
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'avis-harness-'));
after(() => rmSync(scratch, {recursive: true, force: true}));

/** Runs `body` with a session and always disposes it. */
async function using<T>(session: PtySession, body: (session: PtySession) => Promise<T>): Promise<T> {
	try {
		return await body(session);
	} finally {
		session.dispose();
	}
}

describe('pty harness', {concurrency: 3}, () => {
	describe('screen', () => {
		test('printf output appears on the screen, trailing spaces trimmed, exit code reported', () =>
			using(spawnInPty('bash', ['-c', 'printf "hello   \\nworld\\n\\033[31mred\\033[0m"; exit 3'], {cols: 40, rows: 5}), async session => {
				const screen = await session.waitFor('red');
				assert.equal(screen, 'hello\nworld\nred\n\n');
				assert.equal(session.line(0), 'hello');
				assert.equal(session.line(2), 'red');
				assert.equal(session.line(-1), '');
				assert.deepEqual(await waitForExit(session), {exitCode: 3});
				assert.ok(session.raw().includes('hello   \r\nworld\r\n\x1b[31mred'), JSON.stringify(session.raw()));
			}));

		test('line(-1) is the bottom row; bufferLines includes scrollback', () =>
			using(spawnInPty('bash', ['-c', 'for i in $(seq 1 12); do echo "row $i"; done; printf "bottom"'], {cols: 20, rows: 5}), async session => {
				await session.exited;
				assert.equal(session.line(-1), 'bottom');
				assert.equal(session.line(0), 'row 9');
				const all = session.bufferLines().map(line => line.text);
				assert.equal(all[0], 'row 1');
				assert.ok(all.includes('row 12'));
				assert.deepEqual(session.bufferLines('normal'), session.bufferLines());
			}));

		test('wide characters and Norwegian text are read back correctly', () =>
			using(spawnInPty('bash', ['-c', 'printf "Blåbær på Østlandet 日本 👍 x"'], {cols: 40, rows: 3}), async session => {
				await session.exited;
				assert.equal(session.line(0), 'Blåbær på Østlandet 日本 👍 x');
			}));

		test('long lines wrap and are marked isWrapped', () =>
			using(spawnInPty('bash', ['-c', 'printf "%030d" 0'], {cols: 20, rows: 4}), async session => {
				await session.exited;
				const lines = session.bufferLines();
				assert.equal(lines[0]?.isWrapped, false);
				assert.equal(lines[1]?.isWrapped, true);
			}));
	});

	describe('waitFor', () => {
		test('accepts a string, a RegExp and a function', () =>
			using(spawnInPty(node, ['-e', 'console.log("count=41"); setTimeout(() => console.log("count=42"), 100)']), async session => {
				await session.waitFor('count=41');
				await session.waitFor(/count=4[2]/g);
				await session.waitFor(/count=4[2]/g); // a global RegExp's lastIndex does not leak
				await session.waitFor(screen => screen.split('\n').filter(line => line.startsWith('count=')).length === 2);
			}));

		test('rejects after the timeout with the current screen', () =>
			using(spawnInPty(node, ['-e', 'console.log("ready for nothing"); setInterval(() => {}, 1000)']), async session => {
				await session.waitFor('ready');
				const start = performance.now();
				await assert.rejects(session.waitFor('never appears', 300), (error: unknown) => {
					assert.ok(error instanceof PtyWaitError);
					assert.match(error.message, /timed out after 300 ms/);
					assert.match(error.message, /ready for nothing/);
					assert.ok(error.screen.includes('ready for nothing'));
					return true;
				});
				const elapsed = performance.now() - start;
				assert.ok(elapsed >= 290, `${elapsed} ms`);
			}));

		test('rejects as soon as the process exits without a match', () =>
			using(spawnInPty('bash', ['-c', 'echo bye']), async session => {
				// The rejection names the exit, not the 5 s timeout.
				await assert.rejects(session.waitFor('never appears', 5000), /process exited .*bye/s);
			}));

		test('waitForRaw sees escape sequences', () =>
			using(spawnInPty('bash', ['-c', 'printf "shell\\033[?1049hX\\033[?1049l"']), async session => {
				await session.waitForRaw(raw => raw.lastIndexOf('\x1b[?1049l') > raw.lastIndexOf('\x1b[?1049h'));
				await session.settle();
				assert.equal(session.terminal.buffer.active.type, 'normal');
				assert.equal(session.bufferLines('alternate')[0]?.text ?? '', '', 'xterm clears the alternate buffer on leaving');
				assert.equal(session.bufferLines()[0]?.text, 'shell');
			}));
	});

	describe('input and resize', () => {
		test('write reaches a raw-mode child byte for byte (Ctrl+C is a byte, not a signal)', () =>
			using(
				spawnInPty(node, [
					'-e',
					`process.stdin.setRawMode(true);
					process.stdin.on('data', d => {
						const s = d.toString();
						console.log('got ' + JSON.stringify(s));
						if (s === 'q') process.exit(5);
					});
					console.log('ready raw=' + process.stdin.isRaw);`,
				]),
				async session => {
					await session.waitFor('ready raw=true');
					session.write('j');
					await session.waitFor('got "j"');
					session.write('\x1b[B');
					await session.waitFor('got "\\u001b[B"');
					session.write('\x03');
					await session.waitFor('got "\\u0003"');
					session.write('q');
					assert.deepEqual(await waitForExit(session), {exitCode: 5});
				},
			));

		test('Ctrl+C in cooked mode SIGINTs the command (the wrapper does not swallow it)', () =>
			using(spawnInPty(node, ['-e', 'console.log("ready"); setInterval(() => {}, 1000)']), async session => {
				await session.waitFor('ready');
				session.write('\x03');
				assert.deepEqual(await waitForExit(session, 3000), {exitCode: 0, signal: 2});
			}));

		test('resize changes process.stdout.columns/rows seen by the child', () =>
			using(
				spawnInPty(
					node,
					[
						'-e',
						`const report = () => console.log('size=' + process.stdout.columns + 'x' + process.stdout.rows);
						report();
						process.stdout.on('resize', report);
						setInterval(() => {}, 1000);`,
					],
					{cols: 100, rows: 30},
				),
				async session => {
					await session.waitFor('size=100x30');
					session.resize(60, 20);
					assert.equal(session.terminal.cols, 60);
					assert.equal(session.terminal.rows, 20);
					await session.waitFor('size=60x20');
					session.resize(40, 10);
					await session.waitFor('size=40x10');
					assert.equal(session.screen().split('\n').length, 10);
					assert.equal(session.cols, 40);
				},
			));
	});

	describe('exit and signals', () => {
		test('exit code', () =>
			using(spawnInPty(node, ['-e', 'process.exitCode = 7']), async session => {
				assert.deepEqual(await waitForExit(session), {exitCode: 7});
			}));

		test('kill(SIGTERM), kill(SIGHUP), kill(SIGKILL) are reported as signals', async () => {
			for (const [signal, number] of [
				['SIGTERM', 15],
				['SIGHUP', 1],
				['SIGKILL', 9],
			] as const) {
				await using(spawnInPty(node, ['-e', 'console.log("ready"); setInterval(() => {}, 1000)']), async session => {
					await session.waitFor('ready');
					session.kill(signal);
					assert.deepEqual(await waitForExit(session, 3000), {exitCode: 0, signal: number}, signal);
				});
			}
		});

		test('a signal handler in the child runs and its exit code is reported', () =>
			using(
				spawnInPty(node, ['-e', 'process.on("SIGTERM", () => { console.log("cleanup"); process.exit(143); }); console.log("ready"); setInterval(() => {}, 1000)']),
				async session => {
					await session.waitFor('ready');
					assert.ok(session.appPid());
					assert.notEqual(session.appPid(), session.pid);
					session.kill();
					assert.deepEqual(await waitForExit(session), {exitCode: 143});
					assert.match(session.screen(), /cleanup/);
				},
			));

		test('signalApp(SIGKILL) kills a raw-mode command; exitTty shows the tty it left behind', () =>
			using(
				spawnInPty(node, ['-e', 'process.stdin.setRawMode(true); process.stdout.write("\\x1b[?25l"); console.log("ready"); process.stdin.resume()']),
				async session => {
					await session.waitFor('ready');
					assert.match(session.stty(), /-icanon/);
					session.signalApp('SIGKILL');
					assert.deepEqual(await waitForExit(session), {exitCode: 0, signal: 9});
					assert.match(session.exitTty() ?? '', /-icanon .*-echo /s, 'SIGKILL leaves raw mode (notes A9)');
				},
			));

		test('a clean raw-mode exit leaves icanon and echo restored', () =>
			using(spawnInPty(node, ['-e', 'process.stdin.setRawMode(true); console.log("ready"); process.stdin.once("data", () => process.exit(0))']), async session => {
				await session.waitFor('ready');
				session.write('x');
				await waitForExit(session);
				assert.match(session.exitTty() ?? '', /(^|\s)icanon(\s|$)/);
				assert.match(session.exitTty() ?? '', /(^|\s)echo(\s|$)/);
			}));

		test('a missing command exits 127 with the error on screen', () =>
			using(spawnInPty('/nonexistent/command', []), async session => {
				assert.deepEqual(await waitForExit(session), {exitCode: 127});
				assert.match(session.screen(), /ENOENT/);
			}));

		test('waitForExit rejects with the screen when the process keeps running', () =>
			using(spawnInPty(node, ['-e', 'console.log("still here"); setInterval(() => {}, 1000)']), async session => {
				await session.waitFor('still here');
				await assert.rejects(waitForExit(session, 200), /still running after 200 ms.*still here/s);
			}));

		test('no output is lost at exit: 40 KB written right before exit is all on screen when exited resolves', async () => {
			for (let run = 0; run < 3; run++) {
				await using(spawnInPty(node, ['-e', 'process.stdout.write("x\\n".repeat(20000) + "LAST " + "\\x1b[?1049l")']), async session => {
					await session.exited;
					assert.equal(session.line(-1), 'LAST', `run ${run}`);
					assert.ok(session.raw().endsWith('LAST \x1b[?1049l'), `run ${run}`);
					assert.ok(!session.raw().includes('\x1b]7701'), 'the wrapper OSC is not in raw()');
				});
			}
		});
	});

	describe('environment', () => {
		test('CI variables are removed, TERM is xterm-256color, env overrides apply', async () => {
			const saved = {CI: process.env.CI, CI_JOB: process.env.CI_JOB, CONT: process.env.CONTINUOUS_INTEGRATION};
			process.env.CI = '';
			process.env.CI_JOB = '1';
			process.env.CONTINUOUS_INTEGRATION = 'true';
			try {
				assert.deepEqual(
					Object.keys(childEnv()).filter(key => key === 'CI' || key.startsWith('CI_') || key === 'CONTINUOUS_INTEGRATION'),
					[],
				);
				await using(
					spawnInPty(
						node,
						['-e', 'console.log(JSON.stringify({ci: Object.keys(process.env).filter(k => /^CI($|_)|CONTINUOUS/.test(k)), term: process.env.TERM, x: process.env.AVIS_X, tty: process.stdout.isTTY}))'],
						{env: {AVIS_X: 'y'}},
					),
					async session => {
						await session.exited;
						const line = session.screen().split('\n').find(text => text.startsWith('{'));
						assert.deepEqual(JSON.parse(line ?? 'null'), {ci: [], term: 'xterm-256color', x: 'y', tty: true});
					},
				);
			} finally {
				for (const [key, value] of [
					['CI', saved.CI],
					['CI_JOB', saved.CI_JOB],
					['CONTINUOUS_INTEGRATION', saved.CONT],
				] as const) {
					if (value === undefined) delete process.env[key];
					else process.env[key] = value;
				}
			}
		});

		test('Ink under the harness renders intermediate frames (and under CI=true only the last one)', async () => {
			const app = `
				import React, {useEffect, useState} from 'react';
				import {render, Text, useInput, useApp} from 'ink';
				function App() {
					const [count, setCount] = useState(0);
					const {exit} = useApp();
					useInput(input => { if (input === 'q') exit(); else setCount(c => c + 1); });
					// Under CI Ink shows nothing before exit, so say "mounted" on stderr.
					useEffect(() => { if (process.env.CI) process.stderr.write('mounted\\n'); }, []);
					return React.createElement(Text, null, 'count=' + count);
				}
				render(React.createElement(App));`;
			const run = (env: Record<string, string | undefined>) =>
				spawnInPty(node, ['--input-type=module', '-e', app], {cwd: repoRoot, env, cols: 60, rows: 10});

			const normal = using(run({}), async session => {
				await session.waitFor('count=0');
				session.write('x');
				await session.waitFor('count=1', 1000);
				session.write('q');
				assert.equal((await waitForExit(session)).exitCode, 0);
			});
			const ci = using(run({CI: 'true'}), async session => {
				await session.waitFor('mounted', 4000);
				session.write('x');
				await assert.rejects(session.waitFor('count=1', 500), PtyWaitError);
				session.write('q');
				await waitForExit(session);
				assert.match(session.screen(), /count=1/);
			});
			await Promise.all([normal, ci]);
		});
	});

	describe('hostile text through the emulator', () => {
		const hostile = join(fixtures, 'bad', 'hostile.txt');
		const watch = (session: PtySession) => {
			const seen = {titles: [] as string[], osc52: [] as string[], osc8: [] as string[]};
			session.terminal.onTitleChange(title => seen.titles.push(title));
			session.terminal.parser.registerOscHandler(52, data => (seen.osc52.push(data), true));
			session.terminal.parser.registerOscHandler(8, data => (seen.osc8.push(data), false));
			return seen;
		};

		test('raw hostile.txt fires OSC 0 title, OSC 52 and OSC 8 (the fixture really is hostile)', () =>
			using(spawnInPty('bash', ['-c', 'cat -- "$0"; printf "\\a"; echo; echo __END__', hostile], {cols: 200, rows: 60}), async session => {
				const seen = watch(session);
				await session.waitFor('__END__');
				assert.deepEqual(seen.titles.slice(0, 1), ['PWNED']);
				assert.equal(seen.osc52.length, 1);
				assert.ok(seen.osc8.some(data => data.includes('evil.example')));
				// The unterminated OSC swallowed the last paragraph (up to our BEL) on a real terminal.
				assert.ok(!session.screen().includes('Siste avsnitt overlever'));
			}));

		test('sanitised hostile.txt fires none of them and every visible word stays on screen', async () => {
			const decoded = decodeArticle(readFileSync(hostile));
			assert.ok(decoded.ok);
			const clean = join(scratch, 'hostile-clean.txt');
			writeFileSync(clean, sanitize(decoded.text));
			const expect = JSON.parse(readFileSync(join(fixtures, 'bad', 'hostile.expect.json'), 'utf8')) as {survives: string[]; gone: string[]};
			await using(spawnInPty('bash', ['-c', 'cat -- "$0"; echo __END__', clean], {cols: 200, rows: 60}), async session => {
				const seen = watch(session);
				await session.waitFor('__END__');
				assert.deepEqual(seen, {titles: [], osc52: [], osc8: []});
				const screen = session.screen();
				for (const word of expect.survives) assert.ok(screen.includes(word), `missing ${word}\n${screen}`);
				for (const payload of expect.gone) assert.ok(!screen.includes(payload), `has ${payload}`);
			});
		});
	});

	describe('spawnAvis', () => {
		const standIn = join(scratch, 'stand-in.mjs');
		writeFileSync(
			standIn,
			`import {openSync, closeSync} from 'node:fs';
			const chunks = [];
			let devTty = false;
			try { closeSync(openSync('/dev/tty', 'r')); devTty = true; } catch {}
			const info = {devTty, argv: process.argv.slice(2), config: process.env.AVIS_CONFIG_DIR, stdinTTY: Boolean(process.stdin.isTTY), stdoutTTY: Boolean(process.stdout.isTTY), cwd: process.cwd()};
			if (process.stdin.isTTY) { console.log(JSON.stringify(info)); process.exit(0); }
			process.stdin.on('data', c => chunks.push(c));
			process.stdin.on('end', () => { console.log(JSON.stringify({...info, stdin: Buffer.concat(chunks).toString()})); process.exit(4); });`,
		);
		const result = (session: PtySession) => JSON.parse(session.screen().split('\n').find(line => line.startsWith('{')) ?? 'null');

		test('runs node ENTRY args with AVIS_CONFIG_DIR (a temp dir removed on dispose) in the repo root', async () => {
			const session = spawnAvis(['--flag', 'file.txt'], {entry: standIn, cols: 300});
			await using(session, async () => {
				assert.ok(existsSync(session.configDir));
				await session.exited;
				const info = result(session);
				assert.deepEqual(info.argv, ['--flag', 'file.txt']);
				assert.equal(info.config, session.configDir);
				assert.equal(info.stdinTTY, true);
				assert.equal(info.stdoutTTY, true);
				assert.equal(join(info.cwd, '/'), join(repoRoot, '/'));
			});
			await session.exited;
			await new Promise(resolve => setImmediate(resolve));
			assert.ok(!existsSync(session.configDir), 'temp config dir removed');
		});

		test('stdinFile via pipe and via redirect; stdout stays a TTY', async () => {
			const file = join(fixtures, 'bad', 'date-only.txt');
			const configDir = join(scratch, 'config');
			for (const stdinVia of ['pipe', 'redirect'] as const) {
				await using(spawnAvis(['-'], {entry: standIn, stdinFile: file, stdinVia, configDir, cols: 300}), async session => {
					assert.deepEqual(await waitForExit(session), {exitCode: 4});
					const info = result(session);
					assert.deepEqual(info.argv, ['-']);
					assert.equal(info.stdin, ' date 2021-12 utenriks\n');
					assert.equal(info.stdinTTY, false);
					assert.equal(info.stdoutTTY, true);
					assert.equal(info.devTty, true, '/dev/tty opens, for reading keys while stdin is a pipe');
					assert.equal(info.config, configDir);
				});
			}
		});

		test('throws a clear error when the entry has not been built', () => {
			assert.throws(() => spawnAvis([], {entry: join(scratch, 'missing.js')}), /npm run build/);
		});
	});
});
