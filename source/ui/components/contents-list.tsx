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
	/** The section the reader is in (0-based), highlighted when the list opens. */
	readonly current: number;
	readonly height: number;
	readonly theme: Theme;
	readonly onSelect: (section: number) => void;
};

/** Every section, marked read, partly read or unread. */
export function ContentsList({article, seen, current, height, theme, onSelect}: ContentsListProps) {
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
			initialIndex={current}
			height={height}
			isFocused
			theme={theme}
			onSelect={onSelect}
		/>
	);
}
