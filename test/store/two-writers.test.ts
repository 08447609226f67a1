import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {test} from 'node:test';
import {openPositionStore} from '../../source/store/positions';

const helper = path.resolve('test/helpers/store-writer.ts');

function writer(dir: string, prefix: string, count: number, goFile: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', helper, 'write', dir, prefix, String(count), goFile], {stdio: ['ignore', 'pipe', 'pipe']});
		let out = '';
		let error = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			error += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', code => {
			if (code === 0) {
				resolve(out);
			} else {
				reject(new Error(`writer ${prefix} exited ${code}: ${error}`));
			}
		});
	});
}

test('two processes saving and flushing 200 entries each at the same time lose nothing', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avis-two-'));
	try {
		const go = path.join(dir, 'go');
		const count = 200;
		const runs = [writer(dir, 'alpha', count, go), writer(dir, 'beta', count, go)];
		// Start both loops together, once both children have loaded.
		const deadline = Date.now() + 10_000;
		while (!(fs.existsSync(`${go}.ready-alpha`) && fs.existsSync(`${go}.ready-beta`)) && Date.now() < deadline) {
			await new Promise(resolve => setTimeout(resolve, 5));
		}

		fs.writeFileSync(go, '');
		const outputs = await Promise.all(runs);
		for (const out of outputs) {
			const report = JSON.parse(out) as {writes: number; notices: string[]};
			assert.equal(report.writes, count);
			assert.deepEqual(report.notices, []);
		}

		const store = openPositionStore({cwd: dir});
		assert.deepEqual(store.notices, []);
		for (const prefix of ['alpha', 'beta']) {
			for (let i = 0; i < count; i++) {
				assert.equal(store.find({id: `${prefix}-${i}`, path: null, lead: ''})?.paragraph, i, `${prefix}-${i}`);
			}
		}

		assert.equal(store.size, 2 * count);
		assert.equal(fs.existsSync(path.join(dir, 'positions.json.lock')), false, 'lock released');
	} finally {
		fs.rmSync(dir, {recursive: true, force: true});
	}
});
