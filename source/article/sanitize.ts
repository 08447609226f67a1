/**
 * Neutralises untrusted article text once, at load, so nothing in it can drive the terminal.
 *
 * Removed (the visible text around each removal stays):
 * - OSC `ESC ]` / U+009D, up to and including BEL, ST (`ESC \` or U+009C) or CAN/SUB. Any other
 *   ESC ends the string (and starts a new sequence, as in a terminal). An OSC with no terminator
 *   is stripped only to the end of its line (the `\n` stays), so an unterminated OSC cannot
 *   swallow the rest of the article.
 * - DCS / SOS / PM / APC (`ESC P|X|^|_`, U+0090, U+0098, U+009E, U+009F): same rules as OSC.
 * - CSI (`ESC [` / U+009B): parameter bytes 0x30–0x3F, intermediates 0x20–0x2F and a final byte
 *   0x40–0x7E. If no final byte follows, only the bytes read so far go.
 * - Other ESC sequences (`ESC` + intermediates 0x20–0x2F + final 0x30–0x7E, e.g. `ESC c`,
 *   `ESC ( B`, `ESC 7`), and a lone ESC.
 * - All other C1 controls U+0080–U+009F, C0 controls except `\n` (`\r\n` becomes `\n`, a lone
 *   `\r` is removed), DEL, and the bidi controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
 *   U+061C.
 *
 * Tabs are expanded to spaces up to the next multiple of 8 columns within the line, as a terminal
 * and `expand(1)` would; columns are measured with string-width (the version Ink uses), so CJK and
 * emoji count as 2.
 *
 * Kept: `\n`, ZWJ/ZWNJ, emoji, combining marks, all other printable text.
 *
 * One left-to-right pass: every input code unit is looked at a bounded number of times (linear
 * time, no backtracking regexes). The output contains no control character but `\n`, so
 * `sanitize(sanitize(x)) === sanitize(x)`.
 */
import stringWidth from 'string-width';

const ESC = 0x1b;
const BEL = 0x07;
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const CAN = 0x18;
const SUB = 0x1a;
const DEL = 0x7f;
const C1_DCS = 0x90;
const C1_SOS = 0x98;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
const C1_OSC = 0x9d;
const C1_PM = 0x9e;
const C1_APC = 0x9f;
const BACKSLASH = 0x5c;

const TAB_WIDTH = 8;
const printableAscii = /^[\x20-\x7e]*$/;

/** Anything sanitize would change; if it does not match, the text is returned as is. */
const suspicious = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function isBidiControl(code: number): boolean {
	return (
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069) ||
		code === 0x200e ||
		code === 0x200f ||
		code === 0x061c
	);
}

/** Characters that are dropped on their own (C0 but LF/CR/TAB/ESC, DEL, C1 but the introducers, bidi). */
function isDropped(code: number): boolean {
	if (code < 0x20) return code !== LF && code !== CR && code !== TAB && code !== ESC;
	if (code === DEL) return true;
	if (code >= 0x80 && code <= 0x9f) return true;
	return isBidiControl(code);
}

/**
 * Index just past a control string (OSC, DCS, SOS, PM, APC) whose payload starts at `from`.
 * Ends after BEL, ST (`ESC \`, U+009C), CAN or SUB; before any other ESC, before `\n`, or at the end.
 */
function skipControlString(text: string, from: number): number {
	let i = from;
	const end = text.length;
	while (i < end) {
		const code = text.charCodeAt(i);
		if (code === BEL || code === C1_ST || code === CAN || code === SUB) return i + 1;
		if (code === ESC) return text.charCodeAt(i + 1) === BACKSLASH ? i + 2 : i;
		if (code === LF) return i;
		i++;
	}
	return end;
}

/** Index just past a CSI whose parameters start at `from`. */
function skipCsi(text: string, from: number): number {
	let i = from;
	const end = text.length;
	while (i < end) {
		const code = text.charCodeAt(i);
		if (code >= 0x30 && code <= 0x3f) i++;
		else break;
	}
	while (i < end) {
		const code = text.charCodeAt(i);
		if (code >= 0x20 && code <= 0x2f) i++;
		else break;
	}
	if (i < end) {
		const code = text.charCodeAt(i);
		if (code >= 0x40 && code <= 0x7e) return i + 1;
	}
	return i;
}

/** Index just past the escape sequence that starts with the ESC at `at`. */
function skipEscape(text: string, at: number): number {
	const next = at + 1;
	if (next >= text.length) return next;
	const code = text.charCodeAt(next);
	switch (code) {
		case 0x5b: // [
			return skipCsi(text, next + 1);
		case 0x5d: // ]
		case 0x50: // P
		case 0x58: // X
		case 0x5e: // ^
		case 0x5f: // _
			return skipControlString(text, next + 1);
		default:
			break;
	}
	// nF / Fp / Fe / Fs: ESC, intermediates 0x20–0x2F, final 0x30–0x7E.
	let i = next;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (c >= 0x20 && c <= 0x2f) i++;
		else break;
	}
	if (i < text.length) {
		const c = text.charCodeAt(i);
		if (c >= 0x30 && c <= 0x7e) return i + 1;
	}
	// A lone ESC (or ESC + dangling intermediates): drop only the ESC, keep what follows.
	return next;
}

export function sanitize(text: string): string {
	if (!suspicious.test(text)) return text;

	const chunks: string[] = [];
	/** Start of the pending run of kept characters. */
	let runStart = 0;
	/** Display column reached at the end of chunks[measuredChunks - 1] (for tab stops). */
	let column = 0;
	let measuredChunks = 0;

	const flush = (until: number): void => {
		if (until > runStart) chunks.push(text.slice(runStart, until));
	};

	/** Replaces the tab at `at` with spaces up to the next tab stop. */
	const expandTab = (at: number): void => {
		let pending = text.slice(runStart, at);
		if (chunks.length > measuredChunks) pending = chunks.splice(measuredChunks).join('') + pending;
		const newline = pending.lastIndexOf('\n');
		const line = newline === -1 ? pending : pending.slice(newline + 1);
		if (newline !== -1) column = 0;
		column += printableAscii.test(line) ? line.length : stringWidth(line);
		const spaces = TAB_WIDTH - (column % TAB_WIDTH);
		column += spaces;
		chunks.push(pending + ' '.repeat(spaces));
		measuredChunks = chunks.length;
	};

	const end = text.length;
	let i = 0;
	while (i < end) {
		const code = text.charCodeAt(i);
		// Fast path: ordinary printable text.
		if ((code >= 0x20 && code < DEL) || code === LF || (code > 0x9f && code < 0x061c)) {
			i++;
			continue;
		}
		let next: number;
		if (code === ESC) {
			next = skipEscape(text, i);
		} else if (code === C1_CSI) {
			next = skipCsi(text, i + 1);
		} else if (code === C1_OSC || code === C1_DCS || code === C1_SOS || code === C1_PM || code === C1_APC) {
			next = skipControlString(text, i + 1);
		} else if (code === TAB) {
			expandTab(i);
			i++;
			runStart = i;
			continue;
		} else if (code === CR || isDropped(code)) {
			// `\r\n` keeps its `\n` (the next character); a lone `\r` simply goes.
			next = i + 1;
		} else {
			i++;
			continue;
		}
		flush(i);
		i = next;
		runStart = next;
	}
	flush(end);
	return chunks.join('');
}
