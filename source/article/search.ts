import type {Article} from './types';
import type {View} from './view';

/** A match of the search query: characters `start`–`end` of item `item`'s text. */
export type Match = {readonly item: number; readonly start: number; readonly end: number};

// Lower-cased texts, made once per article (toLowerCase: no Norwegian letter needs a locale),
// so a search after a filter change does not lower-case the article again.
const loweredArticles = new WeakMap<Article, {paragraphs: string[]; headings: (string | null)[]}>();

function loweredArticle(source: Article) {
	let article = loweredArticles.get(source);
	if (!article) {
		article = {
			paragraphs: source.paragraphs.map(paragraph => paragraph.text.toLowerCase()),
			headings: source.sections.map(section => section.heading?.toLowerCase() ?? null),
		};
		loweredArticles.set(source, article);
	}
	return article;
}

/** Does the one-off work of the first search now (the reader calls it once the screen is up). */
export function prepareSearch(article: Article): void {
	loweredArticle(article);
}

const loweredViews = new WeakMap<View, string[]>();

function lowered(view: View): string[] {
	const cached = loweredViews.get(view);
	if (cached) return cached;
	const {paragraphs, headings} = loweredArticle(view.article);
	const texts = view.items.map(item => {
		if (item.kind === 'paragraph') return paragraphs[item.paragraph] ?? item.text.toLowerCase();
		if (item.kind === 'heading') return headings[item.section] ?? item.text.toLowerCase();
		return '';
	});
	loweredViews.set(view, texts);
	return texts;
}

/** Every case-insensitive occurrence of `query` in the view's text, in reading order. */
export function findMatches(view: View, query: string): Match[] {
	const needle = query.trim().toLowerCase();
	if (needle.length === 0) return [];
	const matches: Match[] = [];
	const texts = lowered(view);
	view.items.forEach((item, index) => {
		if (item.kind === 'hidden') return;
		const haystack = texts[index]!;
		// Lower-casing can change lengths (rare letters); then offsets would drift, so use a regex.
		if (haystack.length !== item.text.length) {
			const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
			for (const found of item.text.matchAll(pattern)) {
				matches.push({item: index, start: found.index, end: found.index + found[0].length});
			}
			return;
		}
		let at = haystack.indexOf(needle);
		while (at !== -1) {
			matches.push({item: index, start: at, end: at + needle.length});
			at = haystack.indexOf(needle, at + needle.length);
		}
	});
	return matches;
}

function isAfter(match: Match, item: number, offset: number): boolean {
	return match.item > item || (match.item === item && match.start >= offset);
}

/** Index of the first match at or after (item, offset), wrapping to the first match. */
export function nextMatch(matches: readonly Match[], item: number, offset: number): number {
	if (matches.length === 0) return -1;
	let low = 0;
	let high = matches.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (isAfter(matches[middle]!, item, offset)) high = middle;
		else low = middle + 1;
	}
	return low === matches.length ? 0 : low;
}

/** The matches inside one item, for highlighting. */
export function matchesInItem(matches: readonly Match[], item: number): Match[] {
	const first = nextMatch(matches, item, 0);
	if (first === -1) return [];
	const out: Match[] = [];
	for (let index = first; index < matches.length && matches[index]!.item === item; index++) out.push(matches[index]!);
	return out;
}
