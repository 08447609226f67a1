import type {View} from './view';

/** A match of the search query: characters `start`–`end` of item `item`'s text. */
export type Match = {readonly item: number; readonly start: number; readonly end: number};

/** A view's lower-cased text as one string, with where each item starts in it. */
type SearchText = {readonly text: string; readonly starts: Int32Array; readonly exact: boolean};

// Made on a view's first search, kept with the view: lowering the joined text is one native call,
// and nothing is held for a reader who never searches.
const searchTexts = new WeakMap<View, SearchText>();

function searchText(view: View): SearchText {
	const cached = searchTexts.get(view);
	if (cached) return cached;
	const starts = new Int32Array(view.items.length + 1);
	const parts = view.items.map((item, index) => {
		const text = item.kind === 'hidden' ? '' : item.text;
		starts[index + 1] = starts[index]! + text.length + 1;
		return text;
	});
	const joined = parts.join('\n');
	// toLowerCase needs no locale for Norwegian. It keeps lengths except for rare letters ("İ"),
	// and only lengthens; when it does, offsets would drift, and items are searched one by one.
	const text = joined.toLowerCase();
	const built = {text, starts, exact: text.length === joined.length};
	searchTexts.set(view, built);
	return built;
}

/** The item whose text holds position `at` of the joined search text. */
function itemAt(starts: Int32Array, at: number): number {
	let low = 0;
	let high = starts.length - 2;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= at) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** Every case-insensitive occurrence of `query` in the view's text, in reading order. */
export function findMatches(view: View, query: string): Match[] {
	return scanMatches(view, query).matches;
}

/**
 * The first part of a search, or all of it: the matches in reading order until `stop` says so
 * (checked after each match). `resumeAt` is where `finishScan` goes on; -1 when the scan is complete.
 */
export type MatchScan = {readonly query: string; readonly matches: Match[]; readonly resumeAt: number};

export function scanMatches(view: View, query: string, stop?: (match: Match) => boolean): MatchScan {
	const needle = query.trim().toLowerCase();
	if (needle.length === 0 || needle.includes('\n')) return {query, matches: [], resumeAt: -1};
	const {exact} = searchText(view);
	if (!exact) return {query, matches: findMatchesPerItem(view, needle), resumeAt: -1};
	return scanText(view, query, needle, [], 0, stop);
}

/** The rest of a scan that stopped early: every match. */
export function finishScan(view: View, scan: MatchScan): Match[] {
	if (scan.resumeAt < 0) return scan.matches;
	const needle = scan.query.trim().toLowerCase();
	return scanText(view, scan.query, needle, scan.matches.slice(), scan.resumeAt).matches;
}

function scanText(view: View, query: string, needle: string, matches: Match[], from: number, stop?: (match: Match) => boolean): MatchScan {
	const {text, starts} = searchText(view);
	// One scan of the whole view: a long article costs one native search, not one per paragraph.
	let at = text.indexOf(needle, from);
	while (at !== -1) {
		const item = itemAt(starts, at);
		const start = at - starts[item]!;
		const match = {item, start, end: start + needle.length};
		matches.push(match);
		at = text.indexOf(needle, at + needle.length);
		if (at !== -1 && stop?.(match)) return {query, matches, resumeAt: at};
	}
	return {query, matches, resumeAt: -1};
}

function findMatchesPerItem(view: View, needle: string): Match[] {
	const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
	const matches: Match[] = [];
	view.items.forEach((item, index) => {
		if (item.kind === 'hidden') return;
		for (const found of item.text.matchAll(pattern)) {
			matches.push({item: index, start: found.index, end: found.index + found[0].length});
		}
	});
	return matches;
}

export function isAfter(match: Match, item: number, offset: number): boolean {
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
