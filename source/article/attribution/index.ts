/**
 * Speaker attribution for Norwegian wire text (Bokmål and Nynorsk).
 *
 * Two linear passes: `buildRegistry` collects the name forms, titles and organisations the
 * article uses; then every block is read in order, keeping a small discourse state (recent
 * subjects for pronouns, titles, the last speaker for quote continuation).
 */
import type {Block} from '../types';
import {
	answerVerbs,
	bareVerb,
	definitePersonNoun,
	givenNameGender,
	isPersonPlural,
	isUnnamedPersonNoun,
	perfectAuxiliaries,
	organisationHypernyms,
	isAnaphoricOrganisationWord,
	isSpokesperson,
	isPartyCompound,
	isOrganisationWord,
	isPersonNoun,
	isTitleWord,
	looksDefinite,
	personParticiples,
	titleHypernyms,
	titleModifiers,
	objectPronouns,
	personalPronouns,
	relationNouns,
	titleGender,
	titleHead,
	type Gender,
	type VerbInfo,
	W,
	demonyms,
	memoised,
	viewNouns,
} from './lexicon';
import {
	compassWords,
	opensWithAcronym,
	RegistryBuilder,
	headStem,
	headStems,
	isAcronym,
	isAgeBracket,
	regionEnd,
	nameRunEnd,
	numberedNameEnd,
	organisationByHead,
	organisationEnd,
	parentheticalAcronym,
	skipParenthetical,
	type Registry,
} from './names';
import {TokenStore, type Token} from './tokens';

export type Attribution = {
	/** One entry per block (same order as input): canonical speaker names, main speaker first; [] for narration and for headings. */
	byBlock: string[][];
	/** Every speaker found, with the aliases the article uses, the role when given, and the kind. */
	speakers: {name: string; aliases: string[]; role: string | null; kind: 'person' | 'organisation'}[];
};

type Entity = {
	readonly name: string;
	readonly aliases: Set<string>;
	role: string | null;
	readonly roleWords: Set<string>;
	readonly heads: Set<string>;
	gender: Gender | null;
	personLike: boolean;
	/** A group of people speaking as one ("dei tilsette", "svenske medier"): never "han" or "ho". */
	plural: boolean;
	organisation: boolean;
	firstSpoke: number;
	order: number;
};

type Ref =
	/** `role`: the title phrase written next to the name (the inner one of "Aktor, statsadvokat X,"). */
	| {type: 'name'; words: string[]; prefix: Token[]; role?: Token[]; aged?: boolean}
	| {type: 'organisation'; text: string; head: string; acronym: string | null}
	| {type: 'pronoun'; gender: Gender | null}
	| {type: 'group'}
	/**
	 * A noun for a person or organisation. `use`: 'bare' for a title without article used as a
	 * name ("Aktor viste til"), 'person' for an unnamed person ("sa 34-åringen").
	 */
	| {
			type: 'title';
			head: string;
			text: string;
			use?: 'bare' | 'person';
			unnamed?: {gender: Gender | null};
			proper?: boolean;
			/** One word, lower-cased here because a sentence opens with it ("Senterpartiet seier"). */
			opensSentence?: boolean;
			/** A group of people ("Dei tilsette", "Kilder i partiet"). */
			plural?: boolean;
			/** After a name in the genitive ("NTBs reporter", "Høyres leiar"). */
			owned?: boolean;
	  };

type Phrase = {refs: Ref[]; end: number};

type Mode = 'subject' | 'after' | 'source';

const auxiliaries = new Set(
	'har hadde er var blir ble vart vert kan kunne vil ville skal skulle må måtte bør burde få fått'.split(' '),
);
const boundaryPunct = new Set([',', ';', ':', '–', '—', '(', ')']);
const maxLookBack = 40;

/**
 * A cache by token index (or a small multiple of it) for one block: `clear` starts a new
 * generation instead of allocating, so a block costs no new table.
 */
class IndexCache<T> {
	private values: (T | undefined)[] = [];
	private stamps = new Int32Array(0);
	private generation = 1;
	/** Negative keys (not expected), kept apart. */
	private readonly others = new Map<number, T>();

	get(key: number): T | undefined {
		if (key >= 0) return key < this.stamps.length && this.stamps[key] === this.generation ? this.values[key] : undefined;
		return this.others.get(key);
	}

	set(key: number, value: T): void {
		if (key < 0) {
			this.others.set(key, value);
			return;
		}
		if (key >= this.stamps.length) {
			let size = Math.max(64, this.stamps.length * 2);
			while (size <= key) size *= 2;
			const stamps = new Int32Array(size);
			stamps.set(this.stamps);
			this.stamps = stamps;
			const values = this.values;
			while (values.length < size) values.push(undefined);
		}
		this.stamps[key] = this.generation;
		this.values[key] = value;
	}

	clear(): void {
		this.generation++;
		if (this.others.size > 0) this.others.clear();
	}
}

class Attributor {
	private readonly entities = new Map<string, Entity>();
	private readonly order: Entity[] = [];
	private readonly mentions: {entity: Entity; subject: boolean; sentence: number}[] = [];
	private readonly byTitleHead = new Map<string, Entity[]>();
	/** People introduced with a nationality adjective, by its first four letters. */
	private readonly byNationality = new Map<string, Entity[]>();
	private readonly organisations: Entity[] = [];
	private group: {entities: Entity[]; sentence: number} | null = null;
	private sentenceCounter = 0;
	private clock = 0;
	private tokens: readonly Token[] = [];
	private readonly resolved = new IndexCache<Entity[]>();

	constructor(private readonly registry: Registry) {}

	// ---------------------------------------------------------------- entities

	private entity(name: string): Entity {
		const key = lowerCase(name);
		let entity = this.entities.get(key);
		if (!entity) {
			entity = {
				name,
				aliases: new Set(),
				role: null,
				roleWords: new Set(),
				heads: new Set(),
				gender: null,
				personLike: false,
				plural: false,
				organisation: false,
				firstSpoke: -1,
				order: this.order.length,
			};
			this.entities.set(key, entity);
			this.order.push(entity);
			for (const role of this.registry.roles.get(name) ?? []) this.addRoleWord(entity, role);
		}
		return entity;
	}

	private addRoleWord(entity: Entity, word: string): void {
		const lowered = lowerCase(word);
		const lower = lowered.endsWith('-') ? lowered.slice(0, -1) : lowered;
		if (lower.length < 3 || entity.roleWords.has(lower)) return;
		entity.roleWords.add(lower);
		if (lower.length >= 5 && (lower.endsWith('sk') || lower.endsWith('ske'))) {
			// A nationality adjective ("slovenske X"): "slovenaren", "svensken" may refer back to X.
			const key = lower.slice(0, 4);
			const list = this.byNationality.get(key) ?? [];
			list.push(entity);
			if (list.length > 200) list.splice(0, list.length - 100);
			this.byNationality.set(key, list);
		}
		const head = titleHead(lower) ?? lower;
		const list = this.byTitleHead.get(head) ?? [];
		list.push(entity);
		if (list.length > 200) list.splice(0, list.length - 100);
		this.byTitleHead.set(head, list);
	}

	private markOrganisation(entity: Entity, head: string): void {
		if (!entity.organisation) {
			entity.organisation = true;
			this.organisations.push(entity);
			if (this.organisations.length > 400) this.organisations.splice(0, 200);
		}
		const h = headStem(head);
		if (h.length < 3 || entity.heads.has(h)) return;
		entity.heads.add(h);
		// "rederiet X" … "selskapet": the wider type nouns refer back too.
		for (const [narrow, wider] of organisationHypernyms) {
			if (h.endsWith(narrow)) for (const w of wider) entity.heads.add(w);
		}
	}

	/** Mentions dropped from the front of `mentions` so far (absolute index = index + this). */
	private mentionsDropped = 0;

	private mention(entity: Entity, subject: boolean): void {
		if (entity.personLike) this.personMentions++;
		this.mentions.push({entity, subject, sentence: this.sentenceCounter});
		if (this.mentions.length > 400) {
			this.mentions.splice(0, 200);
			this.mentionsDropped += 200;
		}
	}

	// ---------------------------------------------------------------- phrases

	private word(i: number): Token | undefined {
		const token = this.tokens[i];
		return token && token.kind === 'word' && !token.inQuotes ? token : undefined;
	}

	private skipAdverbs(i: number): number {
		let j = i;
		while (j < this.tokens.length && j - i < 4) {
			const token = this.tokens[j]!;
			// "går" is an adverb only in "i går"; otherwise it is the verb ("går inn for").
			if (token.kind === 'word' && (token.w.bits & W.adverb) !== 0 && (!token.w.verb || this.tokens[j - 1]?.lower === 'i')) j++;
			else if (token.text === '(') {
				const next = skipParenthetical(this.tokens, j);
				if (next === j) break;
				j = next;
			} else break;
		}
		return j;
	}

	/**
	 * Skips a prepositional phrase of place or affiliation after a name ("i Vestkyst Ferjer"),
	 * with a place after it ("ved Universitetet i Oslo").
	 */
	private skipAffiliation(i: number, depth = 0, of = false): number {
		const preposition = this.word(i);
		if (!preposition) return i;
		const lower = preposition.lower;
		// "av"/"for" only after a title: "Lederen av utvalget, professor X," "Leiaren for valkommisjonen, X,".
		if (!(lower === 'i' || lower === 'ved' || lower === 'hos' || lower === 'fra' || lower === 'frå' || lower === 'på' || (of && (lower === 'av' || lower === 'for')))) return i;
		let j = i + 1;
		const organisation = organisationEnd(this.tokens, j, this.registry);
		if (organisation > j) return this.skipPlace(skipParenthetical(this.tokens, this.institutionFieldEnd(organisation)), depth);
		const run = nameRunEnd(this.tokens, j, this.registry);
		if (run > j) {
			// "Lederen for Abdullahs valgkampstab, X,": a genitive and its noun.
			const owned = this.word(run);
			if (this.tokens[run - 1]!.lower.endsWith('s') && owned && !owned.cap && !owned.w.verb && (owned.w.bits & W.function) === 0 && this.tokens[run + 1]?.text === ',') {
				return run + 1;
			}
			return this.skipPlace(skipParenthetical(this.tokens, this.institutionFieldEnd(this.servicesEnd(regionEnd(this.tokens, run)))), depth);
		}
		// "ved ortopedisk avdeling", "i juridisk seksjon": an adjective and a noun for a workplace.
		const adjective = this.word(j);
		const head = this.word(j + 1);
		if (
			adjective && !adjective.cap && adjective.w.adjective && (adjective.w.bits & W.function) === 0 &&
			head && !head.cap && !head.w.verb && (head.w.bits & (W.function | W.preposition | W.adverb)) === 0
		) {
			return this.skipPlace(j + 2, depth);
		}
		// "i samferdselsutvalet i fylkestinget": a definite noun, possibly nested once more.
		const noun = this.word(j);
		if (noun && !noun.cap && noun.w.definite && (noun.w.bits & W.function) === 0 && !noun.w.verb) {
			j++;
			// "i aksjonsgruppen Bevar fødestua, Kari Nes,": a name with lower-case words, when an
			// apposition's comma closes it.
			if (this.tokens[j]?.cap && !this.tokens[j]!.inQuotes) {
				const comma = this.nameWithWordsEnd(j + 1);
				if (comma > j + 1) return comma;
			}
			const afterName = nameRunEnd(this.tokens, j, this.registry);
			if (afterName > j) j = afterName;
			const nested = this.skipAffiliation(j);
			return nested;
		}
		// "i Parwan-provinsen": a capitalised compound naming a place or body.
		if (noun && noun.cap && noun.w.commonCompound && (lower === 'i' || lower === 'ved')) return this.skipPlace(j + 1, depth);
		// "Direktør for samferdsel, X,", "Bistandsadvokat for den fornærmede gutten, X,", "Lederen for
		// Abdullahs valgkampstab, X,": a title's field or charge, a short noun phrase before a comma.
		if (of && lower === 'for') {
			let end = j;
			if (this.word(end) && (this.tokens[end]!.w.bits & W.determiner) !== 0) end++;
			else if (this.word(end)?.cap && this.isGenitive(end)) end++;
			for (; end < j + 7; end++) {
				const word = this.word(end);
				if (!word) break;
				// "direktør for kommunikasjon og myndighetskontakt i SJ Norge, X,": fields joined by
				// "og", and the body after them.
				if (end > j && word.lower === 'og') continue;
				if (end > j && (word.lower === 'i' || word.lower === 'ved') && depth === 0) {
					const body = this.skipAffiliation(end, depth + 1);
					if (body > end && this.tokens[body]?.text === ',') return body;
					break;
				}
				if (word.cap || word.w.verb || (word.w.bits & (W.function | W.preposition | W.adverb)) !== 0) break;
				if (this.tokens[end + 1]?.text === ',') return end + 1;
			}
		}
		return i;
	}

	/**
	 * "i Indre Nesvik brann og redning opplyser": two lower-case nouns joined by "og" after a place
	 * name, when a verb or a comma follows them. The index after them, or i.
	 */
	private servicesEnd(i: number): number {
		const first = this.word(i);
		const second = this.word(i + 2);
		if (!first || !second || this.tokens[i + 1]!.lower !== 'og' || first.cap || second.cap) return i;
		if (first.w.verb || second.w.verb || ((first.w.bits | second.w.bits) & (W.function | W.preposition | W.adverb)) !== 0) return i;
		const next = this.tokens[i + 3];
		return next && (next.text === ',' || (next.kind === 'word' && !next.cap && finiteLooking(next))) ? i + 3 : i;
	}

	/** The comma after up to four more words of a name ("Bevar fødestua,") when a person's name follows it, or i. */
	private nameWithWordsEnd(i: number): number {
		for (let k = i; k < this.tokens.length && k <= i + 4; k++) {
			const token = this.tokens[k]!;
			if (token.text === ',') return k > i && this.startsName(k + 1) ? k : i;
			if (token.kind !== 'word' || token.inQuotes || finiteLooking(token) || (token.w.bits & W.boundary) !== 0) return i;
		}
		return i;
	}

	/** "Institutt for sikkerhetspolitikk", "Senter for klimaforsking": a field after an institution's name. */
	private institutionFieldEnd(i: number): number {
		if (this.word(i)?.lower !== 'for') return i;
		const field = this.word(i + 1);
		return field && !field.cap && !field.w.verb && (field.w.bits & (W.function | W.preposition)) === 0 ? i + 2 : i;
	}

	/** After an affiliation, a place name ("ved NTNU i Trondheim"): once more, at most twice. */
	private skipPlace(i: number, depth: number): number {
		if (depth >= 2) return i;
		const preposition = this.word(i);
		if (!preposition) return i;
		const lower = preposition.lower;
		const next = this.word(i + 1);
		if (!next) return i;
		// "tillitsvalgt i Fagforbundet ved sykehuset": a workplace named by a definite noun.
		if ((lower === 'ved' || lower === 'i' || lower === 'på' || lower === 'hos') && !next.cap && next.w.definite && !next.w.verb && (next.w.bits & (W.function | W.adverb)) === 0) {
			return this.skipPlace(i + 2, depth + 1);
		}
		if ((lower !== 'i' && lower !== 'på') || !next.cap) return i;
		return this.skipAffiliation(i, depth + 1);
	}

	/** ", som representerer 27-åringen," after a subject: the index after the closing comma, or i. */
	private skipRelative(i: number): number {
		const tokens = this.tokens;
		if (tokens[i]?.text !== ',' || tokens[i + 1]?.lower !== 'som' || tokens[i + 1]!.inQuotes) return i;
		const sentence = tokens[i]!.sentence;
		for (let j = i + 2; j < tokens.length && j <= i + 30; j++) {
			const token = tokens[j]!;
			if (token.sentence !== sentence || token.text === '–' || token.text === '—' || token.text === ':') return i;
			if (token.text === ',') return j + 1;
		}
		return i;
	}

	/**
	 * ", interesseorganisasjonen for vassverka," after a subject: a definite common noun (with a
	 * phrase after it) describing it. The index after the closing comma, or i.
	 */
	private skipDescription(i: number): number {
		const tokens = this.tokens;
		// "X, NRKs korrespondent,", "X, Huaweis kommunikasjonssjef i Norge,": an owner's genitive first.
		const owner = this.word(i + 1);
		if (owner && owner.cap && owner.lower.endsWith('s') && owner.lower.length > 2 && this.word(i + 2)?.w.title && !this.tokens[i + 2]!.cap) {
			return this.skipDescription(i + 1) === i + 1 ? i : this.skipDescription(i + 1);
		}
		const noun = this.word(i + 1);
		if (!noun || noun.cap || noun.w.verb || (noun.w.bits & (W.function | W.boundary | W.adverb)) !== 0) return i;
		// "Marit Gulbrandsen, datter av en av pasientene som døde,": kinship, with a clause of its own.
		const kin = (noun.w.bits & W.relation) !== 0 || relationGender(noun.lower) !== undefined;
		// "Kari Holm, leder i Fjellvennene,", "X, administrerende direktør i Y,": an office.
		const office = noun.w.title || ((noun.w.adjective || modifierEnding.test(noun.lower)) && this.word(i + 2)?.w.title === true && !this.word(i + 2)!.cap);
		if (!noun.w.definite && !kin && !office) return i;
		const sentence = tokens[i]!.sentence;
		for (let j = i + 2; j < tokens.length && j <= i + (kin || office ? 14 : 10); j++) {
			const token = tokens[j]!;
			if (token.sentence !== sentence || token.inQuotes) return i;
			if (token.text === ',') return j + 1;
			if (token.text === '(') {
				// "leiar i arbeidsutvalet (FAU) ved skulen,"
				const after = skipParenthetical(tokens, j);
				if (after === j) return i;
				j = after - 1;
				continue;
			}
			if (kin ? token.kind !== 'word' || token.w.verb : token.kind !== 'word' || token.w.verb || token.lower === 'som' || token.lower === 'at') return i;
		}
		return i;
	}

	/**
	 * Whether a subject phrase ending at `end` is followed by the verb at k: directly, after
	 * adverbs, after a relative clause ("X, som representerer 27-åringen, sier"), also when the
	 * phrase closed with an apposition's comma ("Leiaren, Eirik Nesheim, som har tre born, seier").
	 */
	private subjectEndsAt(end: number, k: number): boolean {
		if (this.skipAdverbs(end) === k || this.skipAdverbs(this.skipRelative(end)) === k) return true;
		if (this.tokens[end]?.text === ',' && this.skipAdverbs(this.skipDescription(end)) === k) return true;
		// "Operasjonsleder X i Y politidistrikt, opplyser til NTB at": a stray comma before the verb,
		// when no subject of its own follows the verb.
		if (this.tokens[end]?.text === ',' && end + 1 === k) {
			const after = this.word(k + 1);
			if (after && (after.lower === 'at' || (after.w.bits & (W.preposition | W.adverb)) !== 0)) return true;
		}
		if (this.tokens[end - 1]?.text === ',' && this.tokens[end]?.lower === 'som' && this.skipAdverbs(this.skipRelative(end - 1)) === k) return true;
		// "Ei kvinne som bur like ved, fortel at …": a relative clause without a comma before it.
		return this.tokens[end]?.lower === 'som' && !this.tokens[end]!.inQuotes && this.skipAdverbs(this.restrictiveRelativeEnd(end)) === k;
	}

	/** After "som … ," at i (no comma before "som"): the index after the closing comma, or i. */
	private restrictiveRelativeEnd(i: number): number {
		const tokens = this.tokens;
		const sentence = tokens[i]!.sentence;
		for (let j = i + 1; j < tokens.length && j <= i + 30; j++) {
			const token = tokens[j]!;
			if (token.sentence !== sentence || token.inQuotes || token.text === '–' || token.text === '—' || token.text === ':') return i;
			if (token.text === ',') return j + 1;
		}
		return i;
	}

	/** The index of "har"/"hadde" before the verb at k in its clause ("X har sagt", "Det har X sagt"), or -1. */
	private perfectAuxiliary(k: number, clauseStart: number): number {
		for (let j = k - 1; j >= clauseStart && j >= k - 12; j--) {
			const token = this.tokens[j]!;
			if (token.inQuotes) return -1;
			if (token.kind === 'word' && perfectAuxiliaries.has(token.lower)) return j;
		}
		return -1;
	}

	/** Whether an auxiliary ("har", "er", "vil" …) comes before k in its clause (from clauseStart). */
	private afterAuxiliary(k: number, clauseStart: number): boolean {
		for (let j = k - 1; j >= clauseStart && j >= k - maxLookBack; j--) {
			const token = this.tokens[j]!;
			if (token.kind === 'word' && !token.inQuotes && auxiliaries.has(token.lower) && !this.inIndirectQuestion(j, clauseStart)) return true;
		}
		return false;
	}

	/** "På spørsmål om hva man kan forvente svarte X": whether a question word opens the clause of j, a few words before. */
	private inIndirectQuestion(j: number, clauseStart: number): boolean {
		for (let q = j - 1; q >= clauseStart && q >= j - 4; q--) if (interrogatives.has(this.tokens[q]!.lower)) return true;
		return false;
	}

	/** A cheap first test for a particle verb at k: one of its particles' first words soon after. */
	private particleNear(verb: VerbInfo, k: number): boolean {
		if (verb.view && this.viewFollows(k + 1)) return true;
		const end = Math.min(this.tokens.length, k + 12);
		const starts = verb.particleStarts!;
		for (let j = k + 1; j < end; j++) if (starts.has(this.tokens[j]!.lower)) return true;
		return false;
	}

	/**
	 * Whether "i sin/sitt/sine <view noun>" follows at i within a short predicate, before any clause
	 * boundary ("er mer forsiktig i sin tolkning", "var optimistisk i sine anslag").
	 */
	private viewFollows(i: number): boolean {
		const end = Math.min(this.tokens.length - 2, i + 8);
		for (let j = i; j < end; j++) {
			const token = this.tokens[j]!;
			if (token.kind !== 'word' || token.inQuotes || (token.w.bits & W.boundary) !== 0) return false;
			if (token.lower !== 'i') continue;
			const owner = this.tokens[j + 1]!.lower;
			if ((owner === 'sin' || owner === 'si' || owner === 'sitt' || owner === 'sine') && viewNouns.has(this.tokens[j + 2]!.lower)) return true;
		}
		return false;
	}

	/** "svarte presidenten med å avsetje dommarane": answering by doing something, within a few words of i. */
	private answersByDoing(i: number): boolean {
		const end = Math.min(this.tokens.length - 1, i + 4);
		for (let j = i; j < end; j++) {
			const token = this.tokens[j]!;
			if (token.kind !== 'word' || token.inQuotes) return false;
			if (token.lower === 'med') return this.tokens[j + 1]!.lower === 'å';
		}
		return false;
	}

	/** Whether `particle` follows at i, after adverbs and at most a short subject ("sa han opp"). */
	private particleAfter(i: number, particles: readonly string[]): boolean {
		const end = Math.min(this.tokens.length, i + 5);
		for (let j = i; j < end; j++) {
			const token = this.tokens[j]!;
			if (token.kind !== 'word' || token.inQuotes) return false;
			if (particles.includes(token.lower)) return true;
			// "sa i 2021 ja til": a year counts as a time word.
			if (j > i && !token.cap && (token.w.bits & (W.adverb | W.personal)) === 0 && !timeWords.has(token.lower) && !yearPattern.test(token.text)) return false;
		}
		return false;
	}

	/** Whether one of the verb's particles follows at i (after adverbs); true when it needs none. */
	private particleFollows(verb: VerbInfo, i: number): boolean {
		const particles = verb.particles;
		if (!particles) return true;
		if (verb.view && this.viewFollows(i)) return true;
		const at = this.skipAdverbs(i);
		// "er tydeleg på at": a particle that starts with an adverb.
		if (this.particlesAt(particles, at) || (at !== i && this.particlesAt(particles, i))) return true;
		// "orienterte valnemnda om at": one object, definite or a name, before the particle (not after
		// "er", where it is the subject: "Karlsson er trenaren imponert over").
		const object = verb.view ? undefined : this.word(at);
		const objectLike = object !== undefined && (object.w.definite || object.w.nameLike || genericObjects.has(object.lower));
		if (
			objectLike &&
			!object.w.verb &&
			(object.w.bits & (W.function | W.preposition | W.adverb)) === 0 &&
			verb.particleStarts!.has(this.tokens[at + 1]?.lower ?? '') &&
			this.particlesAt(particles, at + 1)
		) {
			return true;
		}
		// "la i innleiingsforedraget vekt på": a short prepositional phrase before the particle
		// ("i" counts as an adverb too, for "i dag": look at it both before and after adverbs).
		return this.particlesAfterPhrase(particles, i) || (at !== i && this.particlesAfterPhrase(particles, at));
	}

	private particlesAfterPhrase(particles: readonly (readonly string[])[], at: number): boolean {
		const preposition = this.word(at);
		if (!preposition || (preposition.w.bits & W.preposition) === 0) return false;
		// A noun phrase: a definite noun ("i innleiingsforedraget") or one after an article or a
		// possessive ("i en pressemelding", "i sin tale"); not a degree ("for stor vekt på").
		const second = this.word(at + 1);
		if (!second) return false;
		const introduced = (second.w.bits & (W.determiner | W.indefinite | W.possessive)) !== 0 || timeModifiers.has(second.lower);
		for (let end = at + 2; end <= at + 4; end++) {
			const last = this.word(end - 1);
			if (!last || last.w.verb || (last.w.bits & W.boundary) !== 0) return false;
			const noun = !last.cap && (last.w.bits & (W.function | W.preposition)) === 0 && (introduced ? end > at + 2 : last.w.definite && !last.w.adjective);
			if (noun && this.particlesAt(particles, end)) return true;
		}
		return false;
	}

	private particlesAt(particles: readonly (readonly string[])[], at: number): boolean {
		for (const words of particles) {
			let n = 0;
			let skipped = 0;
			while (n < words.length) {
				const token = this.tokens[at + n + skipped];
				if (!token || token.inQuotes) break;
				// "gjorde det torsdag klart at": a day inside the particle.
				if (n > 0 && skipped === 0 && token.lower !== words[n] && timeWords.has(token.lower)) {
					skipped++;
					continue;
				}
				if (token.lower !== words[n]) break;
				n++;
			}
			if (n === words.length) return true;
		}
		return false;
	}

	/** After "heter det" at i: "i en uttalelse fra X" (see `documentSource`), or "fra X" alone ("heter det fra FIS"). */
	private impersonalSourcePhrase(i: number): Phrase | null {
		const from = this.word(i)?.lower;
		return from === 'fra' || from === 'frå' ? this.phrase(i + 1, 'source') : this.documentSource(i);
	}

	/**
	 * "i en uttalelse fra X", "ifølge en pressemelding fra X", "i brevet frå X": a statement and the
	 * source it comes from. `i` is at the preposition "i" or at the noun phrase; returns X's phrase.
	 */
	private documentSource(i: number): Phrase | null {
		let j = i;
		if (this.word(j)?.lower === 'i') j++;
		for (let n = 0; n < 4; n++) {
			const token = this.word(j);
			if (!token) return null;
			if ((token.w.bits & W.document) !== 0) {
				const from = this.word(j + 1);
				if (!from || (from.lower !== 'fra' && from.lower !== 'frå')) return null;
				return this.phrase(j + 2, 'source');
			}
			const filler =
				(token.w.bits & (W.indefinite | W.determiner | W.possessive)) !== 0 ||
				token.w.adjective ||
				titleModifiers.has(token.lower) ||
				token.lower === 'felles';
			if (!filler || token.w.verb) return null;
			j++;
		}
		return null;
	}

	/**
	 * A comma-enclosed name after a noun: "motpart, Sergej Lavrov," → the name. After the verb
	 * (`mode` 'after') the name may also end the sentence: "seier leiaren i laget, Ola Nilsen."
	 */
	private apposition(i: number, mode: Mode = 'subject'): Phrase | null {
		if (this.tokens[i]?.text !== ',') return null;
		const inner = this.simplePhrase(i + 1, 'subject', true);
		if (!inner || inner.refs.length !== 1 || inner.refs[0]!.type !== 'name') return null;
		const after = this.tokens[inner.end];
		if (after?.text === ',') return {refs: inner.refs, end: inner.end + 1};
		// "Leiar og nestleiar, Arlene Foster og Nigel Dodds,": two names for two offices.
		if (after?.lower === 'og' && !after.inQuotes) {
			const second = this.simplePhrase(inner.end + 1, 'subject', true);
			if (second && second.refs.length === 1 && second.refs[0]!.type === 'name' && this.tokens[second.end]?.text === ',') {
				return {refs: [inner.refs[0]!, second.refs[0]!], end: second.end + 1};
			}
		}
		// "stadfestar Forsvarets pressetalsmann, brigader X til media": a preposition may follow too.
		const tail = after === undefined || after.sentence !== this.tokens[i]!.sentence || after.text === '.' || (after.kind === 'word' && !after.inQuotes && (after.w.bits & W.preposition) !== 0);
		if ((mode === 'after' || mode === 'source') && tail) {
			return {refs: inner.refs, end: inner.end};
		}
		return null;
	}

	/**
	 * What comes before a phrase's own words: an ordinal ("1. nestleiar"), first parts shared with
	 * a title ("kultur-, idretts- og likestillingsminister"), an abbreviated title ("adm.dir."), or a
	 * website's address. The phrase after it, or undefined when there is none.
	 */
	private prefixedPhrase(first: Token, start: number, mode: Mode, nameOnly: boolean): Phrase | null | undefined {
		const next = this.tokens[start + 1];
		if (next !== undefined && next.text === '.') {
			// "1. nestleiar i KrFU, X,": an ordinal before a title.
			if (isShortNumber(first.text) && this.word(start + 2)?.w.title && !this.tokens[start + 2]!.cap) {
				return this.simplePhrase(start + 2, mode, nameOnly);
			}
			// "melder varsom.no", "ifølge yr.no": a website by its address.
			if (topLevelDomains.has(this.tokens[start + 2]?.text ?? '')) {
				const text = `${first.text}.${this.tokens[start + 2]!.text}`;
				return {refs: [{type: 'organisation', text, head: text, acronym: null}], end: start + 3};
			}
			// "adm.dir. Jannicke Holm", "prof. Kari Dahl": an abbreviated title before the name.
			if ((first.w.bits & W.abbreviation) !== 0 && titleAbbreviations.has(first.lower)) {
				let at = start + 2;
				while (titleAbbreviations.has(this.word(at)?.lower ?? '') && this.tokens[at + 1]?.text === '.') at += 2;
				if (this.startsName(at) || this.word(at)?.w.title) return this.simplePhrase(at, mode, nameOnly);
			}
			return undefined;
		}
		// "kultur-, idretts- og likestillingsminister X": first parts shared with the title.
		if (first.w.hyphenEnd && !first.cap) {
			let at = start + 1;
			while (at < start + 8 && (this.tokens[at]?.text === ',' || (this.word(at)?.w.hyphenEnd && !this.tokens[at]!.cap))) at++;
			if (this.word(at)?.lower === 'og' && this.word(at + 1)?.w.hyphenEnd === false && this.word(at + 1)!.w.title && !this.tokens[at + 1]!.cap) {
				return this.simplePhrase(at + 1, mode, nameOnly);
			}
		}
		return undefined;
	}

	private simplePhrase(start: number, mode: Mode, nameOnly = false): Phrase | null {
		const first = this.word(start);
		if (!first) return null;
		const prefixed = this.prefixedPhrase(first, start, mode, nameOnly);
		if (prefixed !== undefined) return prefixed;
		// "Mannens søster sier", "offerets far": a relative, named by whose relative they are.
		const relation = nameOnly ? undefined : this.word(start + 1);
		if (relation && (relation.w.bits & W.relation) !== 0 && first.lower.length > 4 && first.lower.endsWith('s') && !first.w.acronym && looksDefinite(first.lower.slice(0, -1))) {
			const gender = !relation.cap && !looksDefinite(relation.lower) ? relationNouns.get(relation.lower) : undefined;
			if (gender !== undefined && !this.startsName(start + 2)) {
				const text = `${first.text} ${relation.text}`;
				return {refs: [{type: 'title', head: relation.lower, text, use: 'person', unnamed: {gender}}], end: start + 2};
			}
		}
		if (!nameOnly && (first.w.bits & W.indefinite) !== 0 && indefiniteArticles.has(first.lower)) {
			// "sier en fornøyd Kari Holm", "sa en tydelig rørt X": an article and a mood before a name.
			// "ein resignert og skuffa Eirik Jensen": also two moods joined by "og".
			for (let at = start + 2; at <= start + 4; at++) {
				const mood = this.word(at - 1);
				if (!mood || mood.cap || mood.w.verb || ((mood.w.bits & W.function) !== 0 && !(mood.lower === 'og' && at === start + 3))) break;
				const run = nameRunEnd(this.tokens, at, this.registry);
				const name = this.tokens[at];
				if (name && run > at && (name.w.givenGender !== null || this.hasForms(name.text))) {
					return {refs: [{type: 'name', words: textsOf(this.tokens, at, run), prefix: []}], end: run};
				}
			}
			const unnamed = this.unnamedPerson(start, mode);
			if (unnamed) return unnamed;
		}
		if (!nameOnly) {
			if (mode === 'source' && (first.w.bits & W.objectPronoun) !== 0) {
				return {refs: [{type: 'pronoun', gender: objectPronouns.get(first.lower) ?? null}], end: start + 1};
			}
			if (mode === 'source' && (first.w.bits & W.objectGroup) !== 0 && !this.word(start + 1)) {
				return {refs: [{type: 'group'}], end: start + 1};
			}
			if ((first.w.bits & W.personal) !== 0) {
				return {refs: [{type: 'pronoun', gender: personalPronouns.get(first.lower) ?? null}], end: start + 1};
			}
			if ((first.w.bits & W.group) !== 0) {
				const next = this.tokens[start + 1];
				const determinerUse =
					(first.lower === 'de' || first.lower === 'dei') &&
					next !== undefined &&
					next.kind === 'word' &&
					!next.w.verb &&
					(next.w.bits & W.adverb) === 0 &&
					(next.w.bits & W.preposition) === 0 &&
					(next.w.bits & W.boundary) === 0;
				if (!determinerUse) {
					let end = start + 1;
					if (this.tokens[end]?.lower === 'to') end++;
					return {refs: [{type: 'group'}], end};
				}
			}
			if ((first.w.bits & W.local) !== 0) return null;
		}
		if (first.w.acronym && first.text !== lowerCase(first.text)) {
			const text = first.text.endsWith('s') && first.text.length > 2 ? first.text.slice(0, -1) : first.text;
			const genitive = text !== first.text;
			if (!genitive && mode !== 'subject') {
				// "melder NRK Vestland", "ifølge NRK Sport": a broadcaster's or firm's division by name.
				let end = start + 1;
				while (end < start + 3 && this.tokens[end]?.w.nameLike && !this.tokens[end]!.sentenceStart && !this.tokens[end]!.inQuotes && (!this.tokens[end]!.w.acronym || channelPattern.test(this.tokens[end]!.text))) end++;
				// "melder TV 2", "ifølge NRK P1": a channel's number.
				end = numberedNameEnd(this.tokens, end);
				if (end > start + 1 && !this.startsName(end)) {
					const text = textsOf(this.tokens, start, end).join(' ');
					return {refs: [{type: 'organisation', text, head: this.tokens[end - 1]!.text, acronym: null}], end};
				}
			}
			if (!genitive && numberedNameEnd(this.tokens, start + 1) > start + 1) {
				// "TV 2 skriver at …": a channel's number after the acronym.
				return {refs: [{type: 'organisation', text: `${text} ${this.tokens[start + 1]!.text}`, head: text, acronym: null}], end: start + 2};
			}
			// "FNs miljøprogram (UNEP)", "FNs menneskerettighetskontor": a body of the organisation.
			const body = genitive ? this.word(start + 1) : undefined;
			if (body && !body.cap && body.w.organisation && !body.w.title) {
				const name = `${first.text} ${body.text}`;
				const acronym = parentheticalAcronym(this.tokens, start + 2);
				if (acronym) this.learnAcronym(acronym, name);
				return {refs: [{type: 'organisation', text: name, head: body.text, acronym: null}], end: skipParenthetical(this.tokens, start + 2)};
			}
			// "ifølgje SVs Kari Elisabeth Kaski": a party's member, read below with the genitive as a prefix.
			const member = genitive && this.startsName(start + 1);
			if (!member && (!genitive || mode === 'source' || !this.word(start + 1) || ((this.tokens[start + 1]?.w.bits ?? 0) & W.info) !== 0)) {
				let end = start + 1;
				if (genitive && this.word(end) && (this.tokens[end]!.w.bits & W.info) !== 0) end++;
				return {refs: [{type: 'organisation', text, head: text, acronym: text}], end};
			}
		}
		// "opplyser Det hvite hus", "ifølge Den norske kirke": a capital on "Det"/"Den" inside a sentence opens a name.
		if (first.cap && !first.sentenceStart && (first.lower === 'det' || first.lower === 'den') && mode !== 'subject') {
			const end = this.tokens[start + 1]?.cap ? nameRunEnd(this.tokens, start + 1, this.registry) : this.lowerCaseNameEnd(start + 1);
			if (end > start + 1) {
				const text = textsOf(this.tokens, start, end).join(' ');
				const acronym = parentheticalAcronym(this.tokens, end);
				if (acronym) this.learnAcronym(acronym, text);
				return {refs: [{type: 'organisation', text, head: this.tokens[end - 1]!.text, acronym: null}], end: skipParenthetical(this.tokens, end)};
			}
		}
		// No array until the first word: most phrases (names, pronouns, nothing) need none.
		let prefix: Token[] = noTokens;
		let i = start;
		if ((first.w.bits & W.determiner) !== 0 || ((first.w.bits & W.possessive) !== 0 && !this.startsName(start))) {
			const next = this.word(start + 1);
			if (!next || next.w.verb || (next.w.bits & W.function) !== 0) return null;
			prefix = withToken(prefix, first);
			i++;
		} else if (titleModifiers.has(first.lower)) {
			// "Tidligere statsminister X", "Fungerande rådmann X", "Også tidligere Ap-leder X": a modifier of a title.
			const next = this.word(start + 1);
			if (next && !next.w.verb && (next.w.title || next.w.commonCompound)) {
				prefix = withToken(prefix, first);
				i++;
			}
		}
		while (i < this.tokens.length && prefix.length < 10) {
			const token = this.word(i);
			if (!token) break;
			// "Professor i rettsvitskap X", "Kommunalsjef for oppvekst X", "leder i foreldrerådet X":
			// a title, its field or body, then the name.
			const field = prefix.length > 0 && prefix[prefix.length - 1]!.w.title ? this.fieldBeforeName(i) : i;
			if (field > i) {
				for (let k = i; k < field; k++) prefix = withToken(prefix, this.tokens[k]!);
				i = field;
				continue;
			}
			if (token.cap && token.w.commonCompound && !token.sentenceStart) {
				// "Brann-trener Ida Fjeld": a compound title before the name.
				prefix = withToken(prefix, token);
				i++;
				continue;
			}
			if (token.w.acronym && token.text.endsWith('s') && token.text.length > 2 && this.startsName(i + 1)) {
				// "MDGs Une Bastholm": the party's genitive before a member's name.
				prefix = withToken(prefix, token);
				i++;
				continue;
			}
			if (token.cap || token.w.nameLike) {
				const organisation = organisationEnd(this.tokens, i, this.registry);
				if (organisation > i) {
					const words = textsOf(this.tokens, i, organisation);
					const acronym = parentheticalAcronym(this.tokens, organisation);
					const end = skipParenthetical(this.tokens, organisation);
					const text = words.join(' ');
					if (acronym) this.learnAcronym(acronym, text);
					return {refs: [{type: 'organisation', text, head: words[words.length - 1]!, acronym}], end: this.skipAffiliation(end)};
				}
				const run = nameRunEnd(this.tokens, i, this.registry);
				const next = this.tokens[i + 1];
				const genitive =
					token.lower.endsWith('s') &&
					token.lower.length > 2 &&
					next !== undefined &&
					next.kind === 'word' &&
					// "USAs FN-ambassadør X": a capitalised compound office after the owner too.
					(!next.cap || next.w.hyphenEnd || (next.w.commonCompound && next.w.title)) &&
					this.isGenitive(i);
				if (genitive && run <= i + 1) {
					if ((next.w.bits & W.info) !== 0) {
						// "ifølge NTBs beregninger": the genitive owner is the source.
						return {refs: [{type: 'name', words: [token.text.slice(0, -1)], prefix: []}], end: i + 2};
					}
					prefix = withToken(prefix, token);
					i++;
					continue;
				}
				// "New Zealands statsminister X": a name of several words in the genitive, then a title.
				const owned = this.word(run);
				if (run > i + 1 && this.tokens[run - 1]!.lower.endsWith('s') && owned && owned.w.title && !owned.cap && this.startsName(run + 1)) {
					for (let k = i; k < run; k++) prefix = withToken(prefix, this.tokens[k]!);
					i = run;
					continue;
				}
				// "Nordic Mining-direktør X", "Oslo Ap-leiar Y": a name before the first part of a compound office.
				const office = this.tokens[run];
				if (run > i && office !== undefined && office.w.commonCompound && office.w.title && !office.sentenceStart && this.startsName(run + 1)) {
					for (let k = i; k < run; k++) prefix = withToken(prefix, this.tokens[k]!);
					i = run;
					continue;
				}
				if (run > i) {
					const words = textsOf(this.tokens, i, run);
					let end = skipParenthetical(this.tokens, run);
					const acronym = parentheticalAcronym(this.tokens, run);
					if (acronym && words.some(w => isOrganisationWord(w))) this.learnAcronym(acronym, words.join(' '));
					const affiliated = this.skipAffiliation(end);
					if (affiliated > end && prefix.length > 0) this.noteWorkplace(end);
					end = affiliated;
					const ref: Ref = {type: 'name', words, prefix: prefix.slice(), aged: isAgeBracket(this.tokens, run) || undefined};
					return {refs: [ref], end};
				}
				if (token.sentenceStart && i === start) {
					// "Statsministeren", "Sjukepleiarane", "Kaptein": a capitalised common word.
					if (
						(token.w.bits & W.function) !== 0 ||
						(token.w.bits & W.preposition) !== 0 ||
						(token.w.bits & W.adverb) !== 0 ||
						(token.w.bits & W.source) !== 0 ||
						token.w.verb ||
						(token.w.bits & W.indefinite) !== 0
					) {
						break;
					}
					if (token.w.hyphenEnd && this.tokens[i + 1]?.lower === 'og') {
						prefix = withToken(withToken(prefix, token), this.tokens[i + 1]!);
						i += 2;
						continue;
					}
					prefix = withToken(prefix, token);
					i++;
					// "Informasjonsministeren i landet Remy Danjuino": a field, then the name, may follow.
					if (token.w.definite && !this.startsName(i) && !(token.w.title && this.fieldFollows(i))) break;
					continue;
				}
				break;
			}
			if (token.w.hyphenEnd && this.tokens[i + 1]?.lower === 'og') {
				prefix = withToken(withToken(prefix, token), this.tokens[i + 1]!);
				i += 2;
				continue;
			}
			// "statsadvokat og aktor i saka X", "talsperson og tidligere olje- og energiminister X": two
			// offices, one person.
			if (token.lower === 'og' && prefix.length > 0 && prefix[prefix.length - 1]!.w.title) {
				const office = this.secondOfficeEnd(i + 1);
				if (office > i + 1) {
					for (let k = i; k < office; k++) prefix = withToken(prefix, this.tokens[k]!);
					i = office;
					continue;
				}
			}
			if (
				(token.w.bits & W.function) !== 0 ||
				(token.w.bits & W.preposition) !== 0 ||
				(token.w.bits & W.adverb) !== 0 ||
				token.w.verb ||
				(token.w.bits & W.source) !== 0 ||
				((token.w.bits & W.indefinite) !== 0 && prefix.length === 0)
			) {
				break;
			}
			prefix = withToken(prefix, token);
			i++;
			// A definite noun closes the phrase unless a name follows ("nyhetsbyrået Reuters").
			if ((token.w.definite || token.w.title || token.w.organisation) && !this.startsName(i)) {
				// "leiaren av valkomiteen Frank Sve": a field, then the name, may follow a title.
				if ((token.w.definite || mode === 'source') && !(token.w.title && this.fieldFollows(i))) break;
			}
		}
		if (prefix.length === 0) return null;
		const headToken = prefix[prefix.length - 1]!;
		if (headToken.lower === 'og' || headToken.w.hyphenEnd) return null;
		// "Kona hans, Randi Eikeland,": a possessive after a relation or a title belongs to it.
		const owned = (headToken.w.bits & W.relation) !== 0 || headToken.w.title || isPersonNoun(headToken.lower);
		if (owned && !nameOnly && (this.word(i)?.w.bits ?? 0) & W.possessive && this.tokens[i + 1]?.text === ',') i++;
		if (owned && !nameOnly && ((this.word(i)?.w.bits ?? 0) & W.possessive) !== 0 && this.startsName(i + 1)) {
			// "forsvararen hans Arvid Sjødin", "Assistenten hans Per Joar Hansen": the name after the owner.
			const inner = this.simplePhrase(i + 1, mode, true);
			const ref = inner?.refs.length === 1 ? inner.refs[0]! : null;
			if (inner && ref?.type === 'name') {
				ref.role = prefix;
				ref.prefix = [...prefix, ...ref.prefix];
				return inner;
			}
		}
		let afterHead = this.skipAffiliation(i, 0, headToken.w.title);
		// "driftsleiar i Salten for Nordlandsbuss, X,": a place, then the body.
		if (afterHead > i && headToken.w.title) afterHead = this.skipAffiliation(afterHead, 1, true);
		// "sonen til Ola Dahl", "forsvareren til 22-åringen": the owner after a relation or a title.
		if (afterHead === i && ((headToken.w.bits & W.relation) !== 0 || headToken.w.title || isPersonNoun(headToken.lower))) {
			afterHead = this.skipRelationOwner(i);
		}
		const appositionAt = this.apposition(afterHead, mode) ?? this.apposition(i, mode);
		if (appositionAt) {
			const ref = appositionAt.refs[0]!;
			if (ref.type === 'name') {
				// "Aktor, statsadvokat X,": the title next to the name is the role; the outer noun
				// ("Nordhavs konsernsjef, X,") when the name has none of its own.
				ref.role = ref.prefix.some(t => t.w.title) ? ref.prefix : prefix;
				ref.prefix = [...prefix, ...ref.prefix];
			}
			return appositionAt;
		}
		if (nameOnly) return null;
		const head = headToken.lower;
		// "sa 34-åringen", "sa den tiltalte": an unnamed person; "Aktor viste til": a bare title as a name.
		const person =
			isPersonNoun(head) &&
			(!personParticiples.has(head) || prefix.length === 1 || (prefix.length === 2 && prefix[0]!.lower === 'den'));
		// "Dei tilsette meiner", "Jordmødrene mener", "Det mener sykepleierne": a group of people speaks as one.
		// Not a count: "fem passasjerar stadfesta smitta" is no group speaking.
		const counted = prefix.some(token => isShortNumber(token.text) || numberWords.has(token.lower));
		const group = !person && (prefix[0]!.w.bits & W.indefinite) === 0 && !counted && isPersonPlural(head);
		const bare = !person && !group && prefix.length === 1 && headToken.w.title && !looksDefinite(head) && !headToken.w.hyphenEnd;
		// "Nobelkomiteens leder", "Høyres leiar": after a genitive name the noun is definite in meaning.
		const ownedByName = prefix.length >= 2 && headToken.w.title && prefix[prefix.length - 2]!.cap && prefix[prefix.length - 2]!.lower.endsWith('s');
		const definite = looksDefinite(head) || isOrganisationWord(head) || person || group || ownedByName;
		if (!definite && !bare && mode !== 'source') return null;
		if (mode === 'source' && (prefix[0]!.w.bits & W.indefinite) !== 0) return null;
		const words: string[] = [];
		for (const t of prefix) words.push(t.text);
		let opensSentence = false;
		// The first word keeps its capital when it is a name: an acronym, a name in the genitive ("Høyres leiar").
		const ownerFirst = ownedByName && prefix.length === 2;
		if (words[0] && prefix[0]!.sentenceStart && !ownerFirst && !opensWithAcronym(words[0]) && !(prefix.length === 1 && keepsCapital(prefix[0]!))) {
			words[0] = words[0].toLowerCase();
			opensSentence = prefix.length === 1 && prefix[0]!.cap;
		}
		let text = words.join(' ');
		let end = i;
		// "Den russiske ambassaden i Oslo", "opposisjonspartiene på Stortinget": keep a place after an organisation noun.
		const at = this.word(i)?.lower;
		// "Vegtrafikksentralen vest", "Hovedredningssentralen Nord-Norge" is a name; so is a body with its region.
		const region = this.word(i);
		if (isOrganisationWord(head) && region !== undefined && !region.cap && compassWords.has(region.lower)) {
			text = `${text} ${region.text}`;
			end = i + 1;
		}
		// "kilder i Brussel", "kjelder i partiet", "ein kilde i den spanske regjeringen": where unnamed sources are.
		const source = sourceNoun.test(head);
		if ((isOrganisationWord(head) && (!isTitleWord(head) || officeTitle.test(head)) && (at === 'i' || (at === 'på' && group))) || (source && at === 'i')) {
			const run = nameRunEnd(this.tokens, i + 1, this.registry);
			const place = run > i + 1 ? regionEnd(this.tokens, run) : source ? this.bodyEnd(i + 1) : run;
			if (place > i + 1 && place - i <= 5) {
				text = `${text} ${textsOf(this.tokens, i, place).join(' ')}`;
				end = place;
			}
		}
		if (prefix[0] && (prefix[0].w.bits & W.determiner) !== 0 && prefix[0].sentenceStart) {
			text = text.charAt(0).toUpperCase() + text.slice(1);
		}
		const use = person || group ? 'person' : bare ? 'bare' : undefined;
		// "Det internasjonale handballforbundet", "Den europeiske sentralbanken": a determiner and a
		// national or international adjective make an organisation noun a name, not a reference back.
		const proper =
			prefix.length >= 3 &&
			(prefix[0]!.w.bits & W.determiner) !== 0 &&
			isOrganisationWord(head) &&
			!isTitleWord(head) &&
			prefix.slice(1, -1).some(t => properAdjective.test(t.lower));
		if (proper) {
			const acronym = parentheticalAcronym(this.tokens, i);
			if (acronym) this.learnAcronym(acronym, text);
		}
		return {
			refs: [{type: 'title', head, text, use, proper: proper || undefined, opensSentence: opensSentence || undefined, plural: group || undefined, owned: ownedByName || undefined}],
			end: end === i ? afterHead : end,
		};
	}

	/** "hvite hus", "norske kirke" at i: adjectives, then the noun that ends a name; the index after it, or i. */
	private lowerCaseNameEnd(i: number): number {
		for (let k = i; k < i + 6; k++) {
			const token = this.word(k);
			if (!token || token.cap || token.w.verb || (token.w.bits & (W.function | W.preposition | W.adverb | W.boundary)) !== 0) return i;
			// "ski- og snøbrettforbundet": a first part shared with the next word.
			if (token.w.hyphenEnd) {
				if (this.word(k + 1)?.lower !== 'og') return i;
				k++;
				continue;
			}
			// A definite adjective ends in -e ("hvite", "norske") and comes before the noun.
			const adjective = token.w.adjective || (token.lower.endsWith('e') && this.word(k + 1) !== undefined && !this.tokens[k + 1]!.cap && !this.tokens[k + 1]!.w.verb);
			if (!adjective) return k > i ? k + 1 : i;
		}
		return i;
	}

	/** "partiet", "den spanske regjeringen", "det franske utanriksdepartementet" at i: a definite body; its end, or i. */
	private bodyEnd(i: number): number {
		let k = i;
		if (((this.word(k)?.w.bits ?? 0) & W.determiner) !== 0) k++;
		while (k < i + 3 && this.word(k)?.w.adjective && !this.tokens[k]!.cap) k++;
		const noun = this.word(k);
		if (!noun || noun.cap || !noun.w.definite || noun.w.verb || (noun.w.bits & (W.function | W.preposition | W.adverb)) !== 0) return i;
		// "i helsevesenet og tryggingstenestene": two bodies.
		const second = this.word(k + 2);
		if (this.word(k + 1)?.lower === 'og' && second && !second.cap && second.w.definite && !second.w.verb && (second.w.bits & (W.function | W.preposition | W.adverb)) === 0) return k + 3;
		return k + 1;
	}

	/**
	 * A second office after "og" from i: modifiers ("tidligere", "fungerande"), first parts shared
	 * with the next word ("olje- og"), then a title. The index after the title, or i.
	 */
	private secondOfficeEnd(i: number): number {
		let k = i;
		for (let steps = 0; steps < 4; steps++) {
			const token = this.word(k);
			// "… og Venstre-leiar X": a capitalised compound office too.
			if (!token || token.w.verb || (token.cap && !token.w.title)) return i;
			if (token.w.title && !token.w.hyphenEnd) return k + 1;
			if (token.w.hyphenEnd && this.tokens[k + 1]?.lower === 'og') {
				k += 2;
				continue;
			}
			if ((token.w.bits & (W.function | W.preposition)) !== 0 && (token.w.bits & W.adverb) === 0) return i;
			k++;
		}
		return i;
	}

	/** Whether a field and a name follow a title at i (a preposition first, checked before anything dearer). */
	private fieldFollows(i: number): boolean {
		const preposition = this.word(i);
		return preposition !== undefined && (preposition.w.bits & W.preposition) !== 0 && this.fieldBeforeName(i) > i;
	}

	/** After a title at i: "i rettsvitskap", "for oppvekst" when a person's name follows; the name's index, or i. */
	private fieldBeforeName(i: number): number {
		const preposition = this.word(i)?.lower;
		if (preposition !== 'i' && preposition !== 'for' && preposition !== 'ved' && preposition !== 'av') return i;
		let last = i + 3;
		for (let k = i + 1; k <= last; k++) {
			const token = this.word(k);
			if (!token) return i;
			// "leiar i organisasjonsutvalet i partiet X": one more phrase of place or body.
			if (k > i + 1 && last === i + 3 && (token.lower === 'i' || token.lower === 'ved' || token.lower === 'for')) {
				last = k + 3;
				continue;
			}
			// "i kontroll- og konstitusjonskomiteen X", "for analyse og samfunn X": parts joined by "og".
			if (token.lower === 'og' && (this.tokens[k - 1]!.w.hyphenEnd || (k > i + 1 && this.word(k + 1) !== undefined && !this.tokens[k + 1]!.cap))) {
				last += 2;
				continue;
			}
			// "leiaren i Stortingets kontrollkomité X": an owner's genitive before the body.
			if (k === i + 1 && token.cap && this.word(k + 1) && !this.tokens[k + 1]!.cap && (this.isGenitive(k) || (token.lower.endsWith('s') && this.tokens[k + 1]!.w.hyphenEnd))) continue;
			if (token.cap) {
				const run = nameRunEnd(this.tokens, k, this.registry);
				// "politiinspektør i Oslo-politiet X": a capitalised compound is no name.
				if (run === k && token.w.commonCompound && k + 1 <= last + 1) {
					last++;
					continue;
				}
				// "Analytiker i meglerhuset Sundt Markets, Henrik Aasland,": the name after the comma is the person's.
				if (this.tokens[run]?.text === ',' && this.startsName(run + 1)) return i;
				// "kommunikasjonsrådgiver i Utenriksdepartementet (UD) X": the body's acronym, then the name.
				const afterAcronym = skipParenthetical(this.tokens, run);
				if (run > k && afterAcronym > run && this.startsName(afterAcronym)) return afterAcronym;
				// "leder i NSR-N Elle Nystad": a body's acronym, then the name.
				if (opensWithAcronym(token.text) && run === k + 1 && this.startsName(run)) return run;
				// "finansdirektør i Norwegian Geir Karlsen": a body's name, then a person's from a given name on.
				if (token.w.givenGender === null) {
					for (let at = k + 1; at < run - 1; at++) if (this.tokens[at]!.w.givenGender !== null) return at;
					// "leiar i Representanthuset Nancy Pelosi": a body in the definite form, then a name.
					if (run >= k + 3 && token.w.definite && !token.w.lowerWord) return k + 1;
				}
				return k > i + 1 && run > k + 1 ? k : i;
			}
			if (token.w.verb || (token.w.bits & (W.function | W.preposition)) !== 0) return i;
		}
		return i;
	}

	/** "Dottera til den sakna", "sonen til Ola Dahl": the owner after a relation noun; the index after it, or i. */
	private skipRelationOwner(i: number): number {
		if (this.word(i)?.lower !== 'til') return i;
		let j = i + 1;
		const run = nameRunEnd(this.tokens, j, this.registry);
		if (run > j) return run;
		if (this.word(j) && (this.tokens[j]!.w.bits & W.determiner) !== 0) j++;
		const from = j;
		while (j < from + 2) {
			const token = this.word(j);
			if (!token || token.cap || (token.w.bits & (W.function | W.preposition)) !== 0 || token.w.verb) break;
			j++;
		}
		if (this.tokens[j]?.text !== ',') {
			// "til den ene av de siktede,": a longer owner, when an apposition's comma closes it.
			for (let k = i + 1; k <= i + 7 && k < this.tokens.length; k++) {
				const token = this.tokens[k]!;
				if (token.text === ',') return k;
				if (token.kind !== 'word' || token.inQuotes || token.cap || token.w.verb) break;
			}
		}
		return j > from ? j : i;
	}

	/**
	 * "en kvinne", "ei jente", "en 15 år gammel gutt", "ein eldre mann": an unnamed person introduced
	 * with the indefinite article, referred to later as "kvinnen", "jenta", "gutten".
	 */
	private unnamedPerson(start: number, mode: Mode): Phrase | null {
		const article = this.tokens[start]!.lower;
		let j = start + 1;
		// "ein av dei frivillige", "en av de ansatte", "en av naboene"
		if (this.word(j)?.lower === 'av') {
			let k = j + 1;
			if (this.word(k) && (this.tokens[k]!.w.bits & W.determiner) !== 0) k++;
			// "ett av de eksterne styremedlemmene"
			while (k < j + 4 && this.word(k) && !this.tokens[k]!.cap && !this.tokens[k]!.w.verb && (this.tokens[k]!.w.bits & W.function) === 0 && !isPersonPlural(this.tokens[k]!.lower)) k++;
			const noun = this.word(k);
			if (noun && !noun.cap && !noun.w.verb && isPersonPlural(noun.lower)) {
				// "Ett av styremedlemmene, Kåre Dale,", "ein av leiarane til opprørarane, X": the name given right after.
				const named = this.apposition(k + 1) ?? this.apposition(this.skipRelationOwner(k + 1), mode === 'subject' ? 'subject' : 'after');
				if (named) return named;
				return this.unnamedPhrase(start, k + 1, noun.lower, null);
			}
			// "en av de siktede personenes forsvarer, advokat X,": one of several, named with a title after a comma.
			for (let comma = j + 2; comma <= j + 7; comma++) {
				const token = this.tokens[comma];
				if (!token || token.inQuotes || (token.kind === 'word' && (token.cap || token.w.verb))) break;
				if (token.text !== ',') continue;
				const title = this.tokens[comma + 1];
				const named = title && title.w.title && !title.cap ? this.apposition(comma, mode === 'subject' ? 'subject' : 'after') : null;
				return named && named.refs[0]!.type === 'name' ? named : null;
			}
			return null;
		}
		// "15 år gammel", "29 år gamal"
		if (/^\d+$/u.test(this.tokens[j]?.text ?? '') && this.tokens[j + 1]?.lower === 'år' && /^gam(?:m)?(?:el|al)$/u.test(this.tokens[j + 2]?.lower ?? '')) j += 3;
		for (let n = 0; n < 3; n++) {
			const token = this.word(j);
			// "ein annan delegat", "en annen ansatt": another one.
			if (token && n === 0 && otherWords.has(token.lower)) {
				j++;
				continue;
			}
			if (!token || token.cap || (token.w.bits & W.function) !== 0 || token.w.verb) return null;
			const person = definitePersonNoun(article, token.lower);
			if (person) return {refs: [{type: 'title', head: person.definite, text: person.definite, use: 'person'}], end: j + 1};
			// "en talsperson for kystvakten", "ein talsmann i politiet": the organisation speaks.
			if (n < 2 && isSpokesperson(token.lower)) {
				const preposition = this.word(j + 1)?.lower;
				if (preposition === 'for' || preposition === 'i' || preposition === 'ved' || preposition === 'hos') {
					const organisation = this.phrase(j + 2, 'source');
					if (organisation && organisation.refs.length === 1 && organisation.refs[0]!.type !== 'pronoun') return organisation;
				}
				return null;
			}
			// "en overlege", "ein tilsett", "en tidligere ansatt": a title or person noun, no name.
			if (n < 2 && article !== 'et' && isUnnamedPersonNoun(token.lower) && !looksDefinite(token.lower)) {
				return this.unnamedPhrase(start, j + 1, token.lower, null);
			}
			j++;
		}
		return null;
	}

	/**
	 * An unnamed person's phrase from `start` to `end` ("en overlege"), with what may follow it: a
	 * workplace ("ved en skole i Bergen", "ved sykehuset") and an apposition ("ein mann i 30-åra,").
	 */
	private unnamedPhrase(start: number, end: number, head: string, gender: Gender | null): Phrase {
		const words: string[] = [];
		for (let k = start; k < end; k++) words.push(this.tokens[k]!.lower);
		let j = this.skipAffiliation(end);
		// "ei kjelde i det franske utanriksdepartementet": where an unnamed source is, part of what it is called.
		if (sourceNoun.test(head) && j > end && j - end <= 5) for (let k = end; k < j; k++) words.push(this.tokens[k]!.text);
		if (j === end) j = this.skipIndefinitePlace(end);
		let g = gender;
		if (this.tokens[j]?.text === ',') {
			const article = this.word(j + 1)?.lower;
			if (article === 'en' || article === 'ein' || article === 'ei') {
				const sentence = this.tokens[j]!.sentence;
				for (let k = j + 2; k < this.tokens.length && k <= j + 20; k++) {
					const token = this.tokens[k]!;
					if (token.sentence !== sentence || token.inQuotes || token.text === '–' || token.text === ':') break;
					if (token.kind === 'word' && g === null) g = definitePersonNoun(article, token.lower)?.gender ?? null;
					if (token.text === ',') {
						j = k + 1;
						break;
					}
				}
			}
		}
		return {refs: [{type: 'title', head, text: words.join(' '), use: 'person', unnamed: {gender: g}}], end: j};
	}

	/** "ved en ungdomsskole i Bergen", "i ei bygd": an indefinite place of work after an unnamed person; the index after it, or i. */
	private skipIndefinitePlace(i: number): number {
		const preposition = this.word(i)?.lower;
		if (preposition !== 'i' && preposition !== 'ved' && preposition !== 'på' && preposition !== 'hos' && preposition !== 'fra' && preposition !== 'frå') return i;
		const article = this.word(i + 1)?.lower;
		if (article !== 'en' && article !== 'ein' && article !== 'ei' && article !== 'et' && article !== 'eit') return i;
		let j = i + 2;
		for (let n = 0; n < 3; n++) {
			const token = this.word(j);
			if (!token || token.cap || (token.w.bits & (W.function | W.preposition)) !== 0 || token.w.verb) break;
			j++;
		}
		if (j === i + 2) return i;
		return this.skipPlace(j, 0);
	}

	private learnAcronym(acronym: string, text: string): void {
		if (this.registry.acronyms.get(acronym) === text) return;
		this.registry.acronyms.set(acronym, text);
		this.phrases.clear();
	}

	/** "Russlands", "Høyres (parlamentariske) leder": a capitalised genitive before a noun. */
	private isGenitive(i: number): boolean {
		const token = this.tokens[i]!;
		const stripped = token.lower.replace(/'?s$/u, '');
		if (this.registry.knownCaps.has(stripped) || this.hasForms(stripped)) return true;
		if (this.registry.acronyms.has(token.text.slice(0, -1))) return true;
		for (let j = i + 1; j < this.tokens.length && j <= i + 3; j++) {
			const word = this.tokens[j]!;
			// "Norges Nato-ambassadør": a capitalised compound office is owned too.
			if (word.kind !== 'word' || (word.cap && !(word.w.commonCompound && word.w.title))) return false;
			if (word.w.title || word.w.organisation || (word.w.bits & W.info) !== 0) return true;
			if (!word.w.adjective) return false;
		}
		return false;
	}

	private startsName(i: number): boolean {
		return nameRunEnd(this.tokens, i, this.registry) > i;
	}

	/**
	 * Phrases already read in the current block, by start and mode (the subject search reads the
	 * same sentence start for every verb). Cleared per block and whenever the registry learns an acronym.
	 */
	private readonly phrases = new IndexCache<Phrase | null>();

	/** A noun phrase, with "og" coordination ("Han og datteren Siri Lie"). */
	private phrase(start: number, mode: Mode): Phrase | null {
		const key = start * 4 + (mode === 'subject' ? 0 : mode === 'after' ? 1 : 2);
		const known = this.phrases.get(key);
		if (known !== undefined) return known;
		const phrase = this.readPhrase(start, mode);
		this.phrases.set(key, phrase);
		return phrase;
	}

	private readPhrase(start: number, mode: Mode): Phrase | null {
		let i = start;
		// "Men Limi meiner", "Og han seier", "Heller ikkje X støttar": a sentence's opening conjunction.
		const opening = this.word(i);
		if (opening?.sentenceStart) {
			// "Både HRS og Sjøforsvaret opplyser": "både" opens a pair.
			if (opening.lower === 'men' || opening.lower === 'og' || opening.lower === 'både') i++;
			else if (opening.lower === 'heller' && (this.word(i + 1)?.lower === 'ikke' || this.word(i + 1)?.lower === 'ikkje')) i += 2;
		}
		while (this.word(i) && (this.tokens[i]!.lower === 'også' || this.tokens[i]!.lower === 'òg')) i++;
		// "Ekteparet Randi og Olav Dahl", "Brødrene Ola og Per Lie": a couple or siblings, then their names.
		const collective = this.word(i);
		if (collective && (collective.w.bits & W.group) !== 0 && !groupPronouns.has(collective.lower) && this.startsName(i + 1)) i++;
		const first = this.simplePhrase(i, mode);
		if (!first) return null;
		// The first phrase itself unless "og" adds to it (phrases are never changed once read).
		let refs = first.refs;
		let end = first.end;
		for (let n = 0; n < 3 && this.word(end)?.lower === 'og'; n++) {
			const next = this.simplePhrase(end + 1, mode);
			if (!next || next.refs.some(isGroupRef)) break;
			if (refs === first.refs) refs = [...first.refs];
			refs.push(...next.refs);
			end = next.end;
		}
		return refs === first.refs ? first : {refs, end};
	}

	// ---------------------------------------------------------------- resolution

	private resolve(ref: Ref, start: number): Entity[] {
		switch (ref.type) {
			case 'pronoun': {
				const entity = this.resolvePronoun(ref.gender);
				if (!entity) return [];
				if (ref.gender && !entity.gender) entity.gender = ref.gender;
				return [entity];
			}
			case 'group': {
				if (this.group && this.sentenceCounter - this.group.sentence <= 3) return this.group.entities.slice();
				return [];
			}
			case 'organisation': {
				let name = ref.text;
				if (ref.acronym) name = this.registry.acronyms.get(ref.acronym) ?? ref.text;
				else if (!ref.text.includes(' ')) {
					// "Helsetilsynet" names "Statens helsetilsyn" when the article gives the full form.
					const existing = this.organisationEntity(ref.text);
					if (existing) {
						if (existing.name !== ref.text) existing.aliases.add(ref.text);
						return [existing];
					}
					name = organisationByHead(this.registry, ref.text) ?? name;
				}
				const entity = this.entity(name);
				if (ref.acronym && name !== ref.acronym) entity.aliases.add(ref.acronym);
				this.markOrganisation(entity, name === ref.text ? ref.head : name.split(' ').pop() ?? name);
				// "Sjømatselskapet Nordhav Seafood": later "selskapet" refers back to it.
				const typeNoun = name.slice(0, name.indexOf(' '));
				if (typeNoun && isOrganisationWord(typeNoun) && !isTitleWord(typeNoun)) this.markOrganisation(entity, typeNoun);
				return [entity];
			}
			case 'title': {
				if (ref.unnamed) return [this.unnamedEntity(ref.head, ref.text, ref.unnamed.gender)];
				if (ref.proper) {
					const entity = this.entity(ref.text);
					this.markOrganisation(entity, ref.head);
					return [entity];
				}
				const found = this.resolveTitle(ref.head, ref.text, ref.use, ref.opensSentence);
				// Only the group itself: a plural title can also find one person named before.
				if (ref.plural) for (const entity of found) if (lowerCase(entity.name) === lowerCase(ref.text)) entity.plural = true;
				// "melder NTBs reporter på staden": an office of a named body that nobody named holds.
				if (found.length === 0 && ref.owned && isTitleWord(ref.head) && !isOrganisationWord(ref.head)) {
					const entity = this.entity(ref.text);
					entity.personLike = true;
					this.addRoleWord(entity, ref.head);
					return [entity];
				}
				return found;
			}
			case 'name':
				return this.resolveName(ref, start);
		}
	}

	private resolvePronoun(gender: Gender | null): Entity | null {
		const from = Math.max(0, this.mentions.length - 80);
		for (const subjectOnly of [true, false]) {
			for (let k = this.mentions.length - 1; k >= from; k--) {
				const {entity, subject, sentence} = this.mentions[k]!;
				if (subjectOnly && !subject) continue;
				if (!entity.personLike) {
					// "Støre bekreftet at … Han sa også": a lone surname as the latest subject is the
					// person meant, unless something says it is an organisation.
					if (!subjectOnly || !this.frontedNames.has(entity) || !this.loneName(entity)) continue;
					entity.personLike = true;
				}
				if (gender && entity.gender && entity.gender !== gender) continue;
				// "han" and "hun" mean one person, not "svenske medier" or "dei tilsette".
				if (gender && entity.plural) continue;
				// "… seier Nikolai Berg. Neste er leiar Martine Dahl. – …, seier ho": a person named in
				// a later sentence whose gender is known to fit, over a subject whose gender is not.
				if (gender && !entity.gender) {
					for (let later = this.mentions.length - 1; later > k; later--) {
						const other = this.mentions[later]!;
						if (other.sentence > sentence && other.entity.personLike && other.entity.gender === gender) return other.entity;
					}
				}
				// "Ordførar Hilde Skare og kommunalsjefen …. Ho seier": of two people named together,
				// the one whose gender is known to fit.
				if (gender && !entity.gender && this.group && this.sentenceCounter - this.group.sentence <= 2 && this.group.entities.includes(entity)) {
					const fitting = this.group.entities.find(other => other.personLike && other.gender === gender);
					if (fitting) return fitting;
				}
				return entity;
			}
		}
		// "seier Søreide etter møtet. Ifølgje henne …": a lone surname as a subject, with nothing to
		// say it is an organisation, is a person once a pronoun can only mean them.
		for (let k = this.mentions.length - 1; k >= from; k--) {
			const {entity, subject} = this.mentions[k]!;
			if (!subject || entity.personLike || !this.loneName(entity)) continue;
			entity.personLike = true;
			entity.gender ??= gender;
			return entity;
		}
		return null;
	}

	/** Entities that opened a sentence as its subject ("Støre bekreftet …"), not only after a verb ("skriver Aftenposten"). */
	private readonly frontedNames = new Set<Entity>();

	/** A single capitalised name with nothing to say it is an organisation ("Støre", "Søreide"). */
	private loneName(entity: Entity): boolean {
		const name = entity.name;
		return (
			!entity.organisation &&
			!name.includes(' ') &&
			name !== name.toUpperCase() &&
			name.charAt(0) !== name.charAt(0).toLowerCase() &&
			!this.registry.places.has(lowerCase(name))
		);
	}

	private candidateForms(word: string): readonly string[] {
		const lower = lowerCase(word);
		const bySurname = this.registry.bySurname.get(lower);
		const byFirstName = this.registry.byFirstName.get(lower);
		if (byFirstName === undefined) return bySurname ?? none;
		if (bySurname === undefined) return byFirstName;
		return [...bySurname, ...byFirstName];
	}

	private mostRecent(forms: readonly string[]): string | undefined {
		let best: string | undefined;
		let bestClock = -1;
		for (const form of forms) {
			const entity = this.entities.get(lowerCase(form));
			const clock = entity ? (this.lastSeen.get(entity) ?? 0) : -1;
			if (best === undefined || clock > bestClock) {
				best = form;
				bestClock = clock;
			}
		}
		return best;
	}

	private readonly lastSeen = new Map<Entity, number>();

	/** Whether the registry has name forms for `word` (as surname or first name). */
	private hasForms(word: string): boolean {
		const lower = lowerCase(word);
		return this.registry.bySurname.has(lower) || this.registry.byFirstName.has(lower);
	}

	private resolveName(ref: Extract<Ref, {type: 'name'}>, start: number): Entity[] {
		let words: readonly string[] = ref.words;
		const last = words[words.length - 1]!;
		const lowerLast = lowerCase(last);
		// Genitive: "Putins" → "Putin" when only the bare form is known.
		if (lowerLast.endsWith('s') && !lowerLast.endsWith('ss') && lowerLast.length > 3) {
			const stripped = last.slice(0, -1);
			if (!this.hasForms(last) && this.hasForms(stripped)) {
				const copy = words.slice();
				copy[copy.length - 1] = stripped;
				words = copy;
			}
		}
		const surface = words.length === 1 ? words[0]! : words.join(' ');
		let canonical = surface;
		// "Norsk Industri", "Statistisk sentralbyrå": a name opening with an adjective is an institution.
		let personLike = words.length >= 2 && !/(?:sk|ske)$/u.test(lowerCase(words[0]!));
		if (words.length >= 2) {
			const forms = this.registry.bySurname.get(lowerCase(words[words.length - 1]!));
			if (forms !== undefined) {
				// The longest form whose last words are the surface ("Solli Brekke" → "Hege Solli Brekke").
				const lowerSurface = lowerCase(surface);
				const tail = ' ' + lowerSurface;
				let best = '';
				for (const form of forms) {
					if (form.length <= best.length) continue;
					const lowerForm = lowerCase(form);
					if (lowerForm === lowerSurface || lowerForm.endsWith(tail)) best = form;
				}
				if (best) canonical = best;
			}
		} else {
			const forms = this.candidateForms(surface);
			const picked = this.mostRecent(forms);
			if (picked) {
				canonical = picked;
				personLike = true;
			} else if (ref.aged) {
				// "Emma (17)": a first name with an age is a person.
				personLike = true;
			} else if (isAcronym(surface)) {
				canonical = this.registry.acronyms.get(surface) ?? surface;
			} else {
				const organisation = organisationByHead(this.registry, surface);
				const existing = this.organisationEntity(surface);
				if (existing) return [existing];
				if (organisation && looksDefinite(surface)) canonical = organisation;
			}
		}
		const entity = this.entity(canonical);
		if (surface !== canonical) entity.aliases.add(surface);
		// Up to where a title's field begins ("innsatsleiar i politiet X" is no organisation).
		const office = officeEnd(ref.prefix);
		const prefix = office === ref.prefix.length - 1 ? ref.prefix : ref.prefix.slice(0, office + 1);
		// "klubben Sporting Hasselt", "energiselskapet Nordkraft": a type noun names an organisation.
		const typeNoun = prefix.length > 0 ? prefix[prefix.length - 1]!.lower : '';
		if (typeNoun && isOrganisationWord(typeNoun) && !isTitleWord(typeNoun) && !relationNouns.has(typeNoun)) {
			if (!entity.personLike) {
				personLike = false;
				this.markOrganisation(entity, typeNoun);
			}
		}
		// Role words: the prefix words that are not names (lower case, or capitalised by the sentence start).
		let organisationEvidence = (words.length >= 2 && !personLike) || (canonical !== surface && !personLike);
		if (!organisationEvidence) for (const w of words) if (isOrganisationWord(w)) organisationEvidence = true;
		if (!organisationEvidence && isAcronym(surface)) organisationEvidence = true;
		if (!organisationEvidence) {
			for (const t of prefix) if ((!t.cap || t.sentenceStart) && isOrganisationWord(t.lower) && !isTitleWord(t.lower)) organisationEvidence = true;
		}
		if (organisationEvidence && !personLike) {
			this.markOrganisation(entity, canonical.slice(canonical.lastIndexOf(' ') + 1));
		} else if (personLike) {
			entity.personLike = true;
		} else {
			for (const t of prefix) {
				if ((!t.cap || t.sentenceStart) && (isTitleWord(t.lower) || relationNouns.has(t.lower))) {
					entity.personLike = true;
					break;
				}
			}
		}
		if (entity.personLike) {
			this.learnRole(entity, prefix, ref.role ?? ref.prefix);
			if (!entity.gender && canonical.includes(' ')) entity.gender = givenNameGender(canonical.slice(0, canonical.indexOf(' ')));
			else if (!entity.gender && ref.aged) entity.gender = givenNameGender(canonical);
		}
		void start;
		return [entity];
	}

	private learnRole(entity: Entity, prefix: readonly Token[], adjacent: readonly Token[]): void {
		if (prefix.length === 0) return;
		if (!entity.role) {
			const phrase = rolePhrase(adjacent);
			if (phrase.some(t => t.w.title || (t.cap && t.lower.endsWith('s')))) {
				entity.role = phrase
					.map((t, index) => (index === 0 && t.sentenceStart && !t.lower.endsWith('s') && !/^\p{Lu}{2}/u.test(t.text) ? t.lower : t.text))
					.join(' ');
			}
		}
		const last = officeEnd(prefix);
		for (let k = 0; k < prefix.length; k++) {
			const token = prefix[k]!;
			const lower = token.w.hyphenEnd ? token.lower.slice(0, -1) : token.lower;
			if (token.cap && !token.sentenceStart) continue;
			const gender = titleGender(lower);
			if (gender && !entity.gender) entity.gender = gender;
			if (isTitleWord(lower) || relationNouns.has(lower) || k === last) this.addRoleWord(entity, lower);
		}
		// "DUPs leiar" → also "dup-leiar", which "Labour-leiaren" is not.
		for (let k = 0; k + 1 < prefix.length; k++) {
			const owner = prefix[k]!;
			const title = prefix[k + 1]!;
			if (owner.cap && owner.lower.endsWith('s') && owner.lower.length > 2 && !title.cap && title.w.title) {
				this.addRoleWord(entity, `${owner.lower.slice(0, -1)}-${title.lower}`);
			}
		}
		// "kommunal- og distriktsminister" → also "kommunalminister".
		const headWord = prefix[prefix.length - 1]!.lower;
		const head = titleHead(headWord);
		if (head) {
			for (const token of prefix) {
				if (token.w.hyphenEnd) this.addRoleWord(entity, token.lower.slice(0, -1) + head);
			}
		}
	}

	private organisationEntity(word: string): Entity | null {
		const stems = headStems(word);
		if (stems.length === 0) return null;
		for (let k = this.organisations.length - 1; k >= 0 && k >= this.organisations.length - 60; k--) {
			const entity = this.organisations[k]!;
			for (const head of entity.heads) {
				for (const s of stems) {
					if (head === s || head.endsWith(s)) return entity;
				}
			}
		}
		return null;
	}

	/** "en overlege", "ein tilsett": a new unnamed person, found again by the noun ("overlegen"). */
	private unnamedEntity(head: string, text: string, gender: Gender | null): Entity {
		const entity = this.entity(text);
		entity.personLike = true;
		if (gender && !entity.gender) entity.gender = gender;
		this.addRoleWord(entity, head);
		return entity;
	}

	/** The subject at the start of the sentence before the current one, and of the current one. */
	private previousSubject: Entity[] | null = null;
	private currentSubject: Entity[] | null = null;

	/** The organisation of unknown type (an acronym: "KS") that opened the sentence before, if any. */
	/**
	 * "sier direktør Tom Lie i Rema 1000 Norge": the firm a titled person works in, when its name
	 * gives no type noun, for "selskapet" or "kjeden" a few sentences on.
	 */
	private workplace: {name: string; sentence: number} | null = null;

	private noteWorkplace(at: number): void {
		const preposition = this.tokens[at]!.lower;
		if (preposition !== 'i' && preposition !== 'ved' && preposition !== 'hos') return;
		let run = nameRunEnd(this.tokens, at + 1, this.registry);
		if (run <= at + 1) return;
		// "Rema 1000 Norge", "TV 2": a number inside or after the name.
		const number = this.tokens[run];
		if (number?.kind === 'word' && /^\d{1,4}$/u.test(number.text) && this.tokens[run + 1]?.w.nameLike && this.tokens[run + 1]!.sentence === number.sentence) {
			run = nameRunEnd(this.tokens, run + 1, this.registry);
		} else {
			run = numberedNameEnd(this.tokens, run);
		}
		const words = textsOf(this.tokens, at + 1, run);
		if (words.some(word => isOrganisationWord(word))) return;
		this.workplace = {name: words.join(' '), sentence: this.sentenceCounter};
	}

	private recentWorkplace(head: string, text: string): Entity | null {
		const workplace = this.workplace;
		if (workplace === null || this.sentenceCounter - workplace.sentence > 6) return null;
		const entity = this.entity(workplace.name);
		if (entity.personLike) return null;
		this.markOrganisation(entity, head);
		entity.aliases.add(text);
		return entity;
	}

	private recentUntypedOrganisation(): Entity | null {
		// "Puls Trening er skuffa, skriv selskapet": the subject of the same sentence comes first.
		return this.untypedOrganisation(this.currentSubject) ?? this.untypedOrganisation(this.previousSubject);
	}

	/**
	 * The one organisation in `subject` whose name gives no type noun ("KS", "Puls Trening"), or
	 * null; also a name of several words known as nobody's person (no gender, title or given name):
	 * "Nordic Mining fekk løyvet. Det stadfestar selskapet …".
	 */
	private untypedOrganisation(subject: Entity[] | null): Entity | null {
		if (!subject || subject.length !== 1) return null;
		const entity = subject[0]!;
		const unpersoned =
			entity.gender === null &&
			entity.roleWords.size === 0 &&
			entity.name.includes(' ') &&
			givenNameGender(entity.name.slice(0, entity.name.indexOf(' '))) === null;
		if (!unpersoned && (!entity.organisation || entity.personLike)) return null;
		for (const head of entity.heads) if (isOrganisationWord(head)) return null;
		return entity;
	}

	private resolveTitle(head: string, text: string, use?: 'bare' | 'person', opensSentence = false): Entity[] {
		const stems = titleStems(head);
		let best: Entity | null = null;
		let bestScore = 0;
		let bestClock = -1;
		const buckets = new Set<string>();
		const narrower: string[] = [];
		for (const s of stems) {
			buckets.add(titleHead(s) ?? s);
			for (const ending of titleHypernyms.get(s) ?? []) {
				narrower.push(ending);
				buckets.add(titleHead(ending) ?? ending);
			}
		}
		// "Venstre-lederen" is not "Frp-leder Siv Jensen": a first part names whose office it is.
		const owner = head.includes('-') ? head.slice(0, head.lastIndexOf('-')) : null;
		for (const bucket of buckets) {
			const list = this.byTitleHead.get(bucket) ?? [];
			for (let k = list.length - 1; k >= 0 && k >= list.length - 60; k--) {
				const entity = list[k]!;
				for (const role of entity.roleWords) {
					if (owner !== null && role.includes('-') && role.slice(0, role.lastIndexOf('-')) !== owner) continue;
					// "Labour-leiaren" is not "DUPs leiar X" either.
					if (owner !== null && !role.includes('-') && ownedElsewhere(entity.roleWords, role, owner)) continue;
					// "Frp-lederen" is not "nestleder X": a deputy holds another office.
					if (deputy.test(role.slice(role.lastIndexOf('-') + 1)) && !deputy.test(head.slice(head.lastIndexOf('-') + 1))) continue;
					const score = titleScore(stems, role, narrower);
					const clock = this.lastSeen.get(entity) ?? 0;
					if (score > bestScore || (score === bestScore && score > 0 && clock > bestClock)) {
						best = entity;
						bestScore = score;
						bestClock = clock;
					}
				}
			}
		}
		// A bare title ("Aktor") or an unnamed person ("kvinnen") only refers back when it fits well.
		const minimum = use === 'person' ? 3 : use === 'bare' ? 2 : 1;
		if (best && bestScore >= minimum) {
			best.aliases.add(text.toLowerCase());
			return [best];
		}
		if (use === 'bare') return [];
		const national = use === undefined && !isTitleWord(head) && !isOrganisationWord(head) ? this.nationalityReference(head) : null;
		if (national) {
			national.aliases.add(text.toLowerCase());
			return [national];
		}
		if (use === 'person') {
			const entity = this.entity(text);
			entity.personLike = true;
			const gender = titleGender(head);
			if (gender && !entity.gender) entity.gender = gender;
			this.addRoleWord(entity, head);
			return [entity];
		}
		if (!isTitleWord(head) || isOrganisationWord(head)) {
			const existing = this.organisationEntity(head);
			// "politiet i Trøndelag" … "politiet i Møre og Romsdal": the same noun in another place is another body.
			if (existing && !(placed.test(text) && placed.test(existing.name) && lowerCase(existing.name) !== lowerCase(text))) {
				existing.aliases.add(text);
				return [existing];
			}
			const known = organisationByHead(this.registry, head);
			if (known) {
				const entity = this.entity(known);
				this.markOrganisation(entity, known.split(' ').pop() ?? known);
				entity.aliases.add(text);
				return [entity];
			}
		}
		if (isOrganisationWord(head) && !isTitleWord(head)) {
			// "Klubben bekreftet": a common noun that names no organisation of the article is nobody.
			// "forbundet" refers back; "Skiforbundet", "Fagforbundet" (kept capitalised) are names.
			if (isAnaphoricOrganisationWord(head) && !/^\p{Lu}/u.test(text.slice(text.lastIndexOf(' ') + 1))) {
				// "Også KS er fornøyd. Arbeidsgiverorganisasjonen har …": the organisation of unknown type
				// that was the subject just before.
				const recent = this.recentUntypedOrganisation();
				if (recent) {
					recent.aliases.add(text);
					return [recent];
				}
				const workplace = this.recentWorkplace(head, text);
				if (workplace) return [workplace];
				// "Senterpartiet seier at …": with nothing to point back to, a party compound opening a
				// sentence is the party's name.
				if (!opensSentence || !isPartyCompound(head)) return [];
				const entity = this.entity(text.charAt(0).toUpperCase() + text.slice(1));
				this.markOrganisation(entity, head);
				return [entity];
			}
			const entity = this.entity(text);
			this.markOrganisation(entity, head);
			return [entity];
		}
		if (isTitleWord(head) && looksDefinite(head)) {
			const entity = this.entity(text);
			entity.personLike = true;
			this.addRoleWord(entity, head);
			return [entity];
		}
		// "seier tobarnsmora", "sier trebarnsfaren": a family role names the person just written about.
		// (A bare "mora" is someone's mother, who may be new to the text.)
		if (use === undefined && relationCompound(head)) {
			const gender = relationGender(head);
			if (gender !== undefined) {
				const person = this.resolvePronoun(gender);
				if (person) return [person];
			}
		}
		return [];
	}

	/**
	 * "slovenaren", "svensken", "tyskeren": a definite noun for a person of a nationality refers to
	 * the person introduced with the matching adjective ("slovenske", "svenske", "tyske").
	 */
	private nationalityReference(head: string): Entity | null {
		const found = this.byNationality.size === 0 ? null : this.nationalityByAdjective(head);
		return found ?? (demonyms.has(head) ? this.demonymReference(head) : null);
	}

	/**
	 * "sa nederlenderen" when no "nederlandske X" came before: the person last written about as a
	 * subject, unless that person is already known by another nationality noun.
	 */
	private demonymReference(head: string): Entity | null {
		const from = Math.max(0, this.mentions.length - 12);
		for (let k = this.mentions.length - 1; k >= from; k--) {
			const {entity, subject} = this.mentions[k]!;
			if (!subject || !entity.personLike || entity.organisation) continue;
			let other = false;
			for (const alias of entity.aliases) if (alias !== head && demonyms.has(alias)) other = true;
			if (other) continue;
			return entity;
		}
		return null;
	}

	private nationalityByAdjective(head: string): Entity | null {
		const match = /^(.{4,}?)(?:aren|eren|en)$/u.exec(head);
		if (!match) return null;
		const noun = match[1]!;
		const list = this.byNationality.get(noun.slice(0, 4));
		if (!list) {
			// Not resolved yet ("mens tyske Max Vogel ble nummer to"): the one name the article gives
			// with a matching adjective.
			let form: string | null = null;
			for (const entry of this.registry.nationalities.get(noun.slice(0, 4)) ?? []) {
				const adjective = entry.adjective.endsWith('e') ? entry.adjective.slice(0, -1) : entry.adjective;
				if (!adjective.startsWith(noun)) continue;
				if (form !== null && form !== entry.form) return null;
				form = entry.form;
			}
			if (form === null) return null;
			const entity = this.entity(form);
			entity.personLike = true;
			if (!entity.gender) entity.gender = givenNameGender(form.slice(0, Math.max(0, form.indexOf(' '))));
			return entity;
		}
		let best: Entity | null = null;
		let bestClock = -1;
		for (let k = list.length - 1; k >= 0 && k >= list.length - 60; k--) {
			const entity = list[k]!;
			for (const role of entity.roleWords) {
				if (!role.endsWith('sk') && !role.endsWith('ske')) continue;
				const adjective = role.endsWith('e') ? role.slice(0, -1) : role;
				if (!adjective.startsWith(noun)) continue;
				const clock = this.lastSeen.get(entity) ?? 0;
				if (clock > bestClock) {
					best = entity;
					bestClock = clock;
				}
			}
		}
		return best;
	}

	private resolvePhrase(phrase: Phrase, start: number, subject: boolean): Entity[] {
		const cached = this.resolved.get(start);
		if (cached) return cached;
		let result: Entity[];
		if (phrase.refs.length === 1) {
			// One reference: its own fresh array (never with repeats) is the result.
			result = this.resolve(phrase.refs[0]!, start);
		} else {
			result = [];
			for (const ref of phrase.refs) {
				for (const entity of this.resolve(ref, start)) if (!result.includes(entity)) result.push(entity);
			}
		}
		this.resolved.set(start, result);
		for (const entity of result) {
			this.lastSeen.set(entity, ++this.clock);
			this.mention(entity, subject);
		}
		if (result.length >= 2) this.group = {entities: result, sentence: this.sentenceCounter};
		return result;
	}

	// ---------------------------------------------------------------- speech events

	/** The subject of the speech verb at k, or null when there is none. */
	private subjectOf(k: number, verbInfo: VerbInfo, sentenceStart: number): {phrase: Phrase; start: number; background?: boolean} | null {
		const verb = this.readAfterQuote(verbInfo, k);
		if (verb.particles && !this.particleNear(verb, k)) return null;
		if (verb.not !== undefined && this.particleAfter(k + 1, verb.not)) return null;
		// "svarte ikke på spørsmål", "kommenterer ikkje saka": declining says nothing.
		if (declinableVerbs.has(this.tokens[k]!.lower) && this.particleAfter(k + 1, negations)) return null;
		if (answerVerbs.has(this.tokens[k]!.lower) && this.answersByDoing(k + 1)) return null;
		if (verb.quoted && !this.quotedSoon(k)) return null;
		if (writingVerbs.has(this.tokens[k]!.lower) && this.writesNoMessage(k + 1)) return null;
		// The subject may open the sentence or the clause of the verb (two candidates, no array).
		const sentenceCandidate = k - sentenceStart <= maxLookBack ? sentenceStart : -1;
		let clauseStart = sentenceStart;
		let relative = false;
		for (let j = k - 1; j > sentenceStart && k - j <= maxLookBack; j--) {
			const token = this.tokens[j]!;
			if (boundaryPunct.has(token.text) || (token.kind === 'word' && (token.w.bits & W.boundary) !== 0)) {
				clauseStart = j + 1;
				relative = token.lower === 'som';
				break;
			}
		}
		// "…, noko Kuleba kallar ein «hallusinasjon»": after a relative "noko"/"noe", its subject.
		const objectRelative = clauseStart !== sentenceStart && (this.tokens[clauseStart]?.lower === 'noko' || this.tokens[clauseStart]?.lower === 'noe');
		const clauseCandidate = clauseStart !== sentenceStart ? clauseStart + (objectRelative ? 1 : 0) : -1;
		// "… og hvor ofte fylkesmannen mener at …": a verb in an indirect question states nothing.
		if (clauseCandidate >= 0 && interrogatives.has(this.tokens[clauseStart]!.lower)) return null;
		// Perfect tense: "X har (tidligere) uttalt at", "Det har X sagt til NTB".
		let aux = this.perfectAuxiliary(k, clauseStart);
		// "har advokat X, som var forsvarer, skrevet": the comma closing a relative clause is no clause start.
		if (aux < 0 && verb.participle && this.tokens[k - 1]?.text === ',') aux = this.perfectAuxiliary(k, sentenceStart);
		if (verb.participle && aux < 0) return null;
		// "X har ennå ikke svart", "har aldri uttalt": nothing was said.
		if (aux >= 0 && this.negatedBetween(aux, k)) return null;
		for (let n = 0; n < 3; n++) {
			// Third: "…, og forsvararen hans, advokat X, sa at": the clause opened by "og" before an apposition's commas.
			const start = n === 0 ? sentenceCandidate : n === 1 ? clauseCandidate : clauseStart !== sentenceStart && !relative ? this.clauseBefore(clauseStart, sentenceStart) : -1;
			if (start < 0 || start >= k) continue;
			const phrase = this.phrase(start, 'subject');
			// "Bistandsadvokat X, som representerer 27-åringen, sier": a relative clause between.
			if (phrase && (this.subjectEndsAt(phrase.end, k) || (aux >= 0 && this.subjectEndsAt(phrase.end, aux)))) {
				if (!this.particleFollows(verb, k + 1)) return null;
				return {phrase, start};
			}
		}
		if (relative) return this.relativeAntecedent(clauseStart, k, verb);
		const coordinated =
			clauseStart !== sentenceStart &&
			// "… vet ikke, men har fått opplyst at": also with an auxiliary first.
			(this.skipAdverbs(clauseStart) === k || (aux >= clauseStart && this.skipAdverbs(clauseStart) === aux)) &&
			['og', 'men'].includes(this.tokens[clauseStart - 1]?.lower ?? '');
		// "Det får NTB opplyst fra pressevakten ved X": who told it, not who was told.
		if (aux >= 0 && receivingAuxiliaries.has(this.tokens[aux]!.lower)) {
			const from = this.word(k + 1)?.lower;
			if (from === 'fra' || from === 'frå') {
				const source = this.phrase(k + 2, 'source');
				if (source) return {phrase: source, start: k + 2};
			}
		}
		if (aux >= 0) {
			const at = this.skipAdverbs(aux + 1);
			const phrase = at < k ? this.phrase(at, 'after') : null;
			if (phrase && this.subjectEndsAt(phrase.end, k) && this.particleFollows(verb, k + 1)) return {phrase, start: at};
			if (verb.participle && !coordinated) return null;
		}
		if (verb.straightOnly && !coordinated) {
			// "I går oppfordret Ola Dahl alle til å …": after a fronted adverbial the subject follows the verb.
			const inverted = verb.participle ? null : this.invertedSubjectPhrase(clauseStart, k + 1);
			if (inverted && inverted.verb === k && inverted.phrase.refs.every(ref => ref.type === 'name' || ref.type === 'pronoun' || (ref.type === 'title' && !ref.plural))) {
				return {phrase: inverted.phrase, start: inverted.at};
			}
			return null;
		}
		if (coordinated) {
			// "X var skuffet og mente laget …": a verb right after "og"/"men" shares the subject of the
			// first clause when that clause opens with its subject and a finite verb; what follows the
			// verb is its object ("mente dommeren tok feil"), not an inverted subject.
			const main = this.phrase(sentenceStart, 'subject');
			if (main && main.end < clauseStart - 1 && main.refs.some(isSubjectRef)) {
				const next = this.word(this.skipAdverbs(main.end));
				if (next && !next.cap && finiteLooking(next)) {
					return this.particleFollows(verb, k + 1) ? {phrase: main, start: sentenceStart} : null;
				}
			}
			// "I går ringde han tilbake og sa at …": the first clause's subject after its verb.
			const inverted = this.invertedSubjectPhrase(sentenceStart, clauseStart - 1);
			if (inverted && inverted.phrase.end < clauseStart && inverted.phrase.refs.every(ref => ref.type === 'name' || ref.type === 'pronoun')) {
				return this.particleFollows(verb, k + 1) ? {phrase: inverted.phrase, start: inverted.at} : null;
			}
		}
		// Inverted order: the verb comes first in its clause, or after a fronted adverbial. Not after
		// an auxiliary in its clause ("… har (på sin side) anklaget Kreml for …"): a participle's
		// object follows it, not its subject.
		const after = this.skipAdverbs(k + 1);
		// "Den skadde varslet selv politiet": a determiner and a noun before the verb are its subject,
		// unknown here; what follows the verb is its object ("Det sier X" is inverted: no noun between).
		const opener = this.word(clauseStart);
		// "Flere vitner varslet politiet", "To naboar ringde brannvesenet": a quantity and a noun too.
		const quantity = opener !== undefined && (quantifiers.has(opener.lower) || isShortNumber(opener.text)) && k === clauseStart + 2 && !this.tokens[clauseStart + 1]!.cap;
		const subjectBefore = opener !== undefined && ((opener.w.bits & W.determiner) !== 0 || quantity) && this.skipAdverbs(clauseStart + 1) < k && !coordinated;
		const phrase = verb.straightOnly || subjectBefore || this.afterAuxiliary(k, clauseStart) ? null : this.phrase(after, 'after');
		if (!phrase) {
			// "X støtter forslaget, men advarer mot …": a coordinated verb shares the subject.
			if (!coordinated) return null;
			const main = this.phrase(sentenceStart, 'subject');
			if (!main || main.end >= k) return this.invertedMainSubject(sentenceStart, clauseStart, verb, k);
			if (!this.particleFollows(verb, k + 1)) return null;
			return {phrase: main, start: sentenceStart};
		}
		if (!this.particleFollows(verb, phrase.end)) return null;
		return {phrase, start: after};
	}

	/**
	 * Before the comma that starts the clause at `clauseStart`: the start of the clause that ", og" or
	 * ", men" opens within the last few words, or -1.
	 */
	private clauseBefore(clauseStart: number, sentenceStart: number): number {
		for (let j = clauseStart - 2; j > sentenceStart && clauseStart - j <= 12; j--) {
			const token = this.tokens[j]!;
			if (token.kind === 'word' && (token.lower === 'og' || token.lower === 'men') && this.tokens[j - 1]!.text === ',') return j + 1;
		}
		return -1;
	}

	/**
	 * "I Svenska Akademiens begrunnelse", "I NRKs melding": a sentence opening with "i", a name in
	 * the genitive and a document noun right before the verb at k. The owner's phrase, or null.
	 */
	private documentOwner(start: number, k: number): Phrase | null {
		if (this.word(start)?.lower !== 'i') return null;
		const document = this.word(k - 1);
		const owner = this.tokens[k - 2];
		if (!document || (document.w.bits & W.document) === 0 || !owner || !owner.cap || !owner.lower.endsWith('s') || owner.lower.length < 3) return null;
		const words: string[] = [];
		for (let j = start + 1; j < k - 1; j++) {
			const token = this.word(j);
			if (!token || !token.cap) return null;
			words.push(j === k - 2 ? token.text.slice(0, -1) : token.text);
		}
		return words.length > 0 && words.length <= 4 ? {refs: [{type: 'name', words, prefix: []}], end: k - 1} : null;
	}

	/**
	 * "har skrive ei rekke romanar", "skrev under på kontrakten", "skrev historie": writing that is
	 * no message. A message ("skrev en melding til …") or anything else after the verb may be one.
	 */
	private writesNoMessage(i: number): boolean {
		// "– …, skriv ein annan delegat": after a quote, who wrote it.
		if (quoteClosers.has(this.tokens[i - 2]?.text ?? '')) return false;
		const first = this.word(i);
		if (first && (first.lower === 'under' || first.lower === 'historie' || first.lower === 'kontrakt')) return true;
		// "skriver i en SMS", "skriv på Facebook": where the message is.
		if (((first?.w.bits ?? 0) & W.preposition) !== 0) return false;
		const at = this.skipAdverbs(i);
		const next = this.word(at);
		if (!next) return false;
		// "skrev autografer": a plural noun with no article.
		if (!next.cap && !next.w.verb && !next.w.title && !next.w.definite && !next.w.adjective && (next.w.bits & (W.function | W.document)) === 0 && /(?:er|ar)$/u.test(next.lower)) {
			return true;
		}
		if ((next.w.bits & W.indefinite) === 0 && !/^\d[\d.,]*$/u.test(next.text)) return false;
		for (let j = at + 1; j <= at + 3; j++) {
			const word = this.word(j);
			if (!word) return false;
			if ((word.w.bits & W.document) !== 0) return false;
		}
		return true;
	}

	/**
	 * "I går tok Kari Dahl ordet og sa at …": the subject after the first verb of an inverted main
	 * clause, shared by a verb of saying after "og"/"men" at k (its clause starting at clauseStart).
	 */
	private invertedMainSubject(sentenceStart: number, clauseStart: number, verb: VerbInfo, k: number): {phrase: Phrase; start: number} | null {
		const opener = this.word(sentenceStart);
		if (!opener || (opener.w.bits & (W.preposition | W.adverb)) === 0) return null;
		for (let j = sentenceStart + 1; j < clauseStart - 1 && j <= sentenceStart + 4; j++) {
			const token = this.word(j);
			if (!token) return null;
			if (token.cap || !finiteLooking(token) || (token.w.bits & W.adverb) !== 0) continue;
			const phrase = this.phrase(j + 1, 'after');
			if (!phrase || phrase.end >= clauseStart || !phrase.refs.some(isSubjectRef)) return null;
			return this.particleFollows(verb, k + 1) ? {phrase, start: j + 1} : null;
		}
		return null;
	}

	/** Whether "ikke", "ikkje" or "aldri" stands between the auxiliary at `aux` and the verb at k. */
	private negatedBetween(aux: number, k: number): boolean {
		for (let j = aux + 1; j < k; j++) {
			const lower = this.tokens[j]!.lower;
			if (lower === 'ikke' || lower === 'ikkje' || lower === 'aldri') return true;
		}
		return false;
	}

	/** Whether «quoted words» follow the verb at k in its sentence, within a few words ("kalte det «et svik»"). */
	private quotedSoon(k: number): boolean {
		const sentence = this.tokens[k]!.sentence;
		for (let j = k + 1; j < this.tokens.length && j <= k + 8; j++) {
			const token = this.tokens[j]!;
			if (token.sentence !== sentence) return false;
			if (token.inQuotes) return true;
		}
		return this.judgementFollows(k);
	}

	/**
	 * "kallar smittesituasjonen veldig alvorleg", "kallar Canada ein stor utfordrar", "omtalte det som
	 * …": a judgement after the object, not a summons ("kalla inn til møte") or a name.
	 */
	private judgementFollows(k: number): boolean {
		const first = this.word(k + 1);
		if (!first || calledParticles.has(first.lower)) return false;
		const sentence = this.tokens[k]!.sentence;
		for (let j = k + 2; j < this.tokens.length && j <= k + 6; j++) {
			const token = this.tokens[j]!;
			if (token.sentence !== sentence || token.kind !== 'word' || token.cap) return false;
			if (token.lower === 'som' || indefiniteArticles.has(token.lower)) return j + 1 < this.tokens.length && this.word(j + 1) !== undefined;
			if (token.w.adjective && (token.w.bits & W.function) === 0 && this.tokens[j + 1]?.kind === 'punct') return true;
		}
		return false;
	}

	/**
	 * "… støtte av Norsk Sykepleierforbund, som i en uttalelse skriver at …": a relative clause whose
	 * verb of saying follows "som" (after adverbs, or "i en uttalelse") has the named antecedent
	 * right before the comma as its subject. `clauseStart` is the index after "som".
	 */
	private relativeAntecedent(clauseStart: number, k: number, verb: VerbInfo): {phrase: Phrase; start: number; background?: boolean} | null {
		const comma = clauseStart - 2;
		if (this.tokens[clauseStart - 1]?.lower !== 'som') return null;
		if (this.tokens[comma]?.text !== ',') return this.cleftSubject(clauseStart, k, verb) ?? this.sourcesWhoSay(clauseStart, k, verb);
		let at = this.skipAdverbs(clauseStart);
		if (at !== k && this.word(clauseStart)?.lower === 'i') {
			// "som i en uttalelse skriver", "som i ei pressemelding skriv"
			for (let j = clauseStart + 1; j < k && j <= clauseStart + 4; j++) {
				if (((this.tokens[j]!.w.bits ?? 0) & W.document) !== 0) {
					at = this.skipAdverbs(j + 1);
					break;
				}
			}
		}
		if (at !== k || !this.particleFollows(verb, k + 1)) return null;
		const sentence = this.tokens[comma]!.sentence;
		for (let start = Math.max(0, comma - 6); start < comma; start++) {
			const token = this.tokens[start]!;
			if (token.sentence !== sentence || token.kind !== 'word' || !token.cap) continue;
			const phrase = this.phrase(start, 'after');
			if (phrase && phrase.end === comma && phrase.refs.length === 1 && (phrase.refs[0]!.type === 'name' || phrase.refs[0]!.type === 'organisation')) {
				// Inside a clause about someone else ("X har fått eit brev frå Y, som ber …"), Y is no subject.
				const first = this.tokens[start - 1] === undefined || this.tokens[start - 1]!.sentence !== sentence;
				return first ? {phrase, start} : {phrase, start, background: true};
			}
		}
		return null;
	}

	/**
	 * "Avisen siterer anonyme regjeringskilder som sier at …": unnamed sources or people right before a
	 * "som" with no comma say it. `clauseStart` is the index after "som", whose verb of saying is at k.
	 */
	private sourcesWhoSay(clauseStart: number, k: number, verb: VerbInfo): {phrase: Phrase; start: number} | null {
		if (this.skipAdverbs(clauseStart) !== k || !this.particleFollows(verb, k + 1)) return null;
		const som = clauseStart - 1;
		const head = this.word(som - 1);
		if (!head || head.cap || !isPersonPlural(head.lower)) return null;
		// The longest noun phrase that ends there: adjectives and a determiner, no verb or time word.
		let found: {phrase: Phrase; start: number} | null = null;
		for (let start = som - 1; start >= 0 && start >= som - 3; start--) {
			const token = this.word(start);
			if (!token || token.w.verb || (token.w.bits & (W.adverb | W.preposition | W.boundary)) !== 0 || timeWords.has(token.lower)) break;
			if (start < som - 1 && !token.w.adjective && (token.w.bits & W.determiner) === 0 && !token.lower.endsWith('e')) break;
			const phrase = this.phrase(start, 'source');
			if (phrase && phrase.end === som && phrase.refs.length === 1 && phrase.refs[0]!.type === 'title') found = {phrase, start};
		}
		return found;
	}

	/**
	 * A cleft sentence: "Det var Dagbladet som først meldte om saken", "Det er ordføreren som
	 * opplyser dette". `clauseStart` is the index after "som", whose verb of saying is at k.
	 */
	private cleftSubject(clauseStart: number, k: number, verb: VerbInfo): {phrase: Phrase; start: number} | null {
		if (this.skipAdverbs(clauseStart) !== k || !this.particleFollows(verb, k + 1)) return null;
		const som = clauseStart - 1;
		const sentence = this.tokens[som]!.sentence;
		for (let j = som - 2; j >= 0 && som - j <= 9; j--) {
			const token = this.tokens[j]!;
			if (token.sentence !== sentence) return null;
			if (token.lower !== 'det' && token.lower !== 'dette') continue;
			if (!token.sentenceStart && this.tokens[j - 1]?.sentence === sentence) return null;
			const copula = this.word(j + 1)?.lower;
			if (copula !== 'er' && copula !== 'var') return null;
			const at = this.skipAdverbs(j + 2);
			const phrase = at < som ? this.phrase(at, 'after') : null;
			return phrase && phrase.end === som ? {phrase, start: at} : null;
		}
		return null;
	}

	/** Speakers of the sentences in [from, end) of the current tokens, in order. */
	private analyse(from: number): {speakers: Entity[]; anaphoric: Entity[] | null; subject: Entity[] | null; firstSubject: Entity[] | null} {
		// Made on the first speaker: most paragraphs have none or one (a one-element array).
		let speakers: Entity[] | null = null;
		let background: Entity[] | null = null;
		let anaphoric: Entity[] | null = null;
		let subject: Entity[] | null = null;
		let firstSubject: Entity[] | null = null;
		// The sentences (maximal runs of one `sentence` number), without allocating their spans.
		const count = this.tokens.length;
		for (let spanStart = 0, spanEnd = 0; spanStart < count; spanStart = spanEnd) {
			const sentenceNumber = this.tokens[spanStart]!.sentence;
			spanEnd = spanStart + 1;
			while (spanEnd < count && this.tokens[spanEnd]!.sentence === sentenceNumber) spanEnd++;
			if (spanEnd <= from) continue;
			subject = null;
			this.sentenceCounter++;
			this.previousSubject = this.currentSubject;
			this.currentSubject = null;
			let start = Math.max(spanStart, from);
			while (start < spanEnd && this.tokens[start]!.kind === 'punct') start++;
			if (start >= spanEnd) continue;
			const firstToken = this.tokens[start]!;
			// The subject at the start of a sentence is salient for later pronouns.
			if (start === spanStart || firstToken.sentenceStart) {
				if (!firstToken.inQuotes) {
					const determiner = (firstToken.w.bits & W.determiner) !== 0;
					const phrase = this.phrase(start, 'subject');
					// "Den spanske landslagssjefen Jordi Ribas Peñalver var …": after a determiner, only a name.
					if (phrase && (determiner ? phrase.refs.some(isNameRef) : phrase.refs.some(isSubjectRef))) {
						subject = this.resolvePhrase(phrase, start, true);
						if (phrase.refs.every(ref => ref.type === 'name')) for (const entity of subject) if (!entity.personLike) this.frontedNames.add(entity);
						this.currentSubject = subject;
						firstSubject ??= subject;
					}
				}
			}
			if (start === spanStart || firstToken.sentenceStart) {
				const inverted = this.invertedSubject(start, spanEnd);
				// A lead-in to a quote names who says it, subject first or not.
				if (inverted && subject === null && this.tokens[spanEnd - 1]?.text === ':') subject = inverted;
			}
			const isFirstSentence = speakers === null && anaphoric === null;
			// "Ifølge Aune sa legen at …": the source speaks; whoever it quotes is no new subject.
			const sourced = (firstToken.w.bits & W.source) !== 0;
			for (let k = start; k < spanEnd; k++) {
				const token = this.tokens[k]!;
				if (token.kind !== 'word' || token.inQuotes) continue;
				// No array per token: most words find nobody.
				let found: Entity[] = noEntities;
				if (k === start && token.lower === 'etter' && this.word(k + 1)?.lower === 'det') {
					// "Etter det VG erfarer, …", "Etter det Dagens Næringsliv får opplyst, …": the source.
					const phrase = this.phrase(k + 2, 'source');
					const verb = phrase ? this.word(phrase.end) : undefined;
					if (phrase && verb && knowledgeVerbs.has(verb.lower)) found = this.resolvePhrase(phrase, k + 2, false);
				} else if ((token.w.bits & W.source) !== 0) {
					const phrase = this.documentSource(k + 1) ?? this.phrase(k + 1, 'source');
					if (phrase) found = this.resolvePhrase(phrase, k + 1, false);
				} else if ((token.w.bits & W.passiveSpeech) !== 0 && this.word(this.skipAdverbs(k + 1))?.lower === 'av') {
					// "Opplysningene bekreftes av styreleder X": the agent of a passive verb of saying.
					const at = this.skipAdverbs(k + 1) + 1;
					const phrase = this.phrase(at, 'source');
					if (phrase) found = this.resolvePhrase(phrase, at, false);
				} else if ((token.w.bits & W.impersonal) !== 0) {
					// "het det i en uttalelse fra X", "Det står i brevet frå X".
					const at = this.impersonalSource(k);
					if (at >= 0) {
						const phrase = this.impersonalSourcePhrase(at);
						if (phrase) found = this.resolvePhrase(phrase, at, false);
						else {
							// "I Svenska Akademiens begrunnelse står det at …": the owner of a document before the verb.
							const owner = k === this.skipAdverbs(start + 1) ? null : this.documentOwner(start, k);
							if (owner) found = this.resolvePhrase(owner, start + 1, false);
						}
					}
				} else {
					const verb = token.w.verb;
					if (!verb) continue;
					if (verb.afterQuote && !quoteClosers.has(this.tokens[k - 1]?.text ?? '')) continue;
					const subject = this.subjectOf(k, verb, start);
					if (!subject) continue;
					// "… etter at politiet først meldte om hendelsen": when it was said, not what; "… då NTB
					// spurde om dommen": who asked, not who answers.
					const before = this.tokens[subject.start - 1]?.lower;
					if (before === 'at' && this.tokens[subject.start - 2]?.lower === 'etter') continue;
					// "X seier at ho var sikker på at …": a state inside someone's statement is theirs to report.
					if (before === 'at' && verb.view) continue;
					if ((before === 'da' || before === 'då' || before === 'når') && askingVerbs.has(token.lower)) continue;
					if (subject.background) {
						// A speaker in a relative clause on a non-subject comes after the paragraph's main speakers.
						for (const entity of this.resolvePhrase(subject.phrase, subject.start, false)) {
							if (background === null) background = [entity];
							else if (!background.includes(entity)) background.push(entity);
						}
						continue;
					}
					found = this.resolvePhrase(subject.phrase, subject.start, !sourced);
					// "Han opplyser at …" opening its paragraph, "– …, sa han": a pronoun before its verb or right
					// after a quote, with nothing named as a subject before it ("Tilsynet har gjort ei kartlegging.
					// Han viser til …" means the survey).
					const opens = subject.start < k && this.tokens[subject.start]!.sentence === this.tokens[0]!.sentence;
					if (found.length === 0 && this.openingPronoun === undefined && (opens || quoteClosers.has(this.tokens[k - 1]?.text ?? '')) && !this.subjectSeen()) {
						this.openingPronoun = speakingPronoun(subject.phrase);
					}
					if (
						isFirstSentence &&
						k === start + 1 &&
						(firstToken.lower === 'det' || firstToken.lower === 'dette') &&
						found.length > 0
					) {
						anaphoric = found;
					}
				}
				for (let e = 0; e < found.length; e++) {
					const entity = found[e]!;
					if (speakers === null) speakers = [entity];
					else if (!speakers.includes(entity)) speakers.push(entity);
				}
			}
			this.mentionNamedPeople(start, spanEnd);
		}
		if (background !== null) {
			for (const entity of background) {
				if (speakers === null) speakers = [entity];
				else if (!speakers.includes(entity)) speakers.push(entity);
			}
		}
		return {speakers: speakers ?? [], anaphoric, subject, firstSubject};
	}

	/**
	 * People named elsewhere in a sentence than as its subject ("… spela av 24 år gamle Signe
	 * Rypdal"): a full name with a known given name, so that "Ho" in the next sentence can find them.
	 */
	private mentionNamedPeople(start: number, end: number): void {
		for (let j = start; j < end; j++) {
			const token = this.tokens[j]!;
			if (!token.w.nameLike || token.sentenceStart || token.inQuotes) continue;
			// A known given name, or a title right before the name ("er KrFU-leiar Martine Dahl").
			const before = this.tokens[j - 1];
			if (token.w.givenGender === null && !(before?.w.title && (!before.cap || before.w.commonCompound))) continue;
			if (this.resolved.get(j) !== undefined) continue;
			const run = nameRunEnd(this.tokens, j, this.registry);
			if (run < j + 2) {
				if (run > j) j = run - 1;
				continue;
			}
			const phrase = this.phrase(j, 'after');
			if (phrase && phrase.refs.length === 1 && phrase.refs[0]!.type === 'name') this.resolvePhrase(phrase, j, false);
			j = run - 1;
		}
	}

	/**
	 * Verb-second order after a fronted adverbial ("Torsdag la sjefsøkonom Mona Li fram tall",
	 * "Utanfor skulen står ei kvinne"): the person right after the finite verb is the subject, salient
	 * for later pronouns even when the verb is no verb of saying.
	 */
	private invertedSubject(start: number, end: number): Entity[] | null {
		const found = this.invertedSubjectPhrase(start, end);
		if (!found) return null;
		const {phrase, at} = found;
		if (phrase.refs.every(ref => ref.type === 'name' || (ref.type === 'title' && ref.use === 'person'))) {
			return this.resolvePhrase(phrase, at, true);
		}
		// "Frå talarstolen var han klar i tale:": a pronoun, when the sentence leads into a quote.
		if (phrase.refs.length === 1 && phrase.refs[0]!.type === 'pronoun' && this.tokens[end - 1]?.text === ':') {
			return this.resolvePhrase(phrase, at, true);
		}
		return null;
	}

	/** After a fronted adverbial and the finite verb ("I går sa han …"): the subject phrase and where it starts. */
	private invertedSubjectPhrase(start: number, end: number): {phrase: Phrase; at: number; verb: number} | null {
		const first = this.word(start);
		if (!first) return null;
		const bits = first.w.bits;
		const fronted =
			(bits & (W.preposition | W.adverb | W.source)) !== 0 ||
			((bits & W.capFunction) !== 0 && (bits & (W.personal | W.group | W.determiner | W.local | W.indefinite | W.boundary)) === 0);
		if (!fronted) return null;
		const limit = Math.min(end, start + 12);
		for (let v = start + 1; v < limit; v++) {
			const token = this.tokens[v]!;
			if (token.inQuotes) return null;
			if (token.kind !== 'word') {
				if (token.text === ',') continue;
				return null;
			}
			if ((token.w.bits & W.boundary) !== 0) return null;
			if (token.cap || (token.w.bits & (W.preposition | W.determiner | W.possessive | W.indefinite)) !== 0) continue;
			// "i går" is an adverbial, not the verb "går".
			if (!finiteLooking(token) || (token.lower === 'går' && this.tokens[v - 1]!.lower === 'i')) continue;
			const at = this.skipAdverbs(v + 1);
			const phrase = this.phrase(at, 'after');
			return phrase ? {phrase, at, verb: v} : null;
		}
		return null;
	}

	/** Where a statement's source may follow an impersonal verb at k ("het det i …", "Det står i …"), or -1. */
	private impersonalSource(k: number): number {
		if (this.word(k + 1)?.lower === 'det') return k + 2;
		if (this.word(k - 1)?.lower === 'det') return k + 1;
		return -1;
	}

	/** Where the quoted words of a dash quote end: the attribution ", sier X" or "Det sier X". */
	private quoteEnd(): {index: number; verb: string | null} {
		const tokens = this.tokens;
		for (let k = 1; k < tokens.length; k++) {
			const token = tokens[k]!;
			if (token.kind !== 'word' || token.inQuotes) continue;
			if (quoteClosers.has(tokens[k - 1]!.text)) {
				const end = this.attributionAt(k);
				if (end !== null) return end;
			}
			const next = tokens[k + 1];
			if (token.sentenceStart && (token.lower === 'det' || token.lower === 'dette') && next && next.w.verb) {
				// "Det sier X til NTB." ends the quote; "Det viser at …" or "Det mener jeg" does not.
				const phrase = this.phrase(this.skipAdverbs(k + 2), 'after');
				if (phrase && this.particleFollows(next.w.verb, phrase.end)) return {index: k, verb: next.lower};
			}
		}
		return this.unlistedVerbEnd() ?? {index: tokens.length, verb: null};
	}

	/** "– …, erklærte X": right after a quote, a verb that elsewhere needs its particles needs none. */
	private readAfterQuote(verb: VerbInfo, k: number): VerbInfo {
		return verb.bareAfterQuote && quoteClosers.has(this.tokens[k - 1]?.text ?? '') ? bareVerb : verb;
	}

	/** An attribution starting at k, right after a quote's closing mark (", sier X", ", har X sagt", ", ifølge X"), or null. */
	private attributionAt(k: number): {index: number; verb: string} | null {
		const tokens = this.tokens;
		const token = tokens[k]!;
		const verb = token.w.verb ? this.readAfterQuote(token.w.verb, k) : undefined;
		if (verb && !verb.straightOnly) {
			const after = this.skipAdverbs(k + 1);
			const phrase = this.phrase(after, 'after');
			// "– Da vi kom ned, ropte ein passasjer at …": speech reported inside the quote.
			if (phrase && this.particleFollows(verb, phrase.end) && tokens[phrase.end]?.lower !== 'at') return {index: k, verb: token.lower};
		}
		if ((token.w.bits & W.impersonal) !== 0 && this.word(k + 1)?.lower === 'det' && this.impersonalSourcePhrase(k + 2)) {
			return {index: k, verb: token.lower};
		}
		if (perfectAuxiliaries.has(token.lower)) {
			// "– …, har Meling sagt til NTB.": the perfect tense, the speaker between.
			// "har advokat X, som var forsvarer, skrevet i en e-post": a relative clause between.
			const phrase = this.phrase(this.skipAdverbs(k + 1), 'after');
			const at = phrase ? this.skipAdverbs(this.skipRelative(phrase.end)) : -1;
			const participle = phrase ? this.word(at) : undefined;
			if (participle?.w.verb && this.particleFollows(participle.w.verb, at + 1)) return {index: k, verb: participle.lower};
		}
		if ((token.w.bits & W.source) !== 0) {
			// "– …, ifølgje SVs Kari Elisabeth Kaski.": a source after the quote.
			const phrase = this.phrase(k + 1, 'source');
			if (phrase && phrase.refs.every(ref => ref.type === 'name' || ref.type === 'title')) return {index: k, verb: token.lower};
		}
		return null;
	}

	/**
	 * "…, beroliget Stoltenberg.": a verb the lexicon does not list, in the past tense, between the
	 * quote's closing comma and a name or title that ends the block.
	 */
	private unlistedVerbEnd(): {index: number; verb: string} | null {
		const tokens = this.tokens;
		const last = tokens.length - 1;
		if (last < 4 || tokens[last]!.text !== '.') return null;
		for (let k = last - 2; k >= 2; k--) {
			if (!quoteClosers.has(tokens[k - 1]!.text)) continue;
			const verb = tokens[k]!;
			if (verb.kind !== 'word' || verb.inQuotes || verb.cap || verb.w.verb || !pastEnding.test(verb.lower) || !finiteLooking(verb)) return null;
			if ((verb.w.bits & (W.adverb | W.preposition)) !== 0) return null;
			const phrase = this.phrase(k + 1, 'after');
			if (!phrase || !phrase.refs.every(ref => ref.type === 'name' || (ref.type === 'title' && ref.use !== 'bare'))) return null;
			// "…, innledet finansministeren talen.": more may follow a person, nothing an organisation.
			const person = phrase.refs.every(ref => ref.type === 'name' || (ref.type === 'title' && (isTitleWord(ref.head) || isPersonNoun(ref.head))));
			if (phrase.end !== last && !(person && this.tokens[phrase.end]!.sentence === verb.sentence)) return null;
			return {index: k, verb: verb.lower};
		}
		return null;
	}

	// ---------------------------------------------------------------- blocks

	// Per-block state of the final pass (see `step`).
	private blocks: readonly Block[] = [];
	private store: TokenStore | null = null;
	private result: Entity[][] = [];
	private attributed: boolean[] = [];
	private anaphoric: (Entity[] | null)[] = [];
	/** For a text block with no speaker: the people its last sentence is about ("Hun kjenner seg igjen."). */
	private topic: (Entity[] | null)[] = [];
	/** Dash quotes taken for a journalist's question. */
	private questions: boolean[] = [];
	private pending: number[] = [];
	/**
	 * Copy whose lead was cut opens with "…, sa han": the blocks before anyone has been given a
	 * speaker whose speaking pronoun found nobody, with its gender. The first person to speak
	 * after them is who they mean. Null once anyone has spoken.
	 */
	private openingQuotes: {index: number; gender: Gender}[] | null = [];
	/** In the block being read: the gender of a speaking "han"/"hun" that found nobody. */
	private openingPronoun: Gender | undefined = undefined;
	/** Whether a block mentioned any person (by name, title or pronoun). */
	private namesPeople: boolean[] = [];
	private personMentions = 0;

	/** Prepares the final pass over `blocks` (tokenised in `store`). */
	start(blocks: readonly Block[], store: TokenStore): void {
		this.blocks = blocks;
		this.store = store;
		const n = blocks.length;
		this.result = new Array<Entity[]>(n);
		this.attributed = new Array<boolean>(n);
		this.anaphoric = new Array<Entity[] | null>(n);
		this.topic = new Array<Entity[] | null>(n);
		for (let k = 0; k < n; k++) {
			this.result[k] = [];
			this.attributed[k] = false;
			this.anaphoric[k] = null;
			this.topic[k] = null;
		}
		this.pending = [];
		this.openingQuotes = [];
		this.questions = new Array<boolean>(n).fill(false);
		this.namesPeople = new Array<boolean>(n).fill(false);
	}

	private lastSpeaker(index: number): Entity | null {
		const blocks = this.blocks;
		if (index < 0 || blocks[index]!.kind === 'heading') return null;
		const list = this.result[index]!;
		if (list.length === 0) return null;
		if (blocks[index]!.kind === 'quote') return list[0]!;
		for (let k = list.length - 1; k >= 0; k--) if (list[k]!.personLike) return list[k]!;
		return list[list.length - 1]!;
	}

	/**
	 * Gives the waiting unattributed quotes their speaker. `mark` (when the block `next` has just
	 * been read): the mention count and clock before it, so that the quotes' speaker counts as
	 * mentioned before the people of `next` ("Ola Fjell seier til Nationen …" then "seier han").
	 */
	private flush(next: number, mark?: {mentions: number; clock: number; sentence: number}): void {
		const pending = this.pending;
		if (pending.length === 0) return;
		const blocks = this.blocks;
		const first = pending[0]!;
		// An answer after a journalist's question: whoever was asked, who spoke before the question.
		let before = first - 1;
		// Back over the questions, and the sub-headings of an interview between them.
		if (before >= 0 && this.questions[before]) {
			while (before >= 0 && (this.questions[before] || blocks[before]!.kind === 'heading')) before--;
		}
		let a = this.lastSpeaker(before);
		if (!a && before >= 1 && this.narration(before)) {
			// "– …, seier Jensen." "Så langt er ingen arrestert." "– …": one line of narration between
			// two quotes leaves the speaker as they were.
			a = this.lastSpeaker(before - 1);
		}
		const colon = before >= 0 && blocks[before]!.kind !== 'heading' && /:\s*$/u.test(blocks[before]!.text);
		let b: Entity | null = null;
		let nextIsAnaphoric = false;
		if (next < blocks.length && next >= 0) {
			if (this.anaphoric[next]) {
				b = this.anaphoric[next]![0] ?? null;
				nextIsAnaphoric = true;
			} else if (blocks[next]!.kind === 'quote' && this.attributed[next]) {
				b = this.result[next]![0] ?? null;
			}
		}
		let speaker: Entity | null;
		if (colon && a) speaker = a;
		else if (b && nextIsAnaphoric) speaker = b;
		else if (b && (!a || !a.personLike || a === b || b.firstSpoke === next)) speaker = b;
		else speaker = a ?? null;
		// "Emma (17) … Hun kjenner seg igjen." then a quote: with no speaker around, the person the
		// paragraph before is about says it.
		if (!speaker && before >= 0 && this.topic[before]) speaker = this.topic[before]![0] ?? null;
		for (const index of pending) this.result[index] = speaker ? [speaker] : [];
		if (speaker) {
			const at = mark ? mark.mentions - this.mentionsDropped : -1;
			if (at >= 0 && at < this.mentions.length) {
				this.mentions.splice(at, 0, {entity: speaker, subject: true, sentence: mark!.sentence});
				const seen = this.lastSeen.get(speaker) ?? 0;
				if (seen < mark!.clock + 0.5) this.lastSeen.set(speaker, mark!.clock + 0.5);
			} else {
				this.mention(speaker, true);
				this.lastSeen.set(speaker, ++this.clock);
			}
		}
		this.pending = [];
	}

	/**
	 * "Høie: Viktig å finne ut hva som har skjedd": a heading that opens with a name and a colon
	 * gives the section's speaker, whom a pronoun right after it means. The heading itself has none.
	 */
	private headingSpeaker(store: TokenStore, index: number): void {
		const length = store.blockLength(index);
		if (length < 3) return;
		// Most headings have no colon among their first words: look before loading them.
		let colon = false;
		for (let k = 1; k < length && k <= 5 && !colon; k++) colon = store.wordAt(index, k).text === ':';
		if (!colon) return;
		this.loadBlock(store, index);
		const phrase = this.phrase(0, 'subject');
		if (!phrase || this.tokens[phrase.end]?.text !== ':' || !phrase.refs.every(ref => ref.type === 'name')) return;
		const people = this.resolvePhrase(phrase, 0, true).filter(entity => entity.personLike);
		if (people.length > 0) this.currentSubject = people;
	}

	/** Makes block `index` the current tokens, with the per-block caches emptied. */
	private loadBlock(store: TokenStore, index: number): void {
		this.tokens = store.load(index);
		this.resolved.clear();
		this.phrases.clear();
	}

	/** A text block that gave nobody's words and named no person. */
	private narration(index: number): boolean {
		return this.blocks[index]!.kind === 'text' && this.result[index]!.length === 0 && !this.namesPeople[index];
	}

	/** Attributes block `index`; blocks must be stepped in order, then `finish` called. */
	step(index: number): void {
		const block = this.blocks[index]!;
		const store = this.store!;
		if (block.kind === 'heading') {
			this.flush(index);
			this.headingSpeaker(store, index);
			return;
		}
		this.loadBlock(store, index);
		let from = 0;
		if (block.kind === 'quote') {
			const end = this.quoteEnd();
			from = end.index;
			if (from >= this.tokens.length) {
				// An unattributed quote: a journalist's question, or a continuation.
				if (this.isQuestion(index, this.blocks, store)) {
					this.flush(index);
					this.questions[index] = true;
					return;
				}
				this.pending.push(index);
				return;
			}
		}
		const mark = {mentions: this.mentions.length + this.mentionsDropped, clock: this.clock, sentence: this.sentenceCounter};
		const personMentions = this.personMentions;
		this.openingPronoun = undefined;
		const analysis = this.analyse(from);
		if (block.kind === 'quote' && from < this.tokens.length && oralVerbs.has(this.tokens[from]!.lower)) {
			// "– …, sa Warholm til NRK.": whoever says a quote aloud is a person, a lone surname too.
			const speaker = analysis.speakers[0];
			if (speaker && !speaker.personLike && this.loneName(speaker)) {
				speaker.personLike = true;
				this.personMentions++;
			}
		}
		this.namesPeople[index] = this.personMentions > personMentions;
		if (block.kind === 'quote' && analysis.speakers.length === 0 && from < this.tokens.length && (!this.tokens[from]!.w.verb || this.tokens[from]!.w.verb!.afterQuote)) {
			// The attribution's verb is not in the lexicon ("beroliget"): its subject follows it. When
			// that names nobody known ("fortsatte totningen"), the quote goes on from the one before.
			const phrase = this.phrase(from + 1, 'after');
			if (phrase) analysis.speakers.push(...this.resolvePhrase(phrase, from + 1, true));
			if (analysis.speakers.length === 0) {
				this.pending.push(index);
				return;
			}
		}
		if (analysis.speakers.length === 0 && block.kind === 'text' && isQuotedBlock(block.text) && this.introducedByColon(index)) {
			// "Bane Nor skreiv på nettsidene sine:" then a paragraph that is all one «quote»: it goes on
			// from the lead-in, as a dash quote would.
			this.pending.push(index);
			return;
		}
		if (analysis.speakers.length === 0 && analysis.subject && block.kind === 'text' && this.introducesQuote(index)) {
			// "Lederen av utvalget, professor X, var tydelig da hun la fram rapporten:" and a quote
			// after it: a lead-in ending with a colon gives the quote to its subject, and is theirs too.
			for (const entity of analysis.subject) if (entity.personLike && !analysis.speakers.includes(entity)) analysis.speakers.push(entity);
		}
		const unnamed = analysis.speakers.length >= 2 ? analysis.speakers[0]! : null;
		if (unnamed && unnamed.personLike && indefinitePerson.test(unnamed.name)) {
			// "… forklarte en dørvakt. Jonas Myhre (27) sa at …": the person is named right after.
			const named = analysis.speakers.find(entity => entity.personLike && entity.firstSpoke < 0 && entity.name.includes(' ') && !indefinitePerson.test(entity.name));
			if (named) analysis.speakers.splice(0, 1);
		}
		this.result[index] = analysis.speakers;
		if (this.openingQuotes !== null) this.resolveOpening(index, analysis.speakers);
		this.anaphoric[index] = analysis.anaphoric;
		// "O'Brien kom til Norge i 2011. Torsdag reiste hun …": whom the paragraph is about, from its
		// last sentence with a subject, else its first.
		const about = analysis.subject ?? analysis.firstSubject;
		if (analysis.speakers.length === 0 && block.kind === 'text' && about) {
			const people = about.filter(entity => entity.personLike);
			if (people.length === 1) this.topic[index] = people;
		}
		this.attributed[index] = block.kind === 'quote';
		for (const entity of analysis.speakers) if (entity.firstSpoke < 0) entity.firstSpoke = index;
		this.flush(index, mark);
	}

	/**
	 * The attribution after the last step. With `failedAt`, the pass stopped there on an internal
	 * error: the blocks from there on (and quotes still waiting for a speaker) get no speakers.
	 */
	finish(failedAt?: number): Attribution {
		const result = this.result;
		if (failedAt === undefined) this.flush(this.blocks.length);
		else for (let k = failedAt; k < result.length; k++) result[k] = [];
		const used = new Set<Entity>();
		for (const list of result) for (const entity of list) used.add(entity);
		const speakers = [...used]
			.sort((a, b) => a.firstSpoke - b.firstSpoke || a.order - b.order)
			.map(entity => ({
				name: entity.name,
				aliases: [...entity.aliases].filter(alias => alias.toLowerCase() !== entity.name.toLowerCase()),
				role: entity.role,
				kind: (entity.organisation && !entity.personLike ? 'organisation' : entity.personLike ? 'person' : 'organisation') as
					| 'person'
					| 'organisation',
			}));
		const byBlock = new Array<string[]>(result.length);
		for (let k = 0; k < result.length; k++) {
			const list = result[k]!;
			const names = new Array<string>(list.length);
			for (let e = 0; e < list.length; e++) names[e] = list[e]!.name;
			byBlock[k] = names;
		}
		return {byBlock, speakers};
	}

	/** Whether anything has been named as a sentence's subject so far. */
	private subjectSeen(): boolean {
		for (const mention of this.mentions) if (mention.subject) return true;
		return false;
	}

	/**
	 * Before anyone has spoken: block `index` with a speaking pronoun that found nobody waits; the
	 * first block with a speaker ends the wait, and gives the waiting blocks (and the quotes that
	 * went on from them) its speaker when that is a person of a fitting gender.
	 */
	private resolveOpening(index: number, speakers: readonly Entity[]): void {
		const waiting = this.openingQuotes!;
		if (speakers.length === 0) {
			if (this.openingPronoun !== undefined) waiting.push({index, gender: this.openingPronoun});
			return;
		}
		this.openingQuotes = null;
		const speaker = speakers.find(entity => entity.personLike);
		if (waiting.length === 0 || !speaker) return;
		if (speaker.gender && waiting.some(({gender}) => gender !== speaker.gender)) return;
		const first = waiting[0]!.index;
		const opened = new Set(waiting.map(({index}) => index));
		for (let k = first; k < index; k++) {
			const block = this.blocks[k]!;
			// The quotes that went on from a waiting block, without a speaker of their own.
			const continues = block.kind === 'quote' && !this.attributed[k] && !this.questions[k] && this.result[k]!.length === 0;
			if (opened.has(k) || continues) this.result[k] = [speaker];
		}
		if (speaker.firstSpoke < 0 || speaker.firstSpoke > first) speaker.firstSpoke = first;
	}

	/** Whether text block `index` ends with a colon and a dash quote follows it. */
	private introducesQuote(index: number): boolean {
		const tokens = this.tokens;
		if (tokens.length === 0 || tokens[tokens.length - 1]!.text !== ':') return false;
		const next = this.blocks[index + 1];
		return next !== undefined && (next.kind === 'quote' || (next.kind === 'text' && isQuotedBlock(next.text)));
	}

	/** Whether the text block before `index` ends with a colon. */
	private introducedByColon(index: number): boolean {
		const before = this.blocks[index - 1];
		return before !== undefined && before.kind === 'text' && /:\s*$/u.test(before.text);
	}

	private isQuestion(index: number, blocks: readonly Block[], store: TokenStore): boolean {
		const tokens = this.tokens;
		const last = tokens[tokens.length - 1];
		if (!last || last.text !== '?') return false;
		if (tokens.some(token => (token.w.bits & W.second) !== 0)) return true;
		const next = blocks[index + 1];
		if (!next || next.kind !== 'quote') return false;
		// "– Kva skjer no?" alone, and the answer after it: a short question is the journalist's.
		const oneSentence = tokens[tokens.length - 2]?.sentence === tokens[1]?.sentence;
		if (tokens.length <= 16 && oneSentence) return true;
		// "– Hva kan konkurrentene vente seg på Bislett der …?": one longer sentence opening with a question word.
		if (oneSentence && interrogatives.has(tokens[1]?.lower ?? '')) return true;
		const length = store.blockLength(index + 1);
		for (let k = 1; k < length; k++) {
			if ((store.wordAt(index + 1, k).bits & W.answer) !== 0) {
				const previous = store.wordAt(index + 1, k - 1).text;
				if (previous === ',' || previous === '!' || previous === '?') return true;
			}
		}
		return false;
	}
}

/** Objects between a verb and its particle besides definite nouns and names ("rår folk til å"). */
const genericObjects = new Set(['folk', 'alle', 'publikum', 'befolkningen', 'folket']);

/** Small numbers written out ("fem passasjerar"). */
const numberWords = new Set('to tre fire fem seks sju syv åtte ni ti elleve tolv'.split(' '));

/** A body named with its place ("politiet i Trøndelag"). */
const placed = / i \p{Lu}/u;

/** Unnamed sources: "kilder", "ei kjelde", "kilden". */
const sourceNoun = /^(?:kilde|kjelde)(?:r|n|a|ne|ene|ane)?$/u;

/** A paragraph that is one quotation in guillemets or curly quotes, and nothing else. */
const quotedBlock = /^[«“][^«»“”]*[»”][.!?]?$/u;

function isQuotedBlock(text: string): boolean {
	const first = text.charCodeAt(0);
	return (first === 0xab || first === 0x201c) && quotedBlock.test(text);
}

/** "P1", "P13": a radio channel of a broadcaster ("NRK P1"). */
const channelPattern = /^P\d{1,2}$/u;

/** The short name of a public body: "Vegvesenet", "Mattilsynet", "Skatteetaten", "Kystverket". */
const agencyName = /^(?:vegvesenet|\p{L}{3,}(?:tilsynet|direktoratet|etaten|verket|tinget|forbundet|departementet|instituttet))$/u;

/** Offices that are agencies too ("Statsforvaltaren i Vestland", "Fylkesmannen i Troms"). */
const officeTitle = /(?:statsforvalt[ae]r|fylkesmann)(?:en|a)?$/u;

/** "1", "12": a short number, an ordinal before a title ("1. nestleiar") or a count ("2 naboar"). */
function isShortNumber(text: string): boolean {
	const first = text.charCodeAt(0);
	const last = text.charCodeAt(text.length - 1);
	return text.length <= 2 && first >= 48 && first <= 57 && last >= 48 && last <= 57;
}
const groupPronouns = new Set(['de', 'dei', 'begge']);
const titleAbbreviations = new Set(['adm', 'dir', 'prof', 'dr']);
const deputy = /^(?:nest|vise|vara)/u;
const receivingAuxiliaries = new Set(['får', 'fikk', 'fekk']);
const otherWords = new Set(['annen', 'annan', 'anna', 'annet']);
/** "i forrige uke", "i førre veke": a time before a particle ("slo i forrige uke fast at"). */
const timeModifiers = new Set(['forrige', 'førre', 'neste', 'siste', 'denne', 'dette']);
const quantifiers = new Set('flere fleire mange noen nokre nokon få alle to tre fire fem seks'.split(' '));

/** Whether `roles` hold `role` as another owner's ("dup-leiar" for "leiar", when the owner is "labour"). */
function ownedElsewhere(roles: ReadonlySet<string>, role: string, owner: string): boolean {
	for (const other of roles) {
		if (other.endsWith(`-${role}`) && other.slice(0, other.length - role.length - 1) !== owner) return true;
	}
	return false;
}
const interrogatives = new Set('hva kva hvem kven hvordan korleis kossen hvorfor kvifor hvor kor når hvilken hvilke kva for'.split(' '));
const writingVerbs = new Set('skriver skriv skrev skreiv skrevet skrive skrivi'.split(' '));
const topLevelDomains = new Set(['no', 'com', 'org', 'net', 'se', 'dk', 'uk', 'eu']);

/** Adjectives that make "Det/Den … forbundet" a proper name ("internasjonale", "europeiske", "norske"). */
const properAdjective = /(?:iske|ske|nasjonale)$/u;

/** The gender of a family-role noun ending `head` ("tobarnsmora" → f), undefined for none. */
const relationGender = memoised((head: string): Gender | null | undefined => {
	for (const [noun, gender] of relationNouns) {
		if (noun.length >= 3 && head.endsWith(noun) && looksDefinite(noun)) return gender;
	}
	return undefined;
});

/** A family role with more before it ("tobarnsmora", "trebarnsfaren"), not the bare noun. */
const relationCompound = memoised((head: string): boolean => {
	for (const noun of relationNouns.keys()) if (head.length >= noun.length + 3 && head.endsWith(noun) && looksDefinite(noun)) return true;
	return false;
});

const isAgencyName = memoised((lower: string) => agencyName.test(lower));

/**
 * Whether a sentence-initial organisation noun keeps its capital as a name: the article writes it
 * capitalised inside a sentence too, or it is the short name of a public body ("Vegvesenet seier").
 */
function keepsCapital(token: Token): boolean {
	return token.cap && (token.w.knownCap || isAgencyName(token.lower) || capitalisedAfterHyphen.test(token.text));
}

/**
 * The last word of the office in a name's prefix: where its field begins, the word before ("innsatsleiar
 * i politiet" is an "innsatsleiar", not "politiet"); else the last word.
 */
function officeEnd(prefix: readonly Token[]): number {
	for (let index = 1; index < prefix.length; index++) if ((prefix[index]!.w.bits & W.preposition) !== 0) return index - 1;
	return prefix.length - 1;
}

/** "Trønder-Avisa", "Romsdals-Budstikka": a capital after the hyphen too makes a compound a name. */
const capitalisedAfterHyphen = /^\p{Lu}[^-]*-\p{Lu}/u;

const none: readonly string[] = [];

/** The empty prefix of `simplePhrase` (never written to: `withToken` makes a new array). */
const noTokens: Token[] = [];

/** `list` with `token` added: a new one-element array for the empty `noTokens`. */
function withToken(list: Token[], token: Token): Token[] {
	if (list === noTokens) return [token];
	list.push(token);
	return list;
}

/** The gender of a phrase that is one singular personal pronoun ("han", "ho"), else undefined. */
function speakingPronoun(phrase: Phrase): Gender | undefined {
	const ref = phrase.refs.length === 1 ? phrase.refs[0]! : null;
	return ref?.type === 'pronoun' ? (ref.gender ?? undefined) : undefined;
}

function isGroupRef(ref: Ref): boolean {
	return ref.type === 'group';
}

function isNameRef(ref: Ref): boolean {
	return ref.type === 'name';
}

/** The references that make a sentence's opening phrase its subject. */
function isSubjectRef(ref: Ref): boolean {
	return ref.type === 'name' || ref.type === 'title' || ref.type === 'pronoun' || ref.type === 'group' || (ref.type === 'organisation' && ref.acronym !== null);
}

/** The shared "nobody" of `analyse` (never written to). */
const noEntities: Entity[] = [];

/** The texts of tokens [from, to) (one array, no intermediate slice). */
function textsOf(tokens: readonly Token[], from: number, to: number): string[] {
	const end = Math.min(to, tokens.length);
	const texts = new Array<string>(Math.max(0, end - from));
	let n = 0;
	for (let k = from; k < end; k++) {
		const text = tokens[k]!.text;
		// "G." of "Frederik G. Ranke": an initial keeps its full stop.
		if (text === '.' && n > 0) texts[n - 1] += '.';
		else texts[n++] = text;
	}
	if (n < texts.length) texts.length = n;
	return texts;
}

/** toLowerCase, memoised: names and forms are lowered again and again. */
const lowerCase = memoised((text: string) => text.toLowerCase(), 50000);
/** Marks after which a verb of saying can end a dash quote (", sier X", "? spør X"). */
const quoteClosers = new Set([',', '!', '?', '…', '»', '”']);

/** "en", "ei", "ein", and the neuter "et", "ett", "eit" ("ett av styremedlemmene"). */
const indefiniteArticles = new Set(['en', 'ei', 'ein', 'et', 'ett', 'eit']);

const declinableVerbs = new Set('svarer svarar svarte svara kommenterer kommenterar kommenterte kommentera'.split(' '));
const negations = ['ikke', 'ikkje', 'aldri'];

/** Days and times of day that may stand between a verb and its particle ("sa tysdag kveld ja til"). */
const timeWords = new Set(
	'mandag måndag tirsdag tysdag onsdag torsdag fredag lørdag laurdag søndag sundag kveld kvelden morgen morgon morgonen morgenen ettermiddag ettermiddagen natt natta natten'.split(' '),
);

/** Finite verbs among function words ("er", "står", "kom") and past/present endings. */
const finiteFunctionVerbs = new Set(
	'er var har hadde vil ville skal skulle kan kunne må måtte blir ble vart vert får fikk fekk går gikk gjekk kom kjem kommer tar tok gjer gjør gjorde ser såg står sto stod ligger ligg lå'.split(' '),
);
const finiteEnding = /(?:er|ar|te|et|de|dde)$/u;

/** Present participles and adverbs used before a title ("administrerende", "fungerande", "daglig"). */
const modifierEnding = /(?:ende|ande|ig|eg)$/u;

/** A year ("i 2021"), read as a time word. */
const yearPattern = /^(?:1[89]|20)\d\d$/u;

/** Verbs of speaking aloud, which an organisation does not do ("sa", not "skriver" or "opplyser"). */
const oralVerbs = new Set('sier seier sa fortel forteller fortalte fortalde legger legg la svarer svarar svarte svara spør spurte spurde'.split(' '));

/** Words after "kalle" that make it a summons or a call, not a judgement ("kalla inn", "kalte opp"). */
const calledParticles = new Set(['inn', 'opp', 'tilbake', 'fram', 'frem', 'ut', 'på', 'til', 'heim', 'hjem']);

/** Verbs of asking: in a clause of when ("då NTB spurde"), the one who asks is not the speaker. */
const askingVerbs = new Set('spør spurte spurde spurt'.split(' '));

/** Verbs after "Etter det X …" that make X the source ("erfarer", "får opplyst", "kjenner til"). */
const knowledgeVerbs = new Set('erfarer erfarar får fikk fekk har hadde kjenner forstår'.split(' '));

/** An unnamed person introduced with an indefinite article ("en dørvakt", "ei kvinne"). */
const indefinitePerson = /^(?:en|ein|ei|et|eit) /u;

/** Past-tense endings of weak verbs ("beroliget", "advarte", "lova"). */
const pastEnding = /(?:et|te|de|dde)$/u;

/** Whether a word looks like a finite verb (a verb of saying, a common verb, a typical ending). */
function finiteLooking(token: Token): boolean {
	if (token.w.verb || finiteFunctionVerbs.has(token.lower)) return true;
	if ((token.w.bits & W.function) !== 0) return false;
	return token.lower.length >= 4 && finiteEnding.test(token.lower);
}

const titleStems = memoised((word: string): readonly string[] => computeTitleStems(word));

function computeTitleStems(word: string): string[] {
	const lower = word.toLowerCase();
	const parts = lower.includes('-') ? [lower, lower.slice(lower.lastIndexOf('-') + 1)] : [lower];
	const stems: string[] = [];
	for (const part of parts) {
		for (const suffix of ['', 'en', 'a', 'et', 'n', 'i', 'ane', 'ene']) {
			if (!part.endsWith(suffix)) continue;
			const s = part.slice(0, part.length - suffix.length);
			if (suffix === 'n' && !s.endsWith('e')) continue;
			if (s.length >= 3 && !stems.includes(s)) stems.push(s);
		}
	}
	return stems;
}

/**
 * How well a title noun's stems fit a role word: 3 the same, 2 a narrower title ("statsadvokat"
 * for "advokaten", "fiskeriminister" for "statsråden"), 1 a related one.
 */
function titleScore(stems: readonly string[], role: string, narrower: readonly string[]): number {
	let score = 0;
	for (const s of stems) {
		if (s === role) return 3;
		if (s.length >= 5 && role.endsWith(s)) score = Math.max(score, 2);
		else if (role.length >= 5 && s.endsWith(role)) score = Math.max(score, 1);
	}
	if (score < 2) for (const ending of narrower) if (role.endsWith(ending)) return 2;
	return score;
}

/**
 * The title phrase at the end of the words before a name: the head noun and what belongs to it
 * (genitives, adjectives, title modifiers, "kommunal- og"), not the words of the clause before it
 * ("Torsdag møttes USAs utenriksminister" → "USAs utenriksminister").
 */
function rolePhrase(prefix: readonly Token[]): readonly Token[] {
	let k = prefix.length - 1;
	while (k > 0) {
		const token = prefix[k - 1]!;
		const belongs =
			token.w.title ||
			token.w.hyphenEnd ||
			token.w.commonCompound ||
			titleModifiers.has(token.lower) ||
			(token.w.adjective && (token.w.bits & W.function) === 0 && !token.w.verb) ||
			(token.lower === 'og' && k >= 2 && prefix[k - 2]!.w.hyphenEnd) ||
			(token.w.bits & (W.possessive | W.determiner)) !== 0 ||
			(token.cap && token.lower.endsWith('s') && token.lower.length > 2 && !token.w.verb);
		if (!belongs) break;
		k--;
	}
	return prefix.slice(k);
}

/** Where an attribution run is, for the safety net. */
type Progress = {attributor: Attributor | null; index: number};

/**
 * The passes, stepped: tokenize every block, build the registry, attribute block by block.
 * Yields (blocks attributed so far) whenever `budgetMs` is used up, checked every 64 blocks.
 * Throws on an internal error; `progress` tells how far it got.
 */
function* passes(blocks: readonly Block[], budgetMs: number, progress: Progress): Generator<number, Attribution, void> {
	// The loops run in batches of 64 blocks in plain functions: a generator's own loops are never
	// optimised while it runs (no on-stack replacement), and a long article runs each pass once.
	const n = blocks.length;
	let deadline = performance.now() + budgetMs;
	const store = new TokenStore();
	store.reserve(totalChars(blocks));
	for (let from = 0; from < n; from += batch) {
		const to = Math.min(n, from + batch);
		addBlocks(store, blocks, from, to);
		if (to - from === batch && performance.now() >= deadline) {
			yield 0;
			deadline = performance.now() + budgetMs;
		}
	}
	store.finish();
	const builder = new RegistryBuilder(store);
	for (let from = 0; from < n; from += batch) {
		const to = Math.min(n, from + batch);
		registerBlocks(builder, from, to);
		if (to - from === batch && performance.now() >= deadline) {
			yield 0;
			deadline = performance.now() + budgetMs;
		}
	}
	const attributor = new Attributor(builder.finish());
	attributor.start(blocks, store);
	progress.attributor = attributor;
	for (let from = 0; from < n; from += batch) {
		const to = Math.min(n, from + batch);
		stepBlocks(attributor, progress, from, to);
		if (to - from === batch && to < n && performance.now() >= deadline) {
			yield to;
			deadline = performance.now() + budgetMs;
		}
	}
	progress.index = n;
	return attributor.finish();
}

/** Blocks per batch of `passes` (the budget is checked after each full batch). */
const batch = 64;

function totalChars(blocks: readonly Block[]): number {
	let chars = 0;
	for (let index = 0; index < blocks.length; index++) chars += blocks[index]!.text.length;
	return chars;
}

function addBlocks(store: TokenStore, blocks: readonly Block[], from: number, to: number): void {
	for (let index = from; index < to; index++) store.add(blocks[index]!.text);
}

function registerBlocks(builder: RegistryBuilder, from: number, to: number): void {
	for (let index = from; index < to; index++) builder.add(index);
}

/** Steps blocks [from, to); `progress.index` tells which block a failure was in. */
function stepBlocks(attributor: Attributor, progress: Progress, from: number, to: number): void {
	for (let index = from; index < to; index++) {
		progress.index = index;
		attributor.step(index);
	}
}

/** Attribution without the safety net (for tests). */
export function attributeBlocksStrict(blocks: readonly Block[]): Attribution {
	const steps = passes(blocks, Number.POSITIVE_INFINITY, {attributor: null, index: 0});
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * Runs attribution in steps of about `budgetMs`; each `next()` does one step. The final value is
 * the Attribution, the same as `attributeBlocks`. The yielded numbers are the blocks attributed so
 * far (0 while the article is still being read). Never throws: on an internal error the blocks
 * not yet attributed get no speakers (all blocks, if it fails before attribution starts).
 */
export function* attributeIncrementally(blocks: readonly Block[], budgetMs = 8): Generator<number, Attribution, void> {
	const progress: Progress = {attributor: null, index: 0};
	let steps: Generator<number, Attribution, void>;
	try {
		steps = passes(blocks, budgetMs, progress);
	} catch {
		return empty(blocks);
	}
	for (;;) {
		let step: IteratorResult<number, Attribution>;
		try {
			step = steps.next();
		} catch {
			return fallback(blocks, progress);
		}
		if (step.done) return step.value;
		yield step.value;
	}
}

function empty(blocks: readonly Block[]): Attribution {
	const byBlock: string[][] = [];
	for (let k = 0; k < (blocks?.length ?? 0); k++) byBlock.push([]);
	return {byBlock, speakers: []};
}

function fallback(blocks: readonly Block[], progress: Progress): Attribution {
	try {
		if (progress.attributor) return progress.attributor.finish(progress.index);
	} catch {
		// fall through
	}
	return empty(blocks);
}

/** Speakers for every block; never throws (falls back to no speakers). */
export function attributeBlocks(blocks: readonly Block[]): Attribution {
	const steps = attributeIncrementally(blocks, Number.POSITIVE_INFINITY);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
