import React from 'react';
import {sectionReadStates} from '../../article/navigate';
import type {Article} from '../../article/types';
import type {Theme} from '../theme';
import {PickList, type PickItem} from './pick-list';

const readMarks = {read: '[x]', partly: '[-]', unread: '[ ]'} as const;

export type ContentsListProps = {
	readonly article: Article;
	/** Paragraphs that have been on screen. */
	readonly seen: ReadonlySet<number>;
	/** The highlighted section (0-based). */
	readonly selected: number;
	readonly height: number;
	readonly theme: Theme;
};

/** Every section, marked read, partly read or unread. */
export function ContentsList({article, seen, selected, height, theme}: ContentsListProps) {
	const states = sectionReadStates(article, seen);
	const items: PickItem<number>[] = article.sections.map((section, index) => ({
		key: String(index),
		label: `${readMarks[states[index] ?? 'unread']} ${index + 1}. ${section.heading ?? 'Lead'}`,
		value: index,
	}));
	return (
		<PickList
			title="Contents"
			hint="[x] read  [-] partly read  [ ] unread · Enter jumps · Esc closes"
			items={items}
			selected={selected}
			height={height}
			theme={theme}
		/>
	);
}
