/**
 * Child process for the position store tests. Usage:
 *   store-writer write <dir> <prefix> <count> <goFile>  save+flush <count> entries once <goFile> exists
 *   store-writer probe <dir> <id>                        print {writable, notices, found} and try to save
 *   store-writer exit  <dir> <id>                        save with a long debounce, flushOnExit, end naturally
 *   store-writer hang  <dir> <id>                        same, then stay alive until killed
 */
import fs from 'node:fs';
import process from 'node:process';
import {flushOnExit, openPositionStore} from '../../source/store/positions';

const [mode, dir = '', a = '', b = '', c = ''] = process.argv.slice(2);
const position = (paragraph: number) => ({paragraph, fingerprint: 'f', offset: 0, speaker: null, read: `0-${paragraph}`});

switch (mode) {
	case 'write': {
		const count = Number(b);
		const store = openPositionStore({cwd: dir, debounceMs: 60_000, lockWaitMs: 5000});
		fs.writeFileSync(`${c}.ready-${a}`, '');
		const sleeper = new Int32Array(new SharedArrayBuffer(4));
		const deadline = Date.now() + 10_000;
		while (!fs.existsSync(c) && Date.now() < deadline) {
			Atomics.wait(sleeper, 0, 0, 2);
		}

		let slowest = 0;
		for (let i = 0; i < count; i++) {
			store.save({id: `${a}-${i}`, path: `/articles/${a}/${i}.txt`, lead: `${a}${i}`}, position(i));
			store.flush();
			slowest = Math.max(slowest, store.stats.lastFlushMs);
		}

		process.stdout.write(JSON.stringify({writes: store.stats.writes, slowest, notices: store.notices}) + '\n');
		break;
	}

	case 'probe': {
		const store = openPositionStore({cwd: dir});
		const found = store.find({id: a, path: null, lead: ''});
		store.save({id: 'probe-new', path: null, lead: ''}, position(1));
		store.flush();
		process.stdout.write(JSON.stringify({writable: store.writable, notices: store.notices, found: found ?? null}) + '\n');
		break;
	}

	case 'exit':
	case 'hang': {
		const store = openPositionStore({cwd: dir, debounceMs: 60_000});
		flushOnExit(store);
		store.save({id: a, path: null, lead: ''}, position(7));
		if (mode === 'hang') {
			setInterval(() => {}, 1000);
			process.stdout.write('ready\n');
		}

		break;
	}

	default: {
		process.stderr.write(`unknown mode ${String(mode)}\n`);
		process.exitCode = 2;
	}
}
