/**
 * The text of the reader's lines, shared by the Ink components and the first paint (which
 * draws the opening screen before Ink has loaded): both show exactly the same characters.
 */
import type {Line} from '../article/layout';
import type {Article, Meta} from '../article/types';
import {textWidth} from '../article/wrap';
import type {Style, Theme} from './theme';

const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "desember 2021" from "2021-12"; the raw text when it is not a month. */
export function formatDate(date: string | null): string | null {
	if (!date) return null;
	const match = /^(\d{4})-(\d{2})$/.exec(date);
	const month = match ? months[Number(match[2]) - 1] : undefined;
	return match && month ? `${month} ${match[1]}` : date;
}

/** Cuts text to `width` columns, with an ellipsis when it had to cut. */
export function fit(text: string, width: number): string {
	if (width <= 0) return '';
	if (textWidth(text) <= width) return text;
	let out = '';
	for (const character of text) {
		if (textWidth(out + character) > width - 1) break;
		out += character;
	}
	return out + '…';
}

/** The header: category and date, the title, the help hint on the right. */
export function headerParts(meta: Meta, title: string | null, columns: number) {
	const facts = [meta.category?.toUpperCase() ?? null, formatDate(meta.date)].filter(Boolean).join(' · ');
	const hintText = '? help  q quit ';
	const room = Math.max(0, columns - textWidth(hintText) - 1);
	const left = fit(` ${facts}`, room);
	const titleText = title ? fit(`  ${title}`, room - textWidth(left)) : '';
	const gap = ' '.repeat(Math.max(0, columns - textWidth(left) - textWidth(titleText) - textWidth(hintText)));
	const hint = columns > textWidth(left) + textWidth(hintText) ? hintText : '';
	return {left, titleText, gap, hint};
}

/** One inverse line: where you are on the left, a message in the middle, progress on the right. */
export function statusText({left, message, right, columns}: {left: string; message?: string | null; right: string; columns: number}): string {
	const rightPart = ` ${right} `;
	const room = columns - textWidth(rightPart);
	const messagePart = message ? ` · ${message}` : '';
	let leftPart = ` ${left}${messagePart}`;
	if (textWidth(leftPart) > room) {
		const half = Math.floor(room / 2);
		leftPart = fit(` ${left}`, Math.max(0, room - Math.min(textWidth(messagePart), half))) + fit(messagePart, half);
	}
	leftPart = fit(leftPart, room);
	const gap = Math.max(0, columns - textWidth(leftPart) - textWidth(rightPart));
	return fit(leftPart + ' '.repeat(gap) + rightPart, columns);
}

/** The status line's left side: the section's heading (or "Lead") and any speaker filter. */
export function placeText(article: Article, section: number, speaker: string | null): string {
	const name = article.sections[section]?.heading ?? 'Lead';
	return speaker ? `${name} · only ${speaker}` : name;
}

/** "2/4  37%": section k of n and how far through the article the screen reaches. */
export function progressText(section: number, sections: number, percent: number): string {
	return `${section + 1}/${sections} ${String(percent).padStart(3)}%`;
}

/** A stretch of a line's text to emphasise. */
export type Highlight = {readonly start: number; readonly end: number; readonly tone: 'match' | 'currentMatch' | 'speaker'};

export type Segment = {readonly text: string; readonly tone: Highlight['tone'] | null};

/** Splits a line into plain and highlighted segments; highlights are item text offsets. */
export function segmentsOf(text: string, line: Line, highlights: readonly Highlight[]): Segment[] {
	const segments: Segment[] = [];
	let at = line.start;
	const inLine = highlights
		.filter(highlight => highlight.end > line.start && highlight.start < line.end)
		.sort((a, b) => a.start - b.start);
	for (const highlight of inLine) {
		const start = Math.max(highlight.start, at);
		const end = Math.min(highlight.end, line.end);
		if (end <= start) continue;
		if (start > at) segments.push({text: text.slice(at, start), tone: null});
		segments.push({text: text.slice(start, end), tone: highlight.tone});
		at = end;
	}
	if (at < line.end) segments.push({text: text.slice(at, line.end), tone: null});
	return segments;
}

export function lineStyle(theme: Theme, line: Line): Style {
	switch (line.kind) {
		case 'heading':
			return theme.heading;
		case 'rule':
			return theme.rule;
		case 'quote':
			return theme.quote;
		case 'hidden':
			return theme.hidden;
		default:
			return theme.text;
	}
}

/** The rule under a heading: as wide as the heading, at most the text column. */
export function ruleText(headingText: string, width: number): string {
	return '─'.repeat(Math.min(width, textWidth(headingText)));
}
