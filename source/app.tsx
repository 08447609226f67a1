import {Box, Text, useApp, useInput} from 'ink';
import React, {useCallback, useLayoutEffect, useRef, useState} from 'react';
import type {Article} from './article/types';
import {ArticleBody} from './ui/components/article-body';
import {ContentsList} from './ui/components/contents-list';
import {Header} from './ui/components/header';
import {HelpScreen} from './ui/components/help-screen';
import {SpeakerList} from './ui/components/speaker-list';
import {StatusLine} from './ui/components/status-line';
import {placeText, progressText} from './ui/frame-text';
import {bodyHeight, minColumns, minRows, textColumn, tooSmallText} from './ui/screen';
import {editLine} from './ui/line-editor';
import {listAction} from './ui/list-keys';
import useReader, {type ReadingPlace} from './ui/hooks/use-reader';
import useAttribution from './ui/hooks/use-attribution';
import useHighlights from './ui/hooks/use-highlights';
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
	/** Ctrl-Z: hand the terminal back to the shell until the reader is resumed. */
	readonly onSuspend?: (() => void) | undefined;
	/** Called once, with the exit code, just before the app unmounts. */
	readonly onExit?: ((code: number) => void) | undefined;
};


/** Screens, and which one owns the keyboard. */
export default function App(props: AppProps) {
	const {article, theme} = props;
	const {columns, rows} = useTerminalSize();
	const {exit} = useApp();
	const [screen, setScreen] = useState<Screen>('reader');
	const [suspended, setSuspended] = useState(false);
	const screenRef = useRef<Screen>('reader');
	// The highlighted entry of the open list, in a ref too, so keys in one burst build on each other.
	const [selected, setSelectedState] = useState(0);
	const selectedRef = useRef(0);
	const show = useCallback((next: Screen, listEntry = 0) => {
		screenRef.current = next;
		selectedRef.current = listEntry;
		setScreen(next);
		setSelectedState(listEntry);
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

	// The speakers list opens on the active filter; entry 0 is "Everyone".
	// Kept in a ref set with the key: a key typed just after the choice may still reach the
	// handler of the render before it.
	const activeSpeakerRef = useRef(reader.speaker);
	const activeSpeakerEntry = useCallback(() => {
		const active = activeSpeakerRef.current;
		return active ? article.speakers.findIndex(entry => entry.name === active) + 1 : 0;
	}, [article.speakers]);

	/**
	 * One input handler for every screen, always subscribed: Ink subscribes handlers in an effect,
	 * so toggling them would drop a key typed right after a screen change, and two handlers would
	 * both act on one key. The screen is read from a ref that changes with the key, not the render.
	 */
	useInput((input, key) => {
		if (key.ctrl && input === 'c') return quit(130);
		// Ctrl-Z works on every screen, as Ctrl-C does (the screen is there again on return).
		if (key.ctrl && input === 'z') {
			if (props.onSuspend) setSuspended(true);
			return;
		}
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
				const closes = key.escape || character === '\u001B' || character === 'q' || (current === 'help' && character === '?');
				const toggles = (current === 'contents' && character === 't') || (current === 'speakers' && character === 's');
				if (closes || toggles) {
					show('reader');
					continue;
				}
				if (current === 'help') continue;
				const count = current === 'contents' ? article.sections.length : article.speakers.length + 1;
				const action = listAction(character, key, selectedRef.current, count, Math.max(1, height - 4));
				if (action.kind === 'move') {
					selectedRef.current = action.to;
					setSelectedState(action.to);
				} else if (action.kind === 'choose') {
					show('reader');
					if (current === 'contents') reader.goToSection(action.index);
					else {
						activeSpeakerRef.current = action.index === 0 ? null : (article.speakers[action.index - 1]?.name ?? null);
						reader.setSpeaker(activeSpeakerRef.current);
					}
				}
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
					show('contents', reader.section);
					break;
				case 'speakers.open':
					if (!speakersReady) {
						setSpeakersWanted(true);
						reader.notify('finding the speakers…');
					} else if (article.speakers.length === 0) reader.notify('no speakers found in this article');
					else show('speakers', activeSpeakerEntry());
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

	useLayoutEffect(() => {
		if (!speakersReady || !speakersWanted) return;
		setSpeakersWanted(false);
		// Only if the reader is still waiting for it: not over a search prompt or another list.
		if (screenRef.current !== 'reader') return;
		if (article.speakers.length === 0) reader.notify('no speakers found in this article');
		else {
			reader.notify(null);
			show('speakers', activeSpeakerEntry());
		}
	}, [activeSpeakerEntry, article.speakers, reader, show, speakersReady, speakersWanted]);

	const highlightsFor = useHighlights(article, reader.view, reader.search);

	// Ctrl-Z: an empty frame first, then the shell gets the terminal (onSuspend returns when the
	// reader is resumed), and the next frame, differing from the empty one, redraws everything.
	const {onSuspend} = props;
	useLayoutEffect(() => {
		if (!suspended) return;
		onSuspend?.();
		setSuspended(false);
	}, [onSuspend, suspended]);

	if (suspended) return null;

	if (tooSmall) {
		return (
			<Text wrap="truncate-end">{tooSmallText(columns, rows)}</Text>
		);
	}

	// The article stays mounted under an overlay, so closing one redraws nothing from scratch.
	let overlay: React.ReactNode = null;
	if (screen === 'contents') {
		overlay = (
			<ContentsList article={article} seen={reader.seen} selected={selected} height={height} theme={theme} />
		);
	} else if (screen === 'speakers') {
		overlay = (
			<SpeakerList speakers={article.speakers} selected={selected} height={height} theme={theme} />
		);
	} else if (screen === 'help') {
		overlay = <HelpScreen height={height} columns={columns} theme={theme} />;
	}

	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<Header meta={article.meta} title={article.title} columns={columns} theme={theme} />
			{overlay}
			<Box display={overlay ? 'none' : 'flex'}>
				<ArticleBody
					items={reader.view.items}
					lines={reader.lines}
					height={height}
					width={width}
					pad={pad}
					theme={theme}
					highlightsFor={highlightsFor}
				/>
			</Box>
			{screen === 'search' ? (
				<Text {...theme.status} wrap="truncate-end">
					{`/${query}_`.padEnd(columns)}
				</Text>
			) : (
				<StatusLine
					left={placeText(article, reader.section, reader.speaker)}
					message={reader.message}
					right={progressText(reader.section, article.sections.length, reader.percent)}
					columns={columns}
					theme={theme}
				/>
			)}
		</Box>
	);
}
