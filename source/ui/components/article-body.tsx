import {Box, Text} from 'ink';
import React, {memo} from 'react';
import type {Line} from '../../article/layout';
import type {Item} from '../../article/view';
import {textWidth} from '../../article/wrap';
import type {Style, Theme} from '../theme';

/** A stretch of a line's text to emphasise. */
export type Highlight = {readonly start: number; readonly end: number; readonly tone: 'match' | 'currentMatch' | 'speaker'};

type Segment = {readonly text: string; readonly tone: Highlight['tone'] | null};

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

function lineStyle(theme: Theme, line: Line): Style {
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

type LineViewProps = {
	readonly text: string;
	readonly line: Line;
	readonly highlights: readonly Highlight[];
	readonly theme: Theme;
	readonly pad: number;
	readonly ruleWidth: number;
};

const LineView = memo(function LineView({text, line, highlights, theme, pad, ruleWidth}: LineViewProps) {
	const indent = ' '.repeat(pad + line.indent);
	if (line.kind === 'blank') return <Text> </Text>;
	if (line.kind === 'rule') {
		return (
			<Text>
				{indent}
				<Text {...theme.rule}>{'─'.repeat(ruleWidth)}</Text>
			</Text>
		);
	}
	return (
		<Text wrap="truncate-end">
			{indent}
			<Text {...lineStyle(theme, line)}>
				{segmentsOf(text, line, highlights).map((segment, index) =>
					segment.tone ? (
						<Text key={index} {...theme[segment.tone]}>
							{segment.text}
						</Text>
					) : (
						segment.text
					),
				)}
			</Text>
		</Text>
	);
});

export type ArticleBodyProps = {
	readonly items: readonly Item[];
	readonly lines: readonly Line[];
	readonly height: number;
	readonly width: number;
	readonly pad: number;
	readonly theme: Theme;
	/** Returns the same empty array when an item has no highlights, so unchanged lines skip rendering. */
	readonly highlightsFor: (item: number) => readonly Highlight[];
};

const noHighlights: readonly Highlight[] = [];

/** The visible lines of the article, padded to `height` so the frame never changes size. */
export function ArticleBody({items, lines, height, width, pad, theme, highlightsFor}: ArticleBodyProps) {
	return (
		<Box flexDirection="column" height={height}>
			{lines.map(line => {
				const item = items[line.item];
				const text = item?.text ?? '';
				const highlights = line.kind === 'blank' || line.kind === 'rule' ? noHighlights : highlightsFor(line.item);
				const ruleWidth = line.kind === 'rule' ? Math.min(width, textWidth(text)) : 0;
				return (
					<LineView
						key={`${line.item}:${line.kind}:${line.start}`}
						text={text}
						line={line}
						highlights={highlights}
						theme={theme}
						pad={pad}
						ruleWidth={ruleWidth}
					/>
				);
			})}
		</Box>
	);
}
