import {Box, Text, useApp, useInput} from 'ink';
import React, {useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import {speakerLabel} from './article/format';
import {matchesInItem, prepareSearch} from './article/search';
import {nameRanges} from './article/speaker-names';
import {sectionReadStates} from './article/navigate';
import type {Article} from './article/types';
import {ArticleBody, type Highlight} from './ui/components/article-body';
import {Header} from './ui/components/header';
import {HelpScreen} from './ui/components/help-screen';
import {PickList, type PickItem} from './ui/components/pick-list';
import {StatusLine} from './ui/components/status-line';
import {progressText} from './ui/frame-text';
import {bodyHeight, minColumns, minRows, textColumn, tooSmallText} from './ui/screen';
import {editLine} from './ui/line-editor';
import useReader, {type ReadingPlace} from './ui/hooks/use-reader';
import useAttribution from './ui/hooks/use-attribution';
import useTerminalSize from './ui/hooks/use-terminal-size';
import {commandFor} from './ui/keymap';
import type {Theme} from './ui/theme';

export type Screen = 'reader' | 'contents' | 'speakers' | 'help' | 'search';

export type AppProps = {
	readonly article: Article;
	readonly theme: Theme;
	/** The widest the text column gets, however wide the terminal. */
	readonly maxWidth: number;
	/** False when the speakers are still to be attributed; the app does it after the first screen. */
	readonly speakersReady?: boolean | undefined;
	readonly initial?: ReadingPlace | undefined;
	readonly initialSection?: number | undefined;
	readonly initialSeen?: ReadonlySet<number> | undefined;
	readonly initialMessage?: string | null | undefined;
	readonly onPlaceChange?: ((place: ReadingPlace, seen: ReadonlySet<number>) => void) | undefined;
	/** Called once, with the exit code, just before the app unmounts. */
	readonly onExit?: ((code: number) => void) | undefined;
};


const noHighlights: readonly Highlight[] = [];
const readMarks = {read: '[x]', partly: '[-]', unread: '[ ]'} as const;

/** Screens, and which one owns the keyboard. */
export default function App(props: AppProps) {
	const {article, theme} = props;
	const {columns, rows} = useTerminalSize();
	const {exit} = useApp();
	const [screen, setScreen] = useState<Screen>('reader');
	const screenRef = useRef<Screen>('reader');
	const show = useCallback((next: Screen) => {
		screenRef.current = next;
		setScreen(next);
	}, []);
	// The search query lives in a ref as well, so keys arriving in one burst build on each other.
	const [query, setQueryState] = useState('');
	const queryRef = useRef('');
	const setQuery = useCallback((value: string) => {
		queryRef.current = value;
		setQueryState(value);
	}, []);
	const speakersReady = useAttribution(article, props.speakersReady ?? true);
	// `s` pressed while speakers are still being attributed opens the list when they are ready.
	const [speakersWanted, setSpeakersWanted] = useState(false);
	const tooSmall = columns < minColumns || rows < minRows;
	const height = bodyHeight(rows);
	const {width, pad} = textColumn(columns, props.maxWidth);

	const reader = useReader({
		article,
		width,
		height,
		initial: props.initial,
		initialSection: props.initialSection,
		initialSeen: props.initialSeen,
		initialMessage: props.initialMessage,
	});

	const {onPlaceChange} = props;
	const {paragraph, offset, atHeading, speaker} = reader.place;
	// A layout effect runs in the same tick as the frame is written, so a signal that arrives
	// right after a key still finds the new place.
	useLayoutEffect(() => {
		onPlaceChange?.({paragraph, offset, atHeading, speaker}, reader.seen);
	}, [onPlaceChange, paragraph, offset, atHeading, speaker, reader.seen]);

	const quit = useCallback(
		(code: number) => {
			props.onExit?.(code);
			exit();
		},
		[exit, props.onExit],
	);

	/**
	 * One input handler for the reader and the overlays' close keys, always subscribed: Ink
	 * subscribes handlers in an effect, so toggling them would drop a key typed right after a
	 * screen change. The screen is read from a ref that changes with the key, not with the render.
	 */
	useInput((input, key) => {
		if (key.ctrl && input === 'c') return quit(130);
		// A fast typist or a paste sends several characters at once: take them one by one.
		const characters = input.length > 1 && !key.ctrl && !key.meta ? Array.from(input) : [input];
		for (const character of characters) {
			const current = screenRef.current;
			if (current === 'search') {
				const edit = editLine(queryRef.current, character, key);
				setQuery(edit.done ? '' : edit.value);
				if (edit.done) {
					show('reader');
					if (edit.done === 'submit') reader.runSearch(edit.value);
				}
				continue;
			}
			if (current !== 'reader') {
				const closes = key.escape || character === 'q' || (current === 'help' && character === '?');
				const toggles = (current === 'contents' && character === 't') || (current === 'speakers' && character === 's');
				if (closes || toggles) show('reader');
				continue;
			}
			const command = commandFor(character, key);
			switch (command) {
				case undefined:
					break;
				case 'quit':
					return quit(0);
				case 'interrupt':
					return quit(130);
				case 'contents.open':
					show('contents');
					break;
				case 'speakers.open':
					if (!speakersReady) {
						setSpeakersWanted(true);
						reader.notify('finding the speakers…');
					} else if (article.speakers.length === 0) reader.notify('no speakers found in this article');
					else show('speakers');
					break;
				case 'help.open':
					show('help');
					break;
				case 'search.open':
					setQuery('');
					show('search');
					break;
				case 'section.goto':
					reader.goToSection(Number(character) - 1);
					break;
				default:
					reader.run(command);
			}
		}
	});

	// The first search's one-off work, done while the reader sits idle after the first screen.
	useEffect(() => {
		const timer = setImmediate(() => prepareSearch(article));
		return () => clearImmediate(timer);
	}, [article]);

	useLayoutEffect(() => {
		if (!speakersReady || !speakersWanted) return;
		setSpeakersWanted(false);
		if (article.speakers.length === 0) reader.notify('no speakers found in this article');
		else {
			reader.notify(null);
			show('speakers');
		}
	}, [article.speakers, reader, show, speakersReady, speakersWanted]);

	const filterSpeaker = useMemo(
		() => (reader.speaker ? article.speakers.find(entry => entry.name === reader.speaker) : undefined),
		[article.speakers, reader.speaker],
	);
	const {search, view} = reader;
	const highlightsFor = useCallback(
		(item: number): readonly Highlight[] => {
			if (!filterSpeaker && !search) return noHighlights;
			const out: Highlight[] = [];
			const entry = view.items[item];
			if (filterSpeaker && entry?.kind === 'paragraph') {
				for (const range of nameRanges(entry.text, filterSpeaker)) out.push({...range, tone: 'speaker'});
			}
			if (search) {
				const current = search.matches[search.current];
				for (const match of matchesInItem(search.matches, item)) {
					out.push({start: match.start, end: match.end, tone: match === current ? 'currentMatch' : 'match'});
				}
			}
			return out.length > 0 ? out : noHighlights;
		},
		[filterSpeaker, search, view],
	);

	if (tooSmall) {
		return (
			<Text wrap="truncate-end">{tooSmallText(columns, rows)}</Text>
		);
	}

	const sectionCount = article.sections.length;
	const current = article.sections[reader.section];
	const sectionName = current?.heading ?? 'Lead';
	const filterLabel = reader.speaker ? ` · only ${reader.speaker}` : '';
	const right = progressText(reader.section, sectionCount, reader.percent);

	let body: React.ReactNode;
	if (screen === 'contents') {
		const states = sectionReadStates(article, reader.seen);
		const items: PickItem<number>[] = article.sections.map((section, index) => ({
			key: String(index),
			label: `${readMarks[states[index] ?? 'unread']} ${index + 1}. ${section.heading ?? 'Lead'}`,
			value: index,
		}));
		body = (
			<PickList
				title="Contents"
				hint="[x] read  [-] partly read  [ ] unread · Enter jumps · Esc closes"
				items={items}
				initialIndex={reader.section}
				height={height}
				isFocused
				theme={theme}
				onSelect={section => {
					show('reader');
					reader.goToSection(section);
				}}
			/>
		);
	} else if (screen === 'speakers') {
		const items: PickItem<string | null>[] = [
			{key: '\u0000all', label: 'Everyone: show the whole article', value: null},
			...article.speakers.map(entry => ({
				key: entry.name,
				label: speakerLabel(entry),
				value: entry.name,
			})),
		];
		const selected = reader.speaker ? article.speakers.findIndex(entry => entry.name === reader.speaker) + 1 : 0;
		body = (
			<PickList
				title="Speakers"
				hint="paragraphs in brackets · Enter shows only that speaker · Esc closes"
				items={items}
				initialIndex={selected}
				height={height}
				isFocused
				theme={theme}
				onSelect={name => {
					show('reader');
					reader.setSpeaker(name);
				}}
			/>
		);
	} else if (screen === 'help') {
		body = <HelpScreen height={height} columns={columns} theme={theme} />;
	} else {
		body = (
			<ArticleBody
				items={view.items}
				lines={reader.lines}
				height={height}
				width={width}
				pad={pad}
				theme={theme}
				highlightsFor={highlightsFor}
			/>
		);
	}

	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<Header meta={article.meta} title={article.title} columns={columns} theme={theme} />
			{body}
			{screen === 'search' ? (
				<Text {...theme.status} wrap="truncate-end">
					{`/${query}_`.padEnd(columns)}
				</Text>
			) : (
				<StatusLine
					left={`${sectionName}${filterLabel}`}
					message={reader.message}
					right={right}
					columns={columns}
					theme={theme}
				/>
			)}
		</Box>
	);
}
