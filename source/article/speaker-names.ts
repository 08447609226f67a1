import type {Speaker} from './types';

const fold = (text: string) => text.toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

/**
 * The speaker a user means by `query` (case-insensitive): full name, an alias, or a surname.
 * Returns undefined when nothing matches, or several speakers when it is ambiguous.
 */
export function findSpeaker(speakers: readonly Speaker[], query: string): Speaker | Speaker[] | undefined {
	const wanted = fold(query);
	if (wanted === '') return undefined;
	const exact = speakers.find(speaker => fold(speaker.name) === wanted);
	if (exact) return exact;
	const byAlias = speakers.filter(speaker => speaker.aliases.some(alias => fold(alias) === wanted));
	if (byAlias.length === 1) return byAlias[0];
	const byWord = speakers.filter(speaker => fold(speaker.name).split(' ').includes(wanted));
	if (byWord.length === 1) return byWord[0];
	const candidates = byAlias.length > 0 ? byAlias : byWord;
	return candidates.length > 1 ? candidates : undefined;
}

/** Where a speaker's names appear in a text, for highlighting. */
export function nameRanges(text: string, speaker: Speaker): {start: number; end: number}[] {
	const names = [speaker.name, ...speaker.aliases].filter(name => name.length >= 2);
	names.sort((a, b) => b.length - a.length);
	const lower = text.toLocaleLowerCase('nb');
	if (lower.length !== text.length) return [];
	const ranges: {start: number; end: number}[] = [];
	const isLetter = (character: string | undefined) => character !== undefined && /\p{L}/u.test(character);
	for (const name of names) {
		const needle = name.toLocaleLowerCase('nb');
		let at = lower.indexOf(needle);
		while (at !== -1) {
			const end = at + needle.length;
			const free = !isLetter(text[at - 1]) && !ranges.some(range => range.start < end && at < range.end);
			if (free) ranges.push({start: at, end});
			at = lower.indexOf(needle, end);
		}
	}
	return ranges.sort((a, b) => a.start - b.start);
}
