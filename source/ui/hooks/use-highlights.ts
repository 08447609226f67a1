import {useCallback, useMemo} from 'react';
import {matchesInItem} from '../../article/search';
import {nameRanges} from '../../article/speaker-names';
import type {Article} from '../../article/types';
import type {View} from '../../article/view';
import type {Highlight} from '../frame-text';
import type {Search} from './use-reader';

const noHighlights: readonly Highlight[] = [];

/**
 * What to emphasise in an item: search matches, and the filtered speaker's names. Returns the
 * same empty array for items without any, so unchanged lines skip re-rendering.
 */
const useHighlights = (article: Article, view: View, search: Search | null) => {
	const speaker = useMemo(
		() => (view.speaker ? article.speakers.find(entry => entry.name === view.speaker) : undefined),
		[article.speakers, view.speaker],
	);
	return useCallback(
		(item: number): readonly Highlight[] => {
			if (!speaker && !search) return noHighlights;
			const out: Highlight[] = [];
			const entry = view.items[item];
			if (speaker && entry?.kind === 'paragraph') {
				for (const range of nameRanges(entry.text, speaker)) out.push({...range, tone: 'speaker'});
			}
			if (search) {
				const current = search.matches[search.current];
				for (const match of matchesInItem(search.matches, item)) {
					out.push({start: match.start, end: match.end, tone: match === current ? 'currentMatch' : 'match'});
				}
			}
			return out.length > 0 ? out : noHighlights;
		},
		[speaker, search, view],
	);
};

export default useHighlights;
