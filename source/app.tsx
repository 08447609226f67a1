import {Box, Text, useApp, useInput} from 'ink';
import React, {useCallback, useEffect, useMemo, useState} from 'react';
import {matchesInItem} from './article/search';
import {nameRanges} from './article/speaker-names';
import {sectionReadStates} from './article/navigate';
import type {Article} from './article/types';
import {ArticleBody, type Highlight} from './ui/components/article-body';
import {Header} from './ui/components/header';
import {HelpScreen} from './ui/components/help-screen';
import {PickList, type PickItem} from './ui/components/pick-list';
import {StatusLine} from './ui/components/status-line';
import useLineInput from './ui/hooks/use-line-input';
import useReader, {type ReadingPlace} from './ui/hooks/use-reader';
import useTerminalSize from './ui/hooks/use-terminal-size';
import {commandFor} from './ui/keymap';
import type {Theme} from './ui/theme';

export type Screen = 'reader' | 'contents' | 'speakers' | 'help' | 'search';

export type AppProps = {
	readonly article: Article;
	readonly theme: Theme;
	/** The widest the text column gets, however wide the terminal. */
	readonly maxWidth: number;
	readonly initial?: ReadingPlace | undefined;
	readonly initialSection?: number | undefined;
	readonly initialSeen?: ReadonlySet<number> | undefined;
	readonly initialMessage?: string | null | undefined;
	readonly onPlaceChange?: ((place: ReadingPlace, seen: ReadonlySet<number>) => void) | undefined;
	/** Called once, with the exit code, just before the app unmounts. */
	readonly onExit?: ((code: number) => void) | undefined;
};

export const minColumns = 20;
export const minRows = 6;
const chromeRows = 3; // header, status line, and one spare row so Ink never clears the screen

const readMarks = {read: '[x]', partly: '[-]', unread: '[ ]'} as const;

/** Screens, and which one owns the keyboard. */
export default function App(props: AppProps) {
	const {article, theme} = props;
	const {columns, rows} = useTerminalSize();
	const {exit} = useApp();
	const [screen, setScreen] = useState<Screen>('reader');
	const [typedAhead, setTypedAhead] = useState('');
	const tooSmall = columns < minColumns || rows < minRows;
	const height = Math.max(1, rows - chromeRows);
	const width = Math.max(10, Math.min(props.maxWidth, columns - 2));
	const pad = Math.max(0, Math.floor((columns - width) / 2));

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
	useEffect(() => {
		onPlaceChange?.({paragraph, offset, atHeading, speaker}, reader.seen);
	}, [onPlaceChange, paragraph, offset, atHeading, speaker, reader.seen]);

	const quit = useCallback(
		(code: number) => {
			props.onExit?.(code);
			exit();
		},
		[exit, props.onExit],
	);

	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') return quit(130);
			if (screen === 'reader' || screen === 'search') return;
			const closes = key.escape || input === 'q' || (screen === 'help' && input === '?');
			const toggles = (screen === 'contents' && input === 't') || (screen === 'speakers' && input === 's');
			if (closes || toggles) setScreen('reader');
		},
		{isActive: screen !== 'reader'},
	);

	useInput(
		(input, key) => {
			// A fast typist or a paste sends several characters at once: take them one by one.
			const characters = input.length > 1 && !key.ctrl && !key.meta ? Array.from(input) : [input];
			for (const [index, character] of characters.entries()) {
				const command = commandFor(character, key);
				switch (command) {
					case undefined:
						break;
					case 'quit':
						return quit(0);
					case 'interrupt':
						return quit(130);
					case 'contents.open':
						return setScreen('contents');
					case 'speakers.open':
						if (article.speakers.length === 0) reader.notify('no speakers found in this article');
						else setScreen('speakers');
						return;
					case 'help.open':
						return setScreen('help');
					case 'search.open':
						// "/lavrov" pasted at once: the rest of the burst is the query.
						setTypedAhead(characters.slice(index + 1).join(''));
						return setScreen('search');
					case 'section.goto':
						reader.goToSection(Number(character) - 1);
						break;
					default:
						reader.run(command);
				}
			}
		},
		{isActive: screen === 'reader'},
	);

	const query = useLineInput({
		isActive: screen === 'search',
		initial: typedAhead,
		onSubmit(value) {
			setScreen('reader');
			reader.runSearch(value);
		},
		onCancel() {
			setScreen('reader');
		},
	});

	const filterSpeaker = useMemo(
		() => (reader.speaker ? article.speakers.find(entry => entry.name === reader.speaker) : undefined),
		[article.speakers, reader.speaker],
	);
	const {search, view} = reader;
	const highlightsFor = useCallback(
		(item: number): Highlight[] => {
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
			return out;
		},
		[filterSpeaker, search, view],
	);

	if (tooSmall) {
		return (
			<Text wrap="truncate-end">
				Too small: {columns}x{rows}. Needs {minColumns}x{minRows}.
			</Text>
		);
	}

	const sectionCount = article.sections.length;
	const current = article.sections[reader.section];
	const sectionName = current?.heading ?? 'Lead';
	const filterLabel = reader.speaker ? ` · only ${reader.speaker}` : '';
	const right = `${reader.section + 1}/${sectionCount} ${String(reader.percent).padStart(3)}%`;

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
					setScreen('reader');
					reader.goToSection(section);
				}}
			/>
		);
	} else if (screen === 'speakers') {
		const items: PickItem<string | null>[] = [
			{key: '\u0000all', label: 'Everyone: show the whole article', value: null},
			...article.speakers.map(entry => ({
				key: entry.name,
				label: `${entry.name}${entry.role ? `, ${entry.role}` : ''} (${entry.paragraphs})`,
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
					setScreen('reader');
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
