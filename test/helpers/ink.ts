import {setImmediate as tick} from 'node:timers/promises';

type Instance = {lastFrame: () => string | undefined; stdin: {write: (data: string) => void}};

export const keys = {
	down: '\u001B[B',
	up: '\u001B[A',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[[0-9;]*m/g;

export function plain(frame: string | undefined): string {
	return (frame ?? '').replace(ansi, '');
}

/** Polls the frame (no fixed sleeps) until `predicate` holds; fails with the frame after `timeoutMs`. */
export async function waitForFrame(
	instance: Instance,
	predicate: (frame: string) => boolean,
	timeoutMs = 3000,
): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = plain(instance.lastFrame());
		if (predicate(frame)) return frame;
		if (Date.now() > deadline) throw new Error(`frame never matched; last frame:\n${frame}`);
		await tick();
		await new Promise(resolve => setTimeout(resolve, 1));
	}
}

/** Yields to the event loop so React's passive effects (input subscriptions) run. */
export async function settle(): Promise<void> {
	await tick();
	await new Promise(resolve => setTimeout(resolve, 0));
	await tick();
}

/** Waits until input handlers are mounted (Ink subscribes in an effect after the first frame). */
export async function ready(instance: Instance): Promise<string> {
	await waitForFrame(instance, frame => frame.length > 0);
	await tick();
	await new Promise(resolve => setTimeout(resolve, 0));
	return plain(instance.lastFrame());
}

/** Writes a key and waits for the frame to change and satisfy `predicate`. */
export async function press(
	instance: Instance,
	key: string,
	predicate: (frame: string) => boolean = () => true,
	timeoutMs?: number,
): Promise<string> {
	// Let effects from the last frame run first, so newly shown inputs are subscribed.
	await settle();
	const before = plain(instance.lastFrame());
	instance.stdin.write(key);
	return waitForFrame(instance, frame => frame !== before && predicate(frame), timeoutMs);
}

export function bottomLine(frame: string): string {
	const lines = frame.split('\n').filter(line => line.trim() !== '');
	return lines.at(-1) ?? '';
}
