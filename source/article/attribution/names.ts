/**
 * Name phrases: capitalised runs, organisation phrases, and the article-wide registry of the
 * fullest forms the article gives (built in one linear pass before attribution).
 */
import type {Token, TokenStore} from './tokens';
import {isAssociationNoun, isOrganisationWord, isTitleWord, leadingNameParticles, nameParticles, organisationHypernyms, regionPairs, stem, titleHead, W} from './lexicon';

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

const adjectivePattern = /(?:isk|iske|sk|ske|ig|ige|lig|lige|leg|lege|al|ale|ær|ære|ell|elle|ende|ande)$/u;
export function looksAdjective(lower: string): boolean {
	return adjectivePattern.test(lower);
}

export type Knowledge = {
	/** Lower-cased capitalised words seen somewhere other than at a sentence start. */
	readonly knownCaps: Set<string>;
	/** Words seen in lower case. */
	readonly lowerWords: Set<string>;
	/** Lower-cased surnames that open a sentence before a verb of saying somewhere ("Jensen legg til at"). */
	readonly loneNames?: Set<string>;
};

/**
 * End (exclusive) of the name run starting at i, or i when there is none. With `known`, the
 * article's knowledge is read from the tokens' words (`Word.knownCap`, `Word.lowerWord`), which
 * `TokenStore.finish` fills from the same sets.
 */
export function nameRunEnd(tokens: readonly Token[], i: number, known: Knowledge | null): number {
	const token = tokens[i];
	if (token === undefined) return i;
	const word = token.w;
	if (!word.nameLike) {
		// "Der Spiegel", "La Repubblica": a foreign article, capitalised inside a sentence, before a name.
		const next = tokens[i + 1];
		if (token.cap && !token.sentenceStart && foreignArticles.has(word.lower) && next !== undefined && next.w.nameLike && !next.sentenceStart) {
			return continueRun(tokens, i, i + 2);
		}
		return i;
	}
	if ((word.bits & (W.personal | W.group)) !== 0) return i;
	if (token.sentenceStart && leadingNameParticles.has(word.lower)) {
		// "Van der Molen påpeker": a capitalised particle opening a surname at a sentence start.
		const after = particlesEnd(tokens, i + 1, word.lower);
		if (after > i + 1 || tokens[i + 1]?.w.nameLike) {
			const last = tokens[after];
			if (last !== undefined && last.w.nameLike && !last.sentenceStart) return continueRun(tokens, i, after + 1);
		}
	}
	if (token.sentenceStart) {
		// "Emma (17) går …": a capitalised word with an age in brackets is a person's name.
		if (isAgeBracket(tokens, i + 1)) return i + 1;
		const next = tokens[i + 1];
		const nextIsName =
			next !== undefined &&
			!next.sentenceStart &&
			(next.w.nameLike || (next.cap && next.w.hyphenEnd && tokens[i + 2]?.lower === 'og' && tokens[i + 3]?.w.nameLike === true));
		if (nextIsName) {
			// "Sjukepleiarane Mari Heggebø", "Brødrene Ola og Per": a plural noun before the names; but
			// a short first name can end the same way ("Arne", "Irene", "Helene").
			if (word.title || (word.pluralDefinite && (word.text.length > 7 || (known !== null && word.lowerWord)))) return i;
			if (known && word.lowerWord && word.adjective) return i;
			if (known && word.lowerWord && !word.knownCap) return i;
			// "Slovenske Žan Koren", "Svenske Eva Berg": a nationality adjective before the name.
			if (word.lower.endsWith('ske') && word.lower.length >= 6 && !(known !== null && word.knownCap)) return i;
		} else if (!known || !(word.knownCap || loneSpeakerName(token, next, tokens[i + 2]) || known.loneNames?.has(word.lower) === true)) {
			return i;
		}
		if (word.verb) return i;
	}
	// "leder i NSR-N Elle Nystad", "NTB Kari Dahl": an acronym before a person's name of two words is a
	// body's, not part of the name ("US Geological Survey" is one name).
	if (isPersonNameAt(tokens, i + 1) && (tokens[i + 1]!.w.givenGender !== null || word.text.includes('-')) && opensWithAcronym(word.text)) return i + 1;
	return continueRun(tokens, i, i + 1);
}

/** "NRK", "NSR-N", "SV-leiinga": an acronym, alone or as a compound's first part. */
export function opensWithAcronym(word: string): boolean {
	const hyphen = word.indexOf('-');
	return isAcronym(hyphen > 0 ? word.slice(0, hyphen) : word);
}

/** Two name words at i, neither an acronym, the first not opening a sentence ("Elle Nystad"). */
function isPersonNameAt(tokens: readonly Token[], i: number): boolean {
	const first = tokens[i];
	const second = tokens[i + 1];
	return (
		first !== undefined && second !== undefined && !first.sentenceStart && !second.sentenceStart &&
		first.w.nameLike && second.w.nameLike && !isAcronym(first.text) && !isAcronym(second.text)
	);
}

/**
 * "Støre sier at …", "Jensen bekreftet": a capitalised word opening a sentence right before a verb
 * of saying is a surname when nothing in the article says it is a common word (it is never written
 * in lower case, and it does not end like a definite or plural noun, a title or an organisation).
 */
function loneSpeakerName(token: Token, next: Token | undefined, after: Token | undefined, allowDefiniteEnding = false): boolean {
	const word = token.w;
	const verb = next?.w.verb;
	if (!verb || verb.participle || verb.afterQuote || verb.view || next.lower === 'har' || next.lower === 'hadde') return false;
	// A particle verb only with its particle right after it ("Hareide strekar under at", not "Bronsen gjekk til").
	if (verb.particleStarts && !(after !== undefined && verb.particleStarts.has(after.lower))) return false;
	if (word.lowerWord || word.title || word.organisation || word.verb || word.bits !== 0 || word.acronym) return false;
	// "Nylig meldte …", "Tidlegare sa …": an adverb or adjective opening the sentence.
	if (/(?:lig|leg|vis)$/u.test(word.lower)) return false;
	const lower = word.lower;
	// Not a definite or plural noun ("Leiinga", "Forskerne", "Partiet"); a name may end in -a ("Kuleba").
	if (lower.length < 3 || /(?:er|ar|ene|ane|et|inga|ninga)$/u.test(lower)) return false;
	return allowDefiniteEnding || !endsLikeDefiniteNoun(lower);
}

/** "kommunen", "Biden" (but not "Jensen", "Olsson"): an ending that may be a definite noun's. */
function endsLikeDefiniteNoun(lower: string): boolean {
	return lower.endsWith('en') && !/s[eo]n$/u.test(lower);
}

/** The rest of a name run from j (the run started at i): names, and particles between names ("van der"). */
function continueRun(tokens: readonly Token[], i: number, j: number): number {
	while (j < tokens.length && j - i < maxRun) {
		const next = tokens[j]!;
		if (next.sentenceStart) break;
		// "Norsk Bonde- og Småbrukarlag": a capitalised first part shared with the next name word.
		if (next.cap && next.w.hyphenEnd && tokens[j + 1]?.lower === 'og') {
			const last = tokens[j + 2];
			if (last === undefined || !last.w.nameLike || last.sentenceStart || last.inQuotes !== next.inQuotes) break;
			j += 3;
			continue;
		}
		// "Film & Kino", "Simonsen & Co": an ampersand between name words.
		if (next.text === '&' && tokens[j + 1]?.w.nameLike === true && !tokens[j + 1]!.sentenceStart) {
			j += 2;
			continue;
		}
		if (next.text === '.' && j > i && tokens[j - 1]!.text.length === 1 && tokens[j - 1]!.cap && tokens[j + 1]?.w.nameLike) {
			// "Frederik G. Ranke": a middle initial with its full stop.
			j++;
			continue;
		}
		// "statsminister Theresa May Underhuset": a body in the neuter definite after a full name is no part of it.
		if (j - i >= 2 && next.text.length >= 7 && next.lower.endsWith('et') && tokens[i]!.w.givenGender !== null) break;
		if (!next.w.nameLike) {
			// "Pieter van der Molen", "Ursula von der Leyen": particles with a name after them.
			if (next.cap || !leadingNameParticles.has(next.lower)) break;
			const after = particlesEnd(tokens, j, '');
			const last = tokens[after];
			if (last === undefined || !last.w.nameLike || last.sentenceStart || last.inQuotes !== next.inQuotes) break;
			j = after + 1;
			continue;
		}
		j++;
	}
	return numberedNameEnd(tokens, j);
}

const yearPattern = /^(?:1[89]|20)\d\d$/u;

/**
 * "TV 2", "Rema 1000", "Kanal 5", "Radio 1": a channel's or brand's name ending in a number, when
 * the number at j closes the phrase (end of clause, or a verb or function word after it). Not a
 * score ("Brann 2–1"), a date ("2. mai"), a year or a count ("Lyn 3 poeng").
 */
export function numberedNameEnd(tokens: readonly Token[], j: number): number {
	const number = tokens[j];
	if (number === undefined || number.kind !== 'word' || number.sentenceStart) return j;
	const first = number.text.charCodeAt(0);
	if (first < 48 || first > 57 || number.text.length > 4 || !/^\d+$/u.test(number.text) || yearPattern.test(number.text)) return j;
	const previous = tokens[j - 1];
	if (previous === undefined || previous.kind !== 'word' || previous.inQuotes !== number.inQuotes) return j;
	const after = tokens[j + 1];
	if (after === undefined || after.sentence !== number.sentence) return j + 1;
	if (after.kind === 'punct') {
		if (after.text === '.') {
			const next = tokens[j + 2];
			return next === undefined || next.sentence !== number.sentence ? j + 1 : j;
		}
		return after.text === ',' || after.text === '!' || after.text === '?' || after.text === ')' || after.text === ';' || after.text === '»' ? j + 1 : j;
	}
	if (after.cap) return j;
	return after.w.verb || (after.w.bits & (W.function | W.preposition | W.adverb | W.boundary)) !== 0 ? j + 1 : j;
}

/** A region after a body's name ("Vegtrafikksentralen vest"). */
export const compassWords = new Set(['nord', 'sør', 'vest', 'øst', 'aust', 'midt']);

/** End of a lower-case particle sequence at j ("van der", "von", "de"); `previous`: the particle before j. */
function particlesEnd(tokens: readonly Token[], j: number, previous: string): number {
	let k = j;
	let before = previous;
	while (k < tokens.length && k - j < 2) {
		const token = tokens[k]!;
		if (token.cap || token.kind !== 'word') break;
		const lower = token.lower;
		const ok = before === '' ? leadingNameParticles.has(lower) : nameParticles.has(lower) && (lower === 'der' || lower === 'den' ? before === 'van' || before === 'von' || before === 'ter' : true);
		if (!ok) break;
		before = lower;
		k++;
	}
	return k;
}

/** "(17)", "(82)": an age in brackets at i. */
export function isAgeBracket(tokens: readonly Token[], i: number): boolean {
	if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')') return false;
	const age = tokens[i + 1]!.text;
	return age.length <= 3 && /^\d+$/u.test(age);
}

/** After a place name ending at `end`, the second half of a two-part region ("Møre og Romsdal"), or end. */
export function regionEnd(tokens: readonly Token[], end: number): number {
	const last = tokens[end - 1];
	if (!last || tokens[end]?.lower !== 'og') return end;
	const second = regionPairs.get(last.lower);
	return second !== undefined && tokens[end + 1]?.lower === second ? end + 2 : end;
}

/** Articles that can stand capitalised inside a name ("Miljøpartiet De Grønne"). */
const nameArticles = new Set(['de', 'dei', 'den', 'det']);

/** Articles of other languages that open names ("Der Spiegel", "La Stampa"). */
const foreignArticles = new Set(['der', 'die', 'das', 'la', 'le', 'les', 'el', 'los', 'las', 'il']);

/**
 * End of an organisation phrase at i ("Statens vegvesen", "Norsk teater- og orkesterforening",
 * "Vest politidistrikt", "Norges Bank"), or i when the words there are no organisation.
 */
export function organisationEnd(tokens: readonly Token[], i: number, known: Knowledge | null): number {
	const first = tokens[i];
	if (!first) return i;
	const firstWord = first.w;
	if (firstWord.kind !== 'word' || !firstWord.cap || firstWord.commonCompound) return i;
	if ((firstWord.bits & (W.capFunction | W.personal)) !== 0) return i;
	if (firstWord.hyphenEnd) {
		// "Helse- og omsorgsdepartementet": a first part shared with a lower-case organisation noun.
		const last = tokens[i + 2]?.w;
		return tokens[i + 1]?.lower === 'og' && last && last.kind === 'word' && !last.cap && last.organisation && !last.title ? i + 3 : i;
	}
	let j = i + 1;
	while (j < tokens.length && j - i < maxRun && !tokens[j]!.sentenceStart) {
		if (tokens[j]!.w.nameLike) j++;
		// "Miljøpartiet De Grønne", "Miljøpartiet Dei Grøne": a capitalised article inside the name.
		else if (tokens[j]!.cap && nameArticles.has(tokens[j]!.lower) && tokens[j + 1]?.w.nameLike && !tokens[j + 1]!.sentenceStart) j += 2;
		// "Norsk Bonde- og Småbrukarlag": a capitalised first part shared with the next word.
		else if (tokens[j]!.w.cap && tokens[j]!.w.hyphenEnd && tokens[j + 1]?.lower === 'og' && tokens[j + 2]?.w.nameLike && !tokens[j + 2]!.sentenceStart) j += 3;
		else break;
	}
	let capsHaveOrganisation = false;
	for (let k = i; k < j; k++) {
		const word = tokens[k]!.w;
		// "Forsvarer Tom Lie": a title that looks like an organisation noun ("forsvar") is no organisation.
		if ((word.organisation && !word.title) || (k > i && word.acronym && !word.text.endsWith('s'))) {
			capsHaveOrganisation = true;
			break;
		}
	}
	// Lower-case continuation: adjectives, "teater- og", then an organisation noun.
	let k = j;
	let steps = 0;
	while (k < tokens.length && steps < 5) {
		const word = tokens[k]!.w;
		if (word.kind !== 'word' || word.cap) break;
		if (word.hyphenEnd && tokens[k + 1]?.lower === 'og') {
			k += 2;
			steps++;
			continue;
		}
		if (word.organisation && !word.title) return k + 1;
		// "Statens legemiddelverk", "Statens pensjonskasse": the state's bodies.
		if (k === j && j === i + 1 && (first.lower === 'statens' || first.lower === 'riksens') && (word.bits & (W.function | W.preposition | W.adverb)) === 0 && !word.verb && !word.adjective) {
			return k + 1;
		}
		// "Kråkefjorden fiskarlag": after a place name that is no genitive ("Støres forslag").
		if (k === j && !tokens[j - 1]!.lower.endsWith('s') && isAssociationNoun(tokens[k]!.lower)) return k + 1;
		if (word.adjective && (word.bits & W.function) === 0) {
			k++;
			steps++;
			continue;
		}
		break;
	}
	if (capsHaveOrganisation) {
		if (first.sentenceStart && j === i + 1 && !(known !== null && firstWord.knownCap)) return i;
		// "Vegtrafikksentralen nord": the body's region.
		const region = tokens[j];
		return region !== undefined && region.kind === 'word' && !region.cap && compassWords.has(region.lower) ? j + 1 : j;
	}
	return i;
}

/** The acronym in "(NVE)" at i, if any. */
export function parentheticalAcronym(tokens: readonly Token[], i: number): string | null {
	if (tokens[i]?.text !== '(') return null;
	const inner = tokens[i + 1];
	if (!inner || tokens[i + 2]?.text !== ')') return null;
	return inner.w.acronym ? inner.text : null;
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
	/** Names given with a nationality adjective ("tyske Max Vogel"), by the adjective's first four letters. */
	readonly nationalities: Map<string, {adjective: string; form: string}[]>;
	/** Lower-cased names written right after "i" somewhere: places ("i Storbritannia"). */
	readonly places: Set<string>;
	/** Lower-cased surnames that open a sentence before a verb of saying somewhere. */
	readonly loneNames: Set<string>;
};

export function headStem(word: string): string {
	const lower = word.toLowerCase();
	const part = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) || lower : lower;
	return stem(part);
}

/** Adds an organisation by its type noun ("rederiet"), and by the wider nouns for it ("selskapet"). */
function addOrganisationType(registry: Registry, text: string, typeNoun: string): void {
	addOrganisation(registry, text, typeNoun);
	const h = headStem(typeNoun);
	for (const [narrow, wider] of organisationHypernyms) {
		if (h.endsWith(narrow)) for (const w of wider) addOrganisation(registry, text, w);
	}
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
const headStemCache = new Map<string, readonly string[]>();
export function headStems(word: string): readonly string[] {
	let stems = headStemCache.get(word);
	if (stems === undefined) {
		if (headStemCache.size > 20000) headStemCache.clear();
		stems = computeHeadStems(word);
		headStemCache.set(word, stems);
	}
	return stems;
}

function computeHeadStems(word: string): string[] {
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
	const stems = headStems(word);
	for (let n = stems.length - 1; n >= 0; n--) {
		const s = stems[n]!;
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

/**
 * One linear pass over every block's tokens: name forms, organisations, acronyms, titles.
 * Fed block by block (`add`), so the pass can be spread over several steps; `finish` ends it.
 */
export class RegistryBuilder {
	readonly registry: Registry;
	private readonly known: Knowledge;
	private readonly forms: {words: string[]; roles: string[]}[] = [];
	// Repeated organisation phrases and name forms (same words, same role) add nothing new: see `seen`.

	constructor(private readonly store: TokenStore) {
		const {knownCaps, lowerWords} = store;
		this.known = {knownCaps, lowerWords};
		this.registry = {
			knownCaps,
			lowerWords,
			bySurname: new Map(),
			byFirstName: new Map(),
			roles: new Map(),
			organisations: new Map(),
			acronyms: new Map(),
			nationalities: new Map(),
			places: new Set(),
			loneNames: new Set(),
		};
	}

	/**
	 * Organisation phrases and name forms seen (by word ids; role -2 for an organisation, -1 for a
	 * form without a role, else the role's number in `roleIds`), by a hash of the ids.
	 */
	private readonly seen = new Map<number, Int32Array[]>();
	/** Words like "Biden" before a verb of saying at a sentence start, which end like "kommunen". */
	private readonly definiteLooking = new Set<string>();
	private readonly roleIds = new Map<string, number>();

	/** Whether the words of tokens [i, end) with `role` were seen before; records them if not. */
	private seenBefore(tokens: readonly Token[], i: number, end: number, role: number): boolean {
		let hash = role;
		for (let k = i; k < end; k++) hash = (Math.imul(hash, 0x01000193) ^ tokens[k]!.w.id) | 0;
		let list = this.seen.get(hash);
		if (list === undefined) {
			list = [];
			this.seen.set(hash, list);
		} else {
			for (const entry of list) {
				if (entry.length !== end - i + 1 || entry[0] !== role) continue;
				let k = i;
				while (k < end && entry[k - i + 1] === tokens[k]!.w.id) k++;
				if (k === end) return true;
			}
		}
		const entry = new Int32Array(end - i + 1);
		entry[0] = role;
		for (let k = i; k < end; k++) entry[k - i + 1] = tokens[k]!.w.id;
		list.push(entry);
		return false;
	}

	add(block: number): void {
		const {registry, known, forms} = this;
		const tokens = this.store.load(block);
		const length = tokens.length;
		let i = 0;
		while (i < length) {
			const token = tokens[i]!;
			if (!token.cap || token.kind !== 'word') {
				i++;
				continue;
			}
			const before = tokens[i - 1];
			// "Jensen legg til at …": a lone surname before a verb of saying, known to open other sentences too.
			// "Biden sa": a surname ending like a definite noun is kept only when a full name has it (see finish).
			if (token.sentenceStart && !token.w.knownCap && loneSpeakerName(token, tokens[i + 1], tokens[i + 2], true)) {
				(endsLikeDefiniteNoun(token.lower) ? this.definiteLooking : registry.loneNames).add(token.lower);
			}
			// "i Storbritannia": a place ("fra X" is too often a person: "kritikk fra Lagerbäck").
			if (before !== undefined && before.lower === 'i' && !token.sentenceStart) {
				registry.places.add(token.lower);
			}
			const organisation = organisationEnd(tokens, i, known);
			if (organisation > i) {
				const acronym = parentheticalAcronym(tokens, organisation);
				const seen = this.seenBefore(tokens, i, organisation, -2);
				if (!seen || acronym) {
					let text = tokens[i]!.text;
					for (let k = i + 1; k < organisation; k++) text += ' ' + tokens[k]!.text;
					if (!seen) {
						addOrganisation(registry, text, tokens[organisation - 1]!.text);
						// "Sjømatselskapet Nordhav Seafood": also found by its type noun ("selskapet").
						const first = tokens[i]!.w;
						if (organisation > i + 1 && first.organisation && !first.title) addOrganisationType(registry, text, first.text);
						// "Fjellro Hytteutvikling AS": a limited company is "selskapet" later.
						const last = tokens[organisation - 1]!.text;
						if (organisation > i + 1 && (last === 'AS' || last === 'ASA')) addOrganisationType(registry, text, 'selskap');
					}
					if (acronym) registry.acronyms.set(acronym, text);
				}
				i = organisation;
				continue;
			}
			const end = nameRunEnd(tokens, i, known);
			if (end > i + 1) {
				let role: string | null = null;
				const before = tokens[i - 1];
				// Not a body before the name ("innsatsleiar i politiet Roger Pettersen"): that is where, not what.
				if (before && before.kind === 'word' && !before.cap && (before.w.bits & (W.preposition | W.function)) === 0 && !(before.w.organisation && !before.w.title)) {
					role = before.lower;
				} else if (before && before.kind === 'word' && before.sentenceStart && before.w.title) {
					role = before.lower;
				}
				let roleId = -1;
				if (role !== null) {
					const existing = this.roleIds.get(role);
					if (existing === undefined) {
						roleId = this.roleIds.size;
						this.roleIds.set(role, roleId);
					} else roleId = existing;
				}
				// "finansdirektør i Norwegian Geir Karlsen": after a preposition, a body's name, then a
				// person's from a given name on.
				let from = i;
				if (before !== undefined && (before.w.bits & W.preposition) !== 0 && token.w.givenGender === null) {
					for (let at = i + 1; at < end - 1; at++) {
						if (tokens[at]!.w.givenGender !== null) {
							from = at;
							break;
						}
					}
					// "leiar i Representanthuset Nancy Pelosi": a body in the definite form, then a name.
					if (from === i && end >= i + 3 && token.w.definite && !token.w.lowerWord) from = i + 1;
				}
				if (!this.seenBefore(tokens, from, end, roleId)) {
					const words: string[] = [];
					for (let k = from; k < end; k++) {
						if (tokens[k]!.text === '.' && words.length > 0) words[words.length - 1] += '.';
						else words.push(tokens[k]!.text);
					}
					forms.push({words, roles: role === null ? [] : [role]});
				}
				i = end;
				continue;
			}
			i = Math.max(end, i + 1);
		}
	}

	finish(): Registry {
		const {registry, forms} = this;
		const knownCaps = registry.knownCaps;
		// Genitives: "Vladimir Putins" is "Vladimir Putin" when the article knows "Putin".
		const surnames = new Set<string>();
		for (const form of forms) surnames.add(form.words[form.words.length - 1]!.toLowerCase());
		for (const form of forms) {
			const last = form.words[form.words.length - 1]!;
			const lower = last.toLowerCase();
			if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) {
				const stripped = lower.slice(0, -1);
				if (surnames.has(stripped) || knownCaps.has(stripped) || registry.loneNames.has(stripped) || this.definiteLooking.has(stripped)) {
					form.words[form.words.length - 1] = last.slice(0, -1);
				}
			}
		}
		for (const form of forms) {
			if (form.words.some(word => isOrganisationWord(word) || isAcronym(word))) continue;
			const text = form.words.join(' ');
			push(registry.bySurname, form.words[form.words.length - 1]!.toLowerCase(), text);
			// "María Fernanda Ochoa de la Vega" is "Ochoa" too: the surname before the particles.
			const particle = form.words.findIndex((word, index) => index >= 2 && nameParticles.has(word));
			if (particle > 0) push(registry.bySurname, form.words[particle - 1]!.toLowerCase(), text);
			push(registry.byFirstName, form.words[0]!.toLowerCase(), text);
			for (const role of form.roles) {
				if (isTitleWord(role) || titleHead(role)) push(registry.roles, text, role);
				else if (role.length >= 5 && (role.endsWith('sk') || role.endsWith('ske'))) {
					const key = role.slice(0, 4);
					const list = registry.nationalities.get(key) ?? [];
					list.push({adjective: role, form: text});
					registry.nationalities.set(key, list);
				}
			}
		}
		for (const word of this.definiteLooking) if (registry.bySurname.has(word)) registry.loneNames.add(word);
		return registry;
	}
}

/** The registry of every block in `store`. */
export function buildRegistry(store: TokenStore): Registry {
	const builder = new RegistryBuilder(store);
	for (let block = 0; block < store.blocks; block++) builder.add(block);
	return builder.finish();
}
