import {Text} from 'ink';
import React from 'react';
import type {Meta} from '../../article/types';
import {headerParts} from '../frame-text';
import type {Theme} from '../theme';

export type HeaderProps = {
	readonly meta: Meta;
	readonly title: string | null;
	readonly columns: number;
	readonly theme: Theme;
};

/** Category, date and title on one line, with the help hint on the right. */
export function Header({meta, title, columns, theme}: HeaderProps) {
	const {left, titleText, gap, hint} = headerParts(meta, title, columns);
	return (
		<Text wrap="truncate-end">
			<Text {...theme.header}>{left}</Text>
			<Text {...theme.headerTitle}>{titleText}</Text>
			{gap}
			<Text {...theme.muted}>{hint}</Text>
		</Text>
	);
}
