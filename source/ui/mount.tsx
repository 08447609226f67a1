import type tty from 'node:tty';
import {render} from 'ink';
import React from 'react';
import App, {type AppProps} from '../app';

/**
 * Renders the app until the user leaves it; resolves with the exit code it asked for.
 * Kept apart from the session set-up, so Ink and React load after the first paint.
 */
export async function mountApp(props: Omit<AppProps, 'onExit'>, input: tty.ReadStream): Promise<number> {
	let exitCode = 0;
	const app = render(
		<App
			{...props}
			onExit={code => {
				exitCode = code;
			}}
		/>,
		{
			stdin: input,
			stdout: process.stdout,
			exitOnCtrlC: false,
			patchConsole: false,
			// Ink coalesces renders at 30 fps by default, which delays a key that follows another
			// by up to 33 ms. A pager should answer every key at once; a frame costs a few ms, so
			// even key repeat cannot flood the terminal, and keys in one burst still coalesce.
			maxFps: 1000,
		},
	);
	await app.waitUntilExit();
	return exitCode;
}
