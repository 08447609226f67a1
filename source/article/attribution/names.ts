/**
 * Name phrases: capitalised runs, organisation phrases, and the article-wide registry of the
 * fullest forms the article gives (built in one linear pass before attribution).
 */
import type {Token} from './tokens';
import {
	capitalisedFunctionWords,
	functionWords,
	groupWords,
	isOrganisationWord,
	isTitleWord,
	personalPronouns,
	prepositions,
	speechVerb,
	stem,
	titleHead,
} from './lexicon';

const maxRun = 6;

export function isAcronym(text: string): boolean {
	if (text.length < 2) return false;
	const second = text.charCodeAt(1);
	if (second >= 97 && second <= 122) return false;
	const bare = text.endsWith('s') ? text.slice(0, -1) : text;
	return bare.length >= 2 && bare.length <= 8 && /^[\p{Lu}\p{N}]+$/u.test(bare) && /^\p{Lu}/u.test(bare);
}

/** "Nato-land", "Brann-trener", "Krim-halvøya": a name-prefixed compound with a common-noun tail. */
export function isCommonCompound(text: string): boolean {
	const hyphen = text.lastIndexOf('-');
	if (hyphen <= 0 || hyphen === text.length - 1) return false;
	const tail = text.charAt(hyphen + 1);
	return tail !== tail.toUpperCase();
}

function isNameToken(token: Token | undefined): boolean {
	return (
		token !== undefined &&
		token.kind === 'word' &&
		token.cap &&
		!token.text.endsWith('-') &&
		!isCommonCompound(token.text) &&
		!capitalisedFunctionWords.has(token.lower)
	);
}

export function looksAdjective(lower: string): boolean {
	return /(?:isk|iske|sk|ske|ig|ige|lig|lige|leg|lege|al|ale|ær|ære|ell|elle|ende|ande)$/u.test(lower);
}

export type Knowledge = {
	/** Lower-cased capitalised words seen somewhere other than at a sentence start. */
	readonly knownCaps: Set<string>;
	/** Words seen in lower case. */
	readonly lowerWords: Set<string>;
};

/** End (exclusive) of the name run starting at i, or i when there is none. */
export function nameRunEnd(tokens: readonly Token[], i: number, known: Knowledge | null): number {
	const token = tokens[i];
	if (!isNameToken(token) || token === undefined) return i;
	if (personalPronouns.has(token.lower) || groupWords.has(token.lower)) return i;
	if (token.sentenceStart) {
		const next = tokens[i + 1];
		const nextIsName = isNameToken(next) && next !== undefined && !next.sentenceStart;
		if (nextIsName) {
			if (isTitleWord(token.text) || /(?:ane|ene|arne|erne)$/u.test(token.lower)) return i;
			if (looksAdjective(token.lower) && known?.lowerWords.has(token.lower)) return i;
			if (known && known.lowerWords.has(token.lower) && !known.knownCaps.has(token.lower)) return i;
		} else if (!known || !known.knownCaps.has(token.lower)) {
			return i;
		}
		if (speechVerb(token.lower)) return i;
	}
	let j = i + 1;
	while (j < tokens.length && j - i < maxRun) {
		const next = tokens[j];
		if (!isNameToken(next) || next === undefined || next.sentenceStart) break;
		j++;
	}
	return j;
}

/**
 * End of an organisation phrase at i ("Statens vegvesen", "Norsk teater- og orkesterforening",
 * "Vest politidistrikt", "Norges Bank"), or i when the words there are no organisation.
 */
export function organisationEnd(tokens: readonly Token[], i: number, known: Knowledge | null): number {
	const first = tokens[i];
	if (!first || first.kind !== 'word' || !first.cap || first.text.endsWith('-') || isCommonCompound(first.text)) return i;
	if (capitalisedFunctionWords.has(first.lower) || personalPronouns.has(first.lower)) return i;
	let j = i + 1;
	while (j < tokens.length && j - i < maxRun && isNameToken(tokens[j]) && !tokens[j]!.sentenceStart) j++;
	let capsHaveOrganisation = false;
	for (let k = i; k < j; k++) {
		const text = tokens[k]!.text;
		if (isOrganisationWord(text) || (k > i && isAcronym(text) && !text.endsWith('s'))) capsHaveOrganisation = true;
	}
	// Lower-case continuation: adjectives, "teater- og", then an organisation noun.
	let k = j;
	let steps = 0;
	while (k < tokens.length && steps < 5) {
		const token = tokens[k]!;
		if (token.kind !== 'word' || token.cap) break;
		if (token.text.endsWith('-') && tokens[k + 1]?.lower === 'og') {
			k += 2;
			steps++;
			continue;
		}
		if (isOrganisationWord(token.lower) && !isTitleWord(token.lower)) return k + 1;
		if (looksAdjective(token.lower) && !functionWords.has(token.lower)) {
			k++;
			steps++;
			continue;
		}
		break;
	}
	if (capsHaveOrganisation) {
		if (first.sentenceStart && j === i + 1 && !(known?.knownCaps.has(first.lower) ?? false)) return i;
		return j;
	}
	return i;
}

/** The acronym in "(NVE)" at i, if any. */
export function parentheticalAcronym(tokens: readonly Token[], i: number): string | null {
	if (tokens[i]?.text !== '(') return null;
	const inner = tokens[i + 1];
	if (!inner || tokens[i + 2]?.text !== ')') return null;
	return isAcronym(inner.text) ? inner.text : null;
}

/** Index after a "( ... )" group at i (short), or i. */
export function skipParenthetical(tokens: readonly Token[], i: number): number {
	if (tokens[i]?.text !== '(') return i;
	for (let j = i + 1; j < tokens.length && j < i + 8; j++) {
		if (tokens[j]!.text === ')') return j + 1;
		if (tokens[j]!.text === '(') return i;
	}
	return i;
}

export type Registry = Knowledge & {
	/** Person name forms by lower-cased surname (last word). */
	readonly bySurname: Map<string, string[]>;
	/** Person name forms by lower-cased first word. */
	readonly byFirstName: Map<string, string[]>;
	/** Title words seen right before a name form. */
	readonly roles: Map<string, string[]>;
	/** Organisation phrases by the last four letters of their head noun's stem. */
	readonly organisations: Map<string, {text: string; head: string}[]>;
	/** Acronym → the phrase it abbreviates ("NVE" → "Noregs vassdrags- og energidirektorat"). */
	readonly acronyms: Map<string, string>;
};

export function headStem(word: string): string {
	const lower = word.toLowerCase();
	const part = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) || lower : lower;
	return stem(part);
}

export function addOrganisation(registry: Registry, text: string, head: string): void {
	const h = headStem(head);
	if (h.length < 3) return;
	const key = h.slice(-4);
	const list = registry.organisations.get(key) ?? [];
	if (!list.some(entry => entry.text === text)) list.push({text, head: h});
	registry.organisations.set(key, list);
}

/** Possible bare stems of a (definite) noun: "kommunen" → kommunen, kommune, kommun. */
export function headStems(word: string): string[] {
	const lower = word.toLowerCase();
	const part = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) || lower : lower;
	const stems: string[] = [];
	for (const suffix of ['', 'ene', 'ane', 'en', 'et', 'a', 'n', 'i']) {
		if (!part.endsWith(suffix)) continue;
		const s = part.slice(0, part.length - suffix.length);
		if (s.length >= 4 && !stems.includes(s)) stems.push(s);
	}
	return stems;
}

/** Looks up an organisation phrase by a noun naming it ("Helsetilsynet", "direktoratet", "kommunen"). */
export function organisationByHead(registry: Registry, word: string): string | null {
	for (const s of headStems(word).reverse()) {
		const list = registry.organisations.get(s.slice(-4));
		if (!list) continue;
		for (const entry of list) {
			if (entry.head === s || entry.head.endsWith(s) || (s.endsWith(entry.head) && entry.head.length >= 4)) {
				return entry.text;
			}
		}
	}
	return null;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (!list.includes(value)) list.push(value);
}

/** One linear pass over every block's tokens: name forms, organisations, acronyms, titles. */
export function buildRegistry(blocks: readonly (readonly Token[])[]): Registry {
	const knownCaps = new Set<string>();
	const lowerWords = new Set<string>();
	for (const tokens of blocks) {
		for (const token of tokens) {
			if (token.kind !== 'word') continue;
			if (!token.cap) lowerWords.add(token.lower);
			else if (!token.sentenceStart) knownCaps.add(token.lower);
		}
	}
	const known: Knowledge = {knownCaps, lowerWords};
	const registry: Registry = {
		knownCaps,
		lowerWords,
		bySurname: new Map(),
		byFirstName: new Map(),
		roles: new Map(),
		organisations: new Map(),
		acronyms: new Map(),
	};
	const forms: {words: string[]; roles: string[]}[] = [];
	for (const tokens of blocks) {
		let i = 0;
		while (i < tokens.length) {
			const token = tokens[i]!;
			if (token.kind !== 'word' || !token.cap) {
				i++;
				continue;
			}
			const organisation = organisationEnd(tokens, i, known);
			if (organisation > i) {
				const words = tokens.slice(i, organisation).map(t => t.text);
				const text = words.join(' ').replace(/- og /gu, '- og ');
				addOrganisation(registry, text, words[words.length - 1]!);
				const acronym = parentheticalAcronym(tokens, organisation);
				if (acronym) registry.acronyms.set(acronym, text);
				i = organisation;
				continue;
			}
			const end = nameRunEnd(tokens, i, known);
			if (end > i + 1) {
				const words = tokens.slice(i, end).map(t => t.text);
				const roles: string[] = [];
				const before = tokens[i - 1];
				if (before && before.kind === 'word' && !before.cap && !prepositions.has(before.lower) && !functionWords.has(before.lower)) {
					roles.push(before.lower);
				} else if (before && before.kind === 'word' && before.sentenceStart && isTitleWord(before.text)) {
					roles.push(before.lower);
				}
				forms.push({words, roles});
				i = end;
				continue;
			}
			i = Math.max(end, i + 1);
		}
	}
	// Genitives: "Vladimir Putins" is "Vladimir Putin" when the article knows "Putin".
	const surnames = new Set<string>();
	for (const form of forms) surnames.add(form.words[form.words.length - 1]!.toLowerCase());
	for (const form of forms) {
		const last = form.words[form.words.length - 1]!;
		const lower = last.toLowerCase();
		if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) {
			const stripped = lower.slice(0, -1);
			if (surnames.has(stripped) || knownCaps.has(stripped)) form.words[form.words.length - 1] = last.slice(0, -1);
		}
	}
	for (const form of forms) {
		if (form.words.some(word => isOrganisationWord(word) || isAcronym(word))) continue;
		const text = form.words.join(' ');
		push(registry.bySurname, form.words[form.words.length - 1]!.toLowerCase(), text);
		push(registry.byFirstName, form.words[0]!.toLowerCase(), text);
		for (const role of form.roles) {
			if (isTitleWord(role) || titleHead(role)) push(registry.roles, text, role);
		}
	}
	return registry;
}
