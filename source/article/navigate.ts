import {Layout, type Position} from './layout';
import type {Article} from './types';
import type {View} from './view';

/**
 * A place that survives re-wrapping: the line of `item` holding character `offset`, plus
 * `extra` lines below it (a heading's rule, the blank line after a paragraph).
 */
export type Anchor = {readonly item: number; readonly offset: number; readonly extra: number};

export const topAnchor: Anchor = {item: 0, offset: 0, extra: 0};

export function anchorOf(layout: Layout, position: Position): Anchor {
	const offset = layout.offsetAt(position);
	const base = layout.positionAt(position.item, offset);
	return {item: position.item, offset, extra: Math.max(0, position.line - base.line)};
}

export function positionOf(layout: Layout, anchor: Anchor): Position {
	if (layout.itemCount === 0) return {item: 0, line: 0};
	const item = Math.min(Math.max(0, anchor.item), layout.itemCount - 1);
	const base = layout.positionAt(item, anchor.offset);
	return layout.clamp({item, line: base.line + anchor.extra});
}

/** The section whose text is at `item`. */
export function sectionAt(view: View, item: number): number {
	return view.items[item]?.section ?? 0;
}

/** Start of the next shown section below `top`, if any. */
export function nextSectionStart(view: View, top: Position): Position | undefined {
	const start = view.sectionStarts.find(entry => entry.item > top.item);
	return start ? {item: start.item, line: 0} : undefined;
}

/** Start of this section when below it, else the start of the previous one. */
export function previousSectionStart(view: View, top: Position): Position {
	let current = -1;
	for (let index = view.sectionStarts.length - 1; index >= 0; index--) {
		if (view.sectionStarts[index]!.item <= top.item) {
			current = index;
			break;
		}
	}
	if (current === -1) return {item: 0, line: 0};
	const start = view.sectionStarts[current]!;
	if (top.item > start.item || top.line > 0) return {item: start.item, line: 0};
	const previous = view.sectionStarts[current - 1];
	return {item: previous ? previous.item : 0, line: 0};
}

/** Start of article section `section` (0-based), or the next shown one after it. */
export function sectionStartOf(view: View, section: number): Position | undefined {
	const start = view.sectionStarts.find(entry => entry.section >= section);
	return start ? {item: start.item, line: 0} : undefined;
}

/** The paragraph a position stands for: its own, or the first one after a heading or marker. */
export function paragraphAt(view: View, item: number): {paragraph: number; atHeading: boolean} {
	const entry = view.items[item];
	if (entry?.kind === 'paragraph') return {paragraph: entry.paragraph, atHeading: false};
	for (let index = item + 1; index < view.items.length; index++) {
		const next = view.items[index]!;
		if (next.kind === 'paragraph') return {paragraph: next.paragraph, atHeading: entry?.kind === 'heading'};
	}
	for (let index = item - 1; index >= 0; index--) {
		const previous = view.items[index]!;
		if (previous.kind === 'paragraph') return {paragraph: previous.paragraph, atHeading: false};
	}
	return {paragraph: 0, atHeading: entry?.kind === 'heading'};
}

/** Where paragraph `paragraph` is in the view; at its section heading when `atHeading`. */
export function anchorOfParagraph(view: View, paragraph: number, offset: number, atHeading: boolean): Anchor {
	const count = view.itemOfParagraph.length;
	if (count === 0) return topAnchor;
	const clamped = Math.min(Math.max(0, paragraph), count - 1);
	let item = -1;
	for (let index = clamped; index < count && item === -1; index++) {
		if (view.itemOfParagraph[index]! >= 0) item = view.itemOfParagraph[index]!;
	}
	for (let index = clamped - 1; index >= 0 && item === -1; index--) {
		if (view.itemOfParagraph[index]! >= 0) item = view.itemOfParagraph[index]!;
	}
	if (item === -1) return topAnchor;
	const exact = view.itemOfParagraph[clamped] === item;
	if (atHeading && item > 0 && view.items[item - 1]?.kind === 'heading') return {item: item - 1, offset: 0, extra: 0};
	return {item, offset: exact ? Math.max(0, offset) : 0, extra: 0};
}

/** Paragraph indices on screen. */
export function paragraphsOnScreen(layout: Layout, top: Position, height: number): number[] {
	const seen: number[] = [];
	let last = -1;
	for (const line of layout.visible(top, height)) {
		const entry = layout.view.items[line.item];
		if (line.item !== last && entry?.kind === 'paragraph') seen.push(entry.paragraph);
		last = line.item;
	}
	return seen;
}

export type ReadState = 'read' | 'partly' | 'unread';

export function sectionReadStates(article: Article, seen: ReadonlySet<number>): ReadState[] {
	return article.sections.map(section => {
		const total = section.paragraphs.length;
		const count = section.paragraphs.filter(paragraph => seen.has(paragraph.index)).length;
		if (total === 0 || count === total) return count === 0 && total > 0 ? 'unread' : 'read';
		return count === 0 ? 'unread' : 'partly';
	});
}

/** Where the reader is, in terms that survive a re-wrap or an edited file. */
export type ReadingPlace = {
	readonly paragraph: number;
	readonly offset: number;
	readonly atHeading: boolean;
	readonly speaker: string | null;
};

/** Where the reader opens: a requested section (0-based), else a saved place, else the top. */
export function startAnchor(view: View, start: {initial?: ReadingPlace | undefined; section?: number | undefined}): Anchor {
	if (start.section !== undefined) {
		const position = sectionStartOf(view, start.section);
		return position ? {item: position.item, offset: 0, extra: 0} : topAnchor;
	}
	const {initial} = start;
	// The article's very start stays the view's start, hidden-paragraph marker included.
	if (initial && (initial.paragraph > 0 || initial.offset > 0)) {
		return anchorOfParagraph(view, initial.paragraph, initial.offset, initial.atHeading);
	}
	return topAnchor;
}
