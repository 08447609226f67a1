import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import React, {useMemo} from 'react';
import type {Theme} from '../theme';

export type PickItem<V> = {readonly key: string; readonly label: string; readonly value: V};

export type PickListProps<V> = {
	readonly title: string;
	readonly hint: string;
	readonly items: readonly PickItem<V>[];
	/** The highlighted entry; the app moves it (ink-select-input only draws the list). */
	readonly selected: number;
	readonly height: number;
	readonly theme: Theme;
};

/**
 * A titled ink-select-input list drawn with the theme instead of its fixed blue. Keys are the
 * app's: its one handler takes bursts of keys apart, which ink-select-input does not.
 */
export function PickList<V>({title, hint, items, selected, height, theme}: PickListProps<V>) {
	const indicator = useMemo(
		() =>
			function Indicator({isSelected = false}: {isSelected?: boolean}) {
				// Never shrunk: a long label is cut instead (Yoga would shrink both otherwise).
				return (
					<Box flexShrink={0}>
						<Text {...theme.selected}>{isSelected ? '> ' : '  '}</Text>
					</Box>
				);
			},
		[theme],
	);
	const itemView = useMemo(
		() =>
			function ItemView({isSelected = false, label}: {isSelected?: boolean; label: string}) {
				return (
					<Text wrap="truncate-end" {...(isSelected ? theme.selected : theme.text)}>
						{label}
					</Text>
				);
			},
		[theme],
	);
	const limit = Math.max(1, height - 3);
	return (
		<Box flexDirection="column" height={height} paddingLeft={1}>
			<Text {...theme.heading}>{title}</Text>
			<Text {...theme.muted} wrap="truncate-end">
				{hint}
			</Text>
			<Text> </Text>
			{/* Keyed by the highlight: the list is redrawn at each move, with its input turned off. */}
			<SelectInput
				key={selected}
				items={items as PickItem<V>[]}
				initialIndex={Math.min(Math.max(0, selected), Math.max(0, items.length - 1))}
				limit={limit}
				isFocused={false}
				indicatorComponent={indicator}
				itemComponent={itemView}
			/>
		</Box>
	);
}
