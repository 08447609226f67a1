import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {isatty} from 'node:tty';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {version} from '../package.json';
import {formatPlain, formatSpeakers, toJson} from './article/format';
import {loadArticle} from './article/load';
import {findSpeaker} from './article/speaker-names';
import type {Article} from './article/types';

const help = `  Usage
    $ avis [options] [FILE | -]

  Reads a news article in the terminal: sections, a speaker filter, and your
  place kept between runs. Without FILE it opens the bundled article; - reads stdin.

  Options
    --plain            print the article as plain text and exit (also when piped)
    --json             print the parsed article as JSON and exit
    --section N        start at section N (1 is the lead)
    --speaker NAME     show only what NAME says (full name, surname or alias)
    --speakers         list the speakers with roles and paragraph counts
    --width N          widest text column (default 100; --plain wraps only when given)
    --help, --version

  Keys: press ? in the reader. Positions are kept in AVIS_CONFIG_DIR if set,
  else in your config folder.

  Examples
    $ avis
    $ avis --speaker Lavrov --plain
    $ curl -s https://example.com/a.txt | avis -
`;

/** One line on stderr, a non-zero exit, never a stack trace. */
function fail(message: string, code = 1): never {
	process.stderr.write(`avis: ${message}\n`);
	process.exit(code);
}

const maxBytes = 64 * 1024 * 1024;
const bundledArticle = '2021-12-utenriks-blinken-lavrov-stockholm.txt';

function bundledPath(): string {
	// dist/cli.js and source/cli.tsx both sit one folder below the package root.
	return fileURLToPath(new URL(`../content/${bundledArticle}`, import.meta.url));
}

/**
 * All of stdin, as it arrives. A stream, not readFileSync(0): a pipe is non-blocking once Node
 * opens stdin, so a synchronous read fails with EAGAIN while the writer is still busy (`curl … |`).
 */
async function readStdin(): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	try {
		for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
			size += chunk.length;
			if (size > maxBytes) fail(`stdin is over ${maxBytes / 1024 / 1024} MB, too large to read`);
			chunks.push(chunk);
		}
	} catch (error) {
		fail(`cannot read stdin: ${(error as Error).message}`);
	}
	return Buffer.concat(chunks, size);
}

type Input = {bytes: Uint8Array; label: string; path: string | null};

async function readInput(file: string | undefined): Promise<Input> {
	if (file === '-') {
		if (isatty(0)) fail('- reads the article from stdin, but stdin is a terminal; pipe a file in');
		return {bytes: await readStdin(), label: 'stdin', path: null};
	}
	const target = file ?? bundledPath();
	let size: number;
	try {
		const stats = statSync(target);
		if (stats.isDirectory()) fail(`${target} is a directory, not an article`);
		size = stats.size;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') fail(`no such file: ${target}`);
		fail(`cannot read ${target}: ${(error as Error).message}`);
	}
	if (size > maxBytes) {
		fail(`${target} is ${Math.round(size / 1024 / 1024)} MB; avis reads articles up to ${maxBytes / 1024 / 1024} MB`);
	}
	try {
		return {bytes: readFileSync(target), label: target, path: path.resolve(target)};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES' || code === 'EPERM') fail(`cannot read ${target}: permission denied`);
		fail(`cannot read ${target}: ${(error as Error).message}`);
	}
}

function resolveSpeaker(article: Article, query: string | undefined): string | null {
	if (query === undefined) return null;
	const found = findSpeaker(article.speakers, query);
	const known = article.speakers.map(speaker => speaker.name).join(', ') || 'none';
	if (found === undefined) fail(`no speaker “${query}” in this article; known speakers: ${known}`, 2);
	if (Array.isArray(found)) fail(`“${query}” could mean ${found.map(speaker => speaker.name).join(' or ')}; give the full name`, 2);
	return found.name;
}

function write(text: string): void {
	// A reader that stops early (`avis --plain | head`) closes the pipe: that is no error.
	process.stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
		fail(`cannot write the output: ${error.message}`);
	});
	process.stdout.write(text);
	// A separate write: appending to a large text would copy all of it first.
	if (!text.endsWith('\n')) process.stdout.write('\n');
}

type Flags = {
	plain: boolean;
	json: boolean;
	speakers: boolean;
	help: boolean;
	version: boolean;
	speaker?: string | undefined;
	section?: number | undefined;
	width?: number | undefined;
};

function wholeNumber(name: string, value: string | undefined, minimum: number): number | undefined {
	if (value === undefined) return undefined;
	const number = Number(value);
	if (!/^\d+$/.test(value) || number < minimum) fail(`--${name} takes a whole number from ${minimum}`, 2);
	return number;
}

/** Node's own argument parser: strict, so an unknown flag is a one-line error. */
function parseFlags(argv: string[]): {flags: Flags; files: string[]} {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				plain: {type: 'boolean'},
				json: {type: 'boolean'},
				speakers: {type: 'boolean'},
				speaker: {type: 'string'},
				section: {type: 'string'},
				width: {type: 'string'},
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'v'},
			},
		});
	} catch (error) {
		fail(`${(error as Error).message.split('. ')[0]!.replace(/^\w/, first => first.toLowerCase())} (see avis --help)`, 2);
	}
	const {values, positionals} = parsed;
	return {
		files: positionals,
		flags: {
			plain: values.plain ?? false,
			json: values.json ?? false,
			speakers: values.speakers ?? false,
			help: values.help ?? false,
			version: values.version ?? false,
			speaker: values.speaker,
			section: wholeNumber('section', values.section, 1),
			width: wholeNumber('width', values.width, 10),
		},
	};
}

async function main(): Promise<void> {
	const {flags, files} = parseFlags(process.argv.slice(2));
	if (flags.help) return write(help);
	if (flags.version) return write(version);
	if (files.length > 1) fail(`one article at a time (got ${files.length} files)`, 2);

	const input = await readInput(files[0]);
	// A dumb terminal cannot move the cursor: it gets the plain text, as a pipe does.
	const fullTerminal = process.stdout.isTTY === true && process.env['TERM'] !== 'dumb';
	const interactive = !flags.plain && !flags.json && !flags.speakers && fullTerminal;
	// The reader attributes speakers after its first screen, unless it must filter from the start.
	const loaded = loadArticle(input.bytes, {attribute: !interactive || flags.speaker !== undefined});
	if (!loaded.ok) fail(`${input.label} ${loaded.reason}`);
	const {article, text} = loaded;
	if (flags.section !== undefined && flags.section > article.sections.length) {
		fail(`--section ${flags.section}: the article has ${article.sections.length} sections`, 2);
	}
	const speaker = resolveSpeaker(article, flags.speaker);

	// Indented for a person at a terminal, compact (and twice as fast to write) for a program.
	if (flags.json) return write(JSON.stringify(toJson(article, speaker), null, process.stdout.isTTY ? 2 : undefined));
	if (flags.speakers) return write(formatSpeakers(article));
	// On a terminal, plain text is wrapped to it; into a pipe or file it is left to the pager.
	const terminalWidth = process.stdout.isTTY ? Math.min(process.stdout.columns || 80, 100) : undefined;
	if (!interactive) return write(formatPlain(article, {speaker, width: flags.width ?? terminalWidth}));

	const {runReader} = await import('./interactive');
	await runReader({
		article,
		text,
		path: input.path,
		speaker,
		section: flags.section,
		maxWidth: flags.width ?? 100,
		attributed: flags.speaker !== undefined,
	});
}

main().catch((error: unknown) => {
	fail(error instanceof Error ? error.message : String(error));
});
