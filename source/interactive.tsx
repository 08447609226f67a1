import {openSync} from 'node:fs';
import process from 'node:process';
import tty from 'node:tty';
import {formatPlain} from './article/format';
import {attributeArticle} from './article/speakers';
import type {Article} from './article/types';
import {articleIdentity, decodeRanges, encodeRanges, fingerprint, openPositionStore} from './store/positions';
import type {ReadingPlace} from './article/navigate';
import {firstScreenLines} from './ui/first-paint';
import {themeFor} from './ui/theme';

export type ReaderOptions = {
	readonly article: Article;
	readonly text: string;
	readonly path: string | null;
	readonly speaker: string | null;
	readonly section: number | undefined;
	readonly maxWidth: number;
	/** Speakers already attributed; otherwise the app does it after the first screen. */
	readonly attributed: boolean;
};

const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';

/** Keys come from stdin when it is a terminal, else from /dev/tty (as less does); null if neither. */
function keyboard(): tty.ReadStream | null {
	if (process.stdin.isTTY) return process.stdin as tty.ReadStream;
	try {
		const stream = new tty.ReadStream(openSync('/dev/tty', 'r'));
		return stream.isTTY ? stream : null;
	} catch {
		return null;
	}
}

/** The paragraph a saved fingerprint points to: at the saved index, else the nearest with that text. */
function relocate(article: Article, index: number, print: string): number {
	const paragraphs = article.paragraphs;
	const clamped = Math.min(Math.max(0, index), Math.max(0, paragraphs.length - 1));
	if (!print) return clamped;
	for (let distance = 0; distance < paragraphs.length; distance++) {
		for (const candidate of [clamped - distance, clamped + distance]) {
			const paragraph = paragraphs[candidate];
			if (paragraph && fingerprint(paragraph.text) === print) return candidate;
		}
		if (clamped - distance < 0 && clamped + distance >= paragraphs.length) break;
	}
	return clamped;
}

/** Runs the full-screen reader until the user quits; restores the terminal on every way out. */
export async function runReader(options: ReaderOptions): Promise<void> {
	const {article} = options;
	const input = keyboard();
	if (!input) {
		// No terminal to read keys from: behave like less and print.
		if (!options.attributed) attributeArticle(article);
		process.stdout.write(
			formatPlain(article, {speaker: options.speaker, width: Math.min(process.stdout.columns || 80, options.maxWidth)}),
		);
		return;
	}

	const store = openPositionStore();
	const identity = articleIdentity(options.text, article.paragraphs[0]?.text ?? '', options.path);
	const saved = store.find(identity);
	// A saved filter needs the speakers before the first screen.
	let attributed = options.attributed;
	if (!attributed && saved?.speaker && options.section === undefined) {
		attributeArticle(article);
		attributed = true;
	}
	const knownSpeaker = (name: string | null | undefined) =>
		name && article.speakers.some(speaker => speaker.name === name) ? name : null;

	let initial: ReadingPlace | undefined;
	// The status line has room for the gist; the whole notice is printed when the reader closes.
	const messages = store.notices.map(notice => notice.split(/ \(|[:;]/)[0]!);
	if (options.section === undefined && saved) {
		initial = {
			paragraph: relocate(article, saved.paragraph, saved.fingerprint),
			offset: saved.offset,
			atHeading: saved.heading === true,
			speaker: options.speaker ?? knownSpeaker(saved.speaker),
		};
		messages.unshift('resumed where you left off');
	} else if (options.speaker) {
		initial = {paragraph: 0, offset: 0, atHeading: false, speaker: options.speaker};
	}

	let latest: {place: ReadingPlace; seen: ReadonlySet<number>} | undefined;
	let timer: NodeJS.Timeout | undefined;
	const persist = () => {
		timer = undefined;
		if (!latest) return;
		const {place, seen} = latest;
		const paragraph = article.paragraphs[place.paragraph];
		store.save(identity, {
			paragraph: place.paragraph,
			fingerprint: paragraph ? fingerprint(paragraph.text) : '',
			offset: place.offset,
			heading: place.atHeading,
			speaker: place.speaker,
			read: encodeRanges(seen),
		});
	};
	const onPlaceChange = (place: ReadingPlace, seen: ReadonlySet<number>) => {
		latest = {place, seen};
		timer ??= setTimeout(persist, 250).unref();
	};

	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		if (timer) clearTimeout(timer);
		persist();
		store.flush();
		// Another avis may hold the file's lock for a moment: one more try before giving up.
		if (store.pending) store.flush();
		try {
			process.stdout.write(leaveAlternateScreen + showCursor);
			for (const notice of store.notices) process.stderr.write(`avis: ${notice}\n`);
			if (store.pending) process.stderr.write(`avis: your place was not saved: ${store.path} stayed locked by another avis\n`);
		} catch {
			// The terminal may be gone (SIGHUP).
		}
	};
	process.on('exit', restore);
	// Signals end the process with the usual 128+n code, after the screen and the place are safe.
	for (const [signal, number] of [
		['SIGTERM', 15],
		['SIGHUP', 1],
		['SIGINT', 2],
	] as const) {
		process.on(signal, () => {
			restore();
			process.exit(128 + number);
		});
	}

	// Ctrl-Z: in raw mode the terminal sends it as a key, so avis stops itself, as less does.
	const suspend = () => {
		if (timer) clearTimeout(timer);
		persist();
		store.flush();
		process.stdout.write(leaveAlternateScreen + showCursor);
		input.setRawMode(false);
		// The whole process group stops (as in vim), so a shell running avis under npm or a script
		// sees its job stop; this call returns on `fg` (or at once where there is no job control).
		process.kill(0, 'SIGTSTP');
		input.setRawMode(true);
		process.stdout.write(enterAlternateScreen + hideCursor);
		// A resize while stopped sent no SIGWINCH to avis (the shell had the terminal): Node
		// re-reads the size and Ink redraws on one.
		process.kill(process.pid, 'SIGWINCH');
	};

	// Before Ink redraws on resize, wipe the old frame so no ghost lines stay (pitfall A7).
	process.stdout.on('resize', () => {
		process.stdout.write('\u001B[2J\u001B[H');
	});
	const theme = themeFor(process.env);
	const initialSection = options.section === undefined ? undefined : options.section - 1;
	const initialMessage = messages.length > 0 ? messages.join(' · ') : null;
	// Keys typed from here on wait in the terminal (not echoed) until the app reads them.
	input.setRawMode(true);
	// The opening screen now; Ink and React load behind it and draw the same frame over it.
	const lines = firstScreenLines({
		article,
		theme,
		columns: process.stdout.columns || 80,
		rows: process.stdout.rows || 24,
		maxWidth: options.maxWidth,
		initial,
		initialSection,
		message: initialMessage,
	});
	process.stdout.write(`${enterAlternateScreen}${hideCursor}${lines.join('\n')}\u001B[H`);

	const {mountApp} = await import('./ui/mount');
	let exitCode = 0;
	try {
		exitCode = await mountApp(
			{
				article,
				theme,
				maxWidth: options.maxWidth,
				speakersReady: attributed,
				initial,
				initialSection,
				initialSeen: saved ? decodeRanges(saved.read) : undefined,
				initialMessage,
				onPlaceChange,
				onSuspend: suspend,
			},
			input,
		);
	} finally {
		restore();
		if (input !== process.stdin) input.destroy();
	}
	process.exitCode = exitCode;
}
