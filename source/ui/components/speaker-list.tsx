import React from 'react';
import {speakerLabel} from '../../article/format';
import type {Speaker} from '../../article/types';
import type {Theme} from '../theme';
import {PickList, type PickItem} from './pick-list';

export type SpeakerListProps = {
	readonly speakers: readonly Speaker[];
	/** The highlighted entry: 0 is "Everyone", then the speakers in order. */
	readonly selected: number;
	readonly height: number;
	readonly theme: Theme;
};

/** The speakers with their paragraph counts and roles, and an entry that clears the filter. */
export function SpeakerList({speakers, selected, height, theme}: SpeakerListProps) {
	const items: PickItem<string | null>[] = [
		{key: '\u0000everyone', label: 'Everyone: show the whole article', value: null},
		...speakers.map(speaker => ({key: speaker.name, label: speakerLabel(speaker), value: speaker.name})),
	];
	return (
		<PickList
			title="Speakers"
			hint="paragraphs in brackets · Enter shows only that speaker · Esc closes"
			items={items}
			selected={selected}
			height={height}
			theme={theme}
		/>
	);
}
