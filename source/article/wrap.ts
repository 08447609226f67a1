import stringWidth from 'string-width';
import {narrowText} from './narrow-text';

/** One wrapped line: `text.slice(start, end)`, with no spaces at either end. */
export type Span = {readonly start: number; readonly end: number};


export function textWidth(text: string): number {
	return narrowText.test(text) ? text.length : stringWidth(text);
}

// Made on first use: creating a segmenter loads ICU data (about 9 ms), and Latin text never needs it.
let segmenter: Intl.Segmenter | undefined;

/** Cuts a word wider than the line into pieces at grapheme boundaries. */
function breakWord(text: string, start: number, end: number, width: number, firstRoom: number): Span[] {
	const pieces: Span[] = [];
	let pieceStart = start;
	let used = 0;
	let room = firstRoom;
	segmenter ??= new Intl.Segmenter();
	for (const {segment, index} of segmenter.segment(text.slice(start, end))) {
		const at = start + index;
		const w = textWidth(segment);
		if (used + w > room && at > pieceStart) {
			pieces.push({start: pieceStart, end: at});
			pieceStart = at;
			used = 0;
			room = width;
		}
		used += w;
	}
	pieces.push({start: pieceStart, end});
	return pieces;
}

/**
 * Greedy word wrap that reports where each line starts and ends in the text, so search
 * matches and saved positions can be mapped to lines. `firstWidth` lets a first line be
 * narrower or wider than the rest (hanging indents).
 */
export function wrapText(text: string, width: number, firstWidth = width): Span[] {
	const lines: Span[] = [];
	const safeWidth = Math.max(1, width);
	let room = Math.max(1, firstWidth);
	let lineStart = -1;
	let lineEnd = -1;
	let used = 0;
	const length = text.length;
	let position = 0;
	while (position < length) {
		while (position < length && text.charCodeAt(position) === 32) position++;
		if (position >= length) break;
		let wordEnd = text.indexOf(' ', position);
		if (wordEnd === -1) wordEnd = length;
		const w = textWidth(text.slice(position, wordEnd));
		if (lineStart !== -1 && used + 1 + w <= room) {
			lineEnd = wordEnd;
			used += 1 + w;
		} else {
			if (lineStart !== -1) {
				lines.push({start: lineStart, end: lineEnd});
				room = safeWidth;
			}
			if (w <= room) {
				lineStart = position;
				lineEnd = wordEnd;
				used = w;
			} else {
				const pieces = breakWord(text, position, wordEnd, safeWidth, room);
				const last = pieces.pop()!;
				lines.push(...pieces);
				room = safeWidth;
				lineStart = last.start;
				lineEnd = last.end;
				used = textWidth(text.slice(last.start, last.end));
			}
		}
		position = wordEnd;
	}
	if (lineStart !== -1) lines.push({start: lineStart, end: lineEnd});
	if (lines.length === 0) lines.push({start: 0, end: 0});
	return lines;
}
