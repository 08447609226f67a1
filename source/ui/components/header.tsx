import {Text} from 'ink';
import React from 'react';
import type {Meta} from '../../article/types';
import {textWidth} from '../../article/wrap';
import type {Theme} from '../theme';
import {fit} from './status-line';

const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "desember 2021" from "2021-12"; the raw text when it is not a month. */
export function formatDate(date: string | null): string | null {
	if (!date) return null;
	const match = /^(\d{4})-(\d{2})$/.exec(date);
	const month = match ? months[Number(match[2]) - 1] : undefined;
	return match && month ? `${month} ${match[1]}` : date;
}

export type HeaderProps = {
	readonly meta: Meta;
	readonly title: string | null;
	readonly columns: number;
	readonly theme: Theme;
};

/** Category, date and title on one line, with the help hint on the right. */
export function Header({meta, title, columns, theme}: HeaderProps) {
	const facts = [meta.category?.toUpperCase() ?? null, formatDate(meta.date)].filter(Boolean).join(' · ');
	const hint = '? help  q quit ';
	const room = Math.max(0, columns - textWidth(hint) - 1);
	const left = fit(` ${facts}`, room);
	const titleText = title ? fit(`  ${title}`, room - textWidth(left)) : '';
	const gap = Math.max(0, columns - textWidth(left) - textWidth(titleText) - textWidth(hint));
	return (
		<Text wrap="truncate-end">
			<Text {...theme.header}>{left}</Text>
			<Text {...theme.headerTitle}>{titleText}</Text>
			{' '.repeat(gap)}
			<Text {...theme.muted}>{columns > textWidth(left) + textWidth(hint) ? hint : ''}</Text>
		</Text>
	);
}
