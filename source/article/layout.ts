import type {View} from './view';
import {wrapText, type Span} from './wrap';

export type LineKind = 'heading' | 'rule' | 'text' | 'quote' | 'hidden' | 'blank';

/** A screen line: `item` text from `start` to `end`, drawn after `indent` spaces. */
export type Line = {
	readonly item: number;
	readonly kind: LineKind;
	readonly start: number;
	readonly end: number;
	readonly indent: number;
};

/** A place in the article: a line of an item. */
export type Position = {readonly item: number; readonly line: number};

export const quoteIndent = 2;

/**
 * Wraps a view's items for one text width, lazily and once per item, and moves through the
 * resulting lines without ever wrapping the whole article: every operation costs in
 * proportion to the lines it passes, not to the article's length.
 */
export class Layout {
	readonly #cache: (Line[] | undefined)[];
	readonly #endTops = new Map<number, Position>();

	constructor(
		readonly view: View,
		readonly width: number,
	) {
		this.#cache = new Array<Line[] | undefined>(view.items.length);
	}

	get itemCount(): number {
		return this.view.items.length;
	}

	lines(item: number): Line[] {
		const cached = this.#cache[item];
		if (cached) return cached;
		const built = this.#wrapItem(item);
		this.#cache[item] = built;
		return built;
	}

	#wrapItem(item: number): Line[] {
		const entry = this.view.items[item];
		if (!entry) return [];
		const lines: Line[] = [];
		const blank: Line = {item, kind: 'blank', start: 0, end: 0, indent: 0};
		const toLines = (spans: Span[], kind: LineKind, hang: number) => {
			spans.forEach((span, index) => {
				lines.push({item, kind, start: span.start, end: span.end, indent: index === 0 ? 0 : hang});
			});
		};
		switch (entry.kind) {
			case 'heading': {
				toLines(wrapText(entry.text, this.width), 'heading', 0);
				lines.push({item, kind: 'rule', start: 0, end: 0, indent: 0});
				break;
			}
			case 'paragraph': {
				if (entry.quote) {
					toLines(wrapText(entry.text, this.width - quoteIndent, this.width), 'quote', quoteIndent);
				} else {
					toLines(wrapText(entry.text, this.width), 'text', 0);
				}
				break;
			}
			case 'hidden': {
				lines.push({item, kind: 'hidden', start: 0, end: entry.text.length, indent: 0});
				break;
			}
		}
		lines.push(blank);
		return lines;
	}

	/** Moves `count` lines down, stopping at the last line. */
	down(from: Position, count: number): Position {
		let {item, line} = from;
		let left = count;
		while (left > 0) {
			const size = this.lines(item).length;
			const step = Math.min(left, size - 1 - line);
			if (step > 0) {
				line += step;
				left -= step;
				continue;
			}
			if (item >= this.itemCount - 1) break;
			item++;
			line = 0;
			left--;
		}
		return {item, line};
	}

	/** Moves `count` lines up, stopping at the first line. */
	up(from: Position, count: number): Position {
		let {item, line} = from;
		let left = count;
		while (left > 0) {
			const step = Math.min(left, line);
			if (step > 0) {
				line -= step;
				left -= step;
				continue;
			}
			if (item <= 0) break;
			item--;
			line = this.lines(item).length - 1;
			left--;
		}
		return {item, line};
	}

	/** The highest top from which `height` lines reach the article's end. */
	endTop(height: number): Position {
		const cached = this.#endTops.get(height);
		if (cached) return cached;
		const lastItem = Math.max(0, this.itemCount - 1);
		// The last item's trailing blank line is not worth a screen line at the end.
		const last = {item: lastItem, line: Math.max(0, this.lines(lastItem).length - 2)};
		const top = this.up(last, Math.max(0, height - 1));
		this.#endTops.set(height, top);
		return top;
	}

	static compare(a: Position, b: Position): number {
		return a.item === b.item ? a.line - b.line : a.item - b.item;
	}

	/** Scrolling never goes past the end, but a jump may have put the top below it; keep that. */
	scrollDown(from: Position, count: number, height: number): Position {
		const end = this.endTop(height);
		if (Layout.compare(from, end) >= 0) return from;
		const next = this.down(from, count);
		return Layout.compare(next, end) > 0 ? end : next;
	}

	/** The `height` lines from `top`, fewer at the end of the article. */
	visible(top: Position, height: number): Line[] {
		const out: Line[] = [];
		let {item, line} = top;
		while (out.length < height && item < this.itemCount) {
			const lines = this.lines(item);
			while (line < lines.length && out.length < height) out.push(lines[line++]!);
			item++;
			line = 0;
		}
		return out;
	}

	/** The line of `item` that holds character `offset`. */
	positionAt(item: number, offset: number): Position {
		const lines = this.lines(item);
		let found = 0;
		for (let index = 0; index < lines.length; index++) {
			const line = lines[index]!;
			if (line.kind === 'blank' || line.kind === 'rule') continue;
			if (line.start <= offset) found = index;
		}
		return {item, line: found};
	}

	/** Character offset where the line at `position` starts in its item's text. */
	offsetAt(position: Position): number {
		const lines = this.lines(position.item);
		for (let index = Math.min(position.line, lines.length - 1); index >= 0; index--) {
			const line = lines[index]!;
			if (line.kind !== 'blank' && line.kind !== 'rule') return line.start;
		}
		return 0;
	}

	clamp(position: Position): Position {
		if (this.itemCount === 0) return {item: 0, line: 0};
		const item = Math.min(Math.max(0, position.item), this.itemCount - 1);
		const line = Math.min(Math.max(0, position.line), this.lines(item).length - 1);
		return {item, line};
	}

	/** Share of the article's characters above the bottom of the screen, 0–100. */
	percent(top: Position, height: number): number {
		const total = this.view.charsBefore[this.itemCount] ?? 0;
		if (total === 0) return 100;
		if (Layout.compare(top, this.endTop(height)) >= 0) return 100;
		const bottom = this.down(top, height - 1);
		const lines = this.lines(bottom.item);
		const line = lines[bottom.line];
		const within = line && line.kind !== 'blank' && line.kind !== 'rule' ? line.end : 0;
		const chars = (this.view.charsBefore[bottom.item] ?? 0) + within;
		return Math.min(100, Math.floor((chars / total) * 100));
	}
}
