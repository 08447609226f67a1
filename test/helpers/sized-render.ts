import {EventEmitter} from 'node:events';
import {render} from 'ink';
import type {ReactElement} from 'react';

/** A fake terminal whose size a test sets, for resize tests (ink-testing-library is fixed at 100 columns). */
class SizedStdout extends EventEmitter {
	lastWrite = '';
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}

	write = (data: string) => {
		this.lastWrite = data;
		return true;
	};

	resize(columns: number, rows: number) {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/** Renders in debug mode (each write is a whole frame) into a terminal of the given size. */
export function renderSized(tree: ReactElement, columns: number, rows: number) {
	const stdout = new SizedStdout(columns, rows);
	const stdin = new FakeStdin();
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	return {
		lastFrame: () => stdout.lastWrite,
		stdin,
		resize: (c: number, r: number) => stdout.resize(c, r),
		unmount: () => instance.unmount(),
	};
}
