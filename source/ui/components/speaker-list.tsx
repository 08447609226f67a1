import React from 'react';
import {speakerLabel} from '../../article/format';
import type {Speaker} from '../../article/types';
import type {Theme} from '../theme';
import {PickList, type PickItem} from './pick-list';

export type SpeakerListProps = {
	readonly speakers: readonly Speaker[];
	/** The speaker the article is filtered to, highlighted when the list opens. */
	readonly active: string | null;
	readonly height: number;
	readonly theme: Theme;
	/** A speaker's name, or null for the whole article. */
	readonly onSelect: (speaker: string | null) => void;
};

/** The speakers with their paragraph counts and roles, and an entry that clears the filter. */
export function SpeakerList({speakers, active, height, theme, onSelect}: SpeakerListProps) {
	const items: PickItem<string | null>[] = [
		{key: '\u0000everyone', label: 'Everyone: show the whole article', value: null},
		...speakers.map(speaker => ({key: speaker.name, label: speakerLabel(speaker), value: speaker.name})),
	];
	const selected = active ? speakers.findIndex(speaker => speaker.name === active) + 1 : 0;
	return (
		<PickList
			title="Speakers"
			hint="paragraphs in brackets · Enter shows only that speaker · Esc closes"
			items={items}
			initialIndex={selected}
			height={height}
			isFocused
			theme={theme}
			onSelect={onSelect}
		/>
	);
}
