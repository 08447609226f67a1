import {Box, Text} from 'ink';
import React from 'react';
import {entryLabel, keymap, type KeyEntry} from '../keymap';
import type {Theme} from '../theme';
import {fit} from '../frame-text';

type HelpRow = {readonly kind: 'group' | 'key' | 'blank'; readonly keys: string; readonly help: string};

/** The help text as rows, generated from the keymap so the two never disagree. */
export function helpRows(entries: readonly KeyEntry[] = keymap): HelpRow[] {
	const rows: HelpRow[] = [];
	let group: string | undefined;
	for (const entry of entries) {
		if (entry.group !== group) {
			if (group !== undefined) rows.push({kind: 'blank', keys: '', help: ''});
			group = entry.group;
			rows.push({kind: 'group', keys: entry.group, help: ''});
		}
		rows.push({kind: 'key', keys: entryLabel(entry), help: entry.help});
	}
	return rows;
}

export type HelpScreenProps = {
	readonly height: number;
	readonly columns: number;
	readonly theme: Theme;
};

/** Keys in one column, or two side by side when one would not fit the screen. */
export function HelpScreen({height, columns, theme}: HelpScreenProps) {
	const rows = helpRows();
	const body = Math.max(1, height - 1);
	const twoColumns = rows.length > body && columns >= 60;
	const perColumn = twoColumns ? Math.ceil(rows.length / 2) : rows.length;
	// Split at a group boundary so a group never breaks across columns.
	let split = perColumn;
	while (twoColumns && split < rows.length && rows[split]?.kind !== 'blank') split++;
	const columnsOfRows = twoColumns ? [rows.slice(0, split), rows.slice(split + 1)] : [rows];
	const columnWidth = Math.floor((columns - 2) / columnsOfRows.length);
	// Keys as wide as the column's longest label, always leaving room for the words.
	const keyWidthOf = (column: HelpRow[]) =>
		Math.min(Math.max(...column.map(row => (row.kind === 'key' ? row.keys.length : 0))) + 4, Math.max(8, columnWidth - 16));
	return (
		<Box flexDirection="column" height={height} paddingLeft={1}>
			<Text {...theme.heading}>Keys (Esc, q or ? closes)</Text>
			<Box flexDirection="row">
				{columnsOfRows.map((column, index) => {
					const keyWidth = keyWidthOf(column);
					return (
					<Box key={index} flexDirection="column" width={columnWidth}>
						{column.slice(0, body).map((row, rowIndex) =>
							row.kind === 'group' ? (
								<Text key={rowIndex} {...theme.selected}>
									{row.keys}
								</Text>
							) : (
								<Text key={rowIndex} wrap="truncate-end">
									{row.kind === 'key' ? fit(`  ${row.keys}`, keyWidth - 1).padEnd(keyWidth) + row.help : ' '}
								</Text>
							),
						)}
					</Box>
					);
				})}
			</Box>
		</Box>
	);
}
