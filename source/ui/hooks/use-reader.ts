import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {Layout, type Position} from '../../article/layout';
import {
	anchorOf,
	anchorOfParagraph,
	nextSectionStart,
	paragraphAt,
	paragraphsOnScreen,
	positionOf,
	previousSectionStart,
	sectionAt,
	sectionStartOf,
	startAnchor,
	topAnchor,
	type Anchor,
	type ReadingPlace,
} from '../../article/navigate';
import {finishScan, isAfter, nextMatch, scanMatches, type Match, type MatchScan} from '../../article/search';
import type {Article} from '../../article/types';
import {buildView, type View} from '../../article/view';
import type {Command} from '../keymap';

export type Search = {
	readonly query: string;
	readonly matches: Match[];
	readonly current: number;
	/** While the matches past the screen are still to be found (a long article): the scan to finish. */
	readonly pending?: MatchScan | undefined;
};

function finishSearch(view: View, search: Search): Search {
	return search.pending ? {...search, matches: finishScan(view, search.pending), pending: undefined} : search;
}

function matchMessage(search: Search): string {
	return `match ${search.current + 1} of ${search.pending ? '…' : search.matches.length}`;
}

export type {ReadingPlace} from '../../article/navigate';

export type ReaderOptions = {
	readonly article: Article;
	readonly width: number;
	readonly height: number;
	readonly initial?: ReadingPlace | undefined;
	readonly initialSection?: number | undefined;
	/** Paragraphs already read in earlier sessions. */
	readonly initialSeen?: ReadonlySet<number> | undefined;
	readonly initialMessage?: string | null | undefined;
};

type State = {
	readonly speaker: string | null;
	readonly anchor: Anchor;
	readonly search: Search | null;
	readonly message: string | null;
};

function initialState(options: ReaderOptions): State {
	const speaker = options.initial?.speaker ?? null;
	const anchor = startAnchor(buildView(options.article, speaker), {initial: options.initial, section: options.initialSection});
	return {speaker, anchor, search: null, message: options.initialMessage ?? null};
}

function atMatch(layout: Layout, previous: State, search: Search, index: number): State {
	const match = search.matches[index];
	return {
		...previous,
		search: {...search, current: index},
		anchor: match ? anchorOf(layout, layout.positionAt(match.item, match.start)) : previous.anchor,
		message: matchMessage({...search, current: index}),
	};
}

/** The reader's state and every command on it; pure article code does the work. */
export default function useReader(options: ReaderOptions) {
	const {article, width, height} = options;
	const [state, setState] = useState<State>(() => initialState(options));
	const seen = useRef<Set<number>>(new Set(options.initialSeen));

	const view = useMemo(() => buildView(article, state.speaker), [article, state.speaker]);
	const layout = useMemo(() => new Layout(view, width), [view, width]);
	const top = positionOf(layout, state.anchor);

	for (const paragraph of paragraphsOnScreen(layout, top, height)) seen.current.add(paragraph);

	/** One command applied to the state before it, so a burst of keys ("jjj") moves three times. */
	const step = useCallback(
		(previous: State, command: Command): State => {
			const from = positionOf(layout, previous.anchor);
			const to = (position: Position, message: string | null = null): State => ({
				...previous,
				anchor: anchorOf(layout, layout.clamp(position)),
				message,
			});
			const half = Math.max(1, Math.floor(height / 2));
			const page = Math.max(1, height - 2);
			switch (command) {
				case 'line.down':
					return to(layout.scrollDown(from, 1, height));
				case 'line.up':
					return to(layout.up(from, 1));
				case 'page.down':
					return to(layout.scrollDown(from, page, height));
				case 'page.up':
					return to(layout.up(from, page));
				case 'half.down':
					return to(layout.scrollDown(from, half, height));
				case 'half.up':
					return to(layout.up(from, half));
				case 'top':
					return to({item: 0, line: 0});
				case 'bottom':
					return to(layout.endTop(height));
				case 'section.next':
					return to(nextSectionStart(view, from) ?? from, nextSectionStart(view, from) ? null : 'last section');
				case 'section.previous':
					return to(previousSectionStart(view, from));
				case 'search.next':
				case 'search.previous': {
					const search = previous.search?.pending ? finishSearch(view, previous.search) : previous.search;
					if (!search || search.matches.length === 0) {
						return to(from, search ? `no match for “${search.query}”` : 'no search yet: press /');
					}
					const count = search.matches.length;
					const index =
						command === 'search.next' ? (search.current + 1) % count : (search.current - 1 + count) % count;
					return atMatch(layout, previous, search, index);
				}
				case 'close':
					return {...previous, search: null, message: null};
				default:
					return previous;
			}
		},
		[height, layout, view],
	);

	const run = useCallback(
		(command: Command) => {
			setState(previous => step(previous, command));
		},
		[step],
	);

	const moveTo = useCallback(
		(position: Position, message: string | null = null) => {
			setState(previous => ({...previous, anchor: anchorOf(layout, layout.clamp(position)), message}));
		},
		[layout],
	);

	const goToSection = useCallback(
		(section: number) => {
			const start = sectionStartOf(view, section);
			if (start) moveTo(start);
			else setState(previous => ({...previous, message: `no section ${section + 1}`}));
		},
		[moveTo, view],
	);

	/** The search for `query` from where the reader is (after any keys still being applied). */
	const findFrom = useCallback(
		(previous: State, query: string): State => {
			const from = positionOf(layout, previous.anchor);
			const offset = layout.offsetAt(from);
			// Found now: the matches up to the screen that shows the first one after the reader.
			// The rest follow right after that screen (see below), so a long article answers as fast.
			let first: Match | undefined;
			const scan = scanMatches(view, query, match => {
				first ??= isAfter(match, from.item, offset) ? match : undefined;
				return first !== undefined && match.item > first.item + height;
			});
			const found: Search = {query, matches: scan.matches, current: 0, pending: scan.resumeAt >= 0 ? scan : undefined};
			if (scan.matches.length === 0) return {...previous, search: found, message: `no match for “${query}”`};
			return atMatch(layout, previous, found, nextMatch(scan.matches, from.item, offset));
		},
		[height, layout, view],
	);

	// The last query, kept after Esc clears the highlight: `/` and Enter alone search for it again.
	const lastQuery = useRef('');
	const search = useCallback(
		(typed: string) => {
			if (typed.trim() === '' && lastQuery.current === '') return setState(previous => ({...previous, message: 'no search yet: type a word after /'}));
			if (typed.trim() === '') {
				// As in less and vim: the next match of the last search.
				const again = lastQuery.current;
				return setState(previous => (previous.search?.query === again ? step(previous, 'search.next') : findFrom(previous, again)));
			}
			lastQuery.current = typed;
			return setState(previous => findFrom(previous, typed));
		},
		[findFrom, step],
	);

	// The rest of a search that stopped at the screen, once that screen is drawn.
	const pending = state.search?.pending;
	useEffect(() => {
		if (!pending) return;
		const timer = setImmediate(() => {
			setState(previous => {
				const search = previous.search;
				if (!search || search.pending !== pending) return previous;
				const done = finishSearch(view, search);
				return {...previous, search: done, message: previous.message === matchMessage(search) ? matchMessage(done) : previous.message};
			});
		});
		return () => clearImmediate(timer);
	}, [pending, view]);

	/** Filters to one speaker from the top of their part, or clears the filter keeping the same paragraph. */
	const setSpeaker = useCallback(
		(speaker: string | null) => {
			const {paragraph, atHeading} = paragraphAt(view, top.item);
			const offset = view.items[top.item]?.kind === 'paragraph' ? layout.offsetAt(top) : 0;
			const anchor = speaker === null ? anchorOfParagraph(buildView(article, null), paragraph, offset, atHeading) : topAnchor;
			setState(previous => ({
				...previous,
				speaker,
				anchor,
				search: null,
				message: speaker ? null : 'filter cleared',
			}));
		},
		[article, layout, top, view],
	);

	const notify = useCallback((message: string | null) => {
		setState(previous => ({...previous, message}));
	}, []);

	const {paragraph, atHeading} = paragraphAt(view, top.item);
	const place: ReadingPlace = {
		paragraph,
		offset: view.items[top.item]?.kind === 'paragraph' ? layout.offsetAt(top) : 0,
		atHeading,
		speaker: state.speaker,
	};

	return {
		view,
		layout,
		top,
		lines: layout.visible(top, height),
		section: sectionAt(view, top.item),
		percent: layout.percent(top, height),
		speaker: state.speaker,
		search: state.search,
		message: state.message,
		seen: seen.current,
		place,
		run,
		goToSection,
		runSearch: search,
		setSpeaker,
		notify,
	};
}

export type Reader = ReturnType<typeof useReader>;
