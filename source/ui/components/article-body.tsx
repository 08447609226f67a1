import {Box, Text} from 'ink';
import React, {memo} from 'react';
import type {Line} from '../../article/layout';
import type {Item} from '../../article/view';
import {lineStyle, ruleText, segmentsOf, type Highlight} from '../frame-text';
import type {Theme} from '../theme';

export type {Highlight} from '../frame-text';

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
				<Text {...theme.rule}>{ruleText(text, ruleWidth)}</Text>
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
			{lines.map((line, row) => {
				const item = items[line.item];
				const text = item?.text ?? '';
				const highlights = line.kind === 'blank' || line.kind === 'rule' ? noHighlights : highlightsFor(line.item);
				const ruleWidth = line.kind === 'rule' ? width : 0;
				return (
					<LineView
						key={row}
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
