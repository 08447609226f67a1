/**
 * Turns the raw bytes of an article file into text. Pure: no fs.
 *
 * - A UTF-8 BOM is stripped; a UTF-16 LE/BE BOM means the file is decoded as UTF-16.
 * - A NUL byte anywhere (a NUL code unit for UTF-16) means a binary file: `{ok: false}`.
 * - Valid UTF-8 is decoded as UTF-8; anything else as windows-1252 (a superset of the printable
 *   part of Latin-1), so "Ø" and "å" written by older Windows/Mac tools come out right.
 *   windows-1252 never fails: its five undefined bytes decode to C1 controls, which sanitize()
 *   removes later.
 * - CRLF and lone CR become `\n`.
 * - Empty or whitespace-only input is `{ok: true, text: ''}`: the caller decides the error.
 *
 * The text is NOT sanitised here; run sanitize() on it next.
 */
import {Buffer, isUtf8} from 'node:buffer';

export type ArticleEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
	| {ok: true; text: string; encoding: ArticleEncoding}
	| {ok: false; reason: string};

const latin1 = new TextDecoder('windows-1252');

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F. Needed because Node 20.18.3+ (and 22.13+)
 * decode 'windows-1252' as ISO-8859-1, turning 0x96 into U+0096 instead of "–"
 * (https://github.com/nodejs/node/issues/60888, #56542). The five undefined bytes map to
 * themselves, as in the standard.
 */
const high1252 = [
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
	0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
	0x0153, 0x009d, 0x017e, 0x0178,
].map(code => String.fromCharCode(code));

/** Decodes windows-1252 per the WHATWG Encoding Standard, whichever way Node's decoder behaves. */
export function decodeWindows1252(bytes: Uint8Array): string {
	// Correct decoders yield U+0080–U+009F only for the undefined bytes, which map to themselves.
	return latin1.decode(bytes).replace(/[\x80-\x9f]/g, ch => high1252[ch.charCodeAt(0) - 0x80]!);
}

function normaliseNewlines(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function done(text: string, encoding: ArticleEncoding): DecodeResult {
	// Single-byte and UTF-8 text was checked for NUL bytes already; UTF-16 is checked here.
	if (encoding.startsWith('utf-16') && text.includes('\0')) return {ok: false, reason: 'binary file (contains NUL characters)'};
	const normalised = normaliseNewlines(text);
	return {ok: true, text: /\S/.test(normalised) ? normalised : '', encoding};
}

export function decodeArticle(bytes: Uint8Array): DecodeResult {
	// Always view the bytes as a plain Uint8Array (a Buffer may come from a shared pool).
	const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);

	if (view.length >= 2) {
		const b0 = view[0];
		const b1 = view[1];
		if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
			const encoding: ArticleEncoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
			// Not fatal: an odd trailing byte or a lone surrogate becomes U+FFFD.
			const text = new TextDecoder(encoding).decode(view.subarray(2));
			return done(text, encoding);
		}
	}

	// NUL bytes: Uint8Array#indexOf is a native scan, cheap even for large files.
	if (view.indexOf(0) !== -1) return {ok: false, reason: 'binary file (contains NUL bytes)'};

	const body = view.length >= 3 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf ? view.subarray(3) : view;

	// isUtf8 and Buffer#toString are native and several times faster than a fatal TextDecoder.
	if (isUtf8(body)) return done(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), 'utf-8');
	return done(decodeWindows1252(body), 'windows-1252');
}
