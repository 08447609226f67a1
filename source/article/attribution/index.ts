/**
 * Speaker attribution for Norwegian wire text (Bokmål and Nynorsk).
 *
 * Two linear passes: `buildRegistry` collects the name forms, titles and organisations the
 * article uses; then every block is read in order, keeping a small discourse state (recent
 * subjects for pronouns, titles, the last speaker for quote continuation).
 */
import type {Block} from '../types';
import {
	isOrganisationWord,
	isTitleWord,
	looksDefinite,
	objectPronouns,
	personalPronouns,
	relationNouns,
	titleGender,
	titleHead,
	type Gender,
	type VerbInfo,
	W,
} from './lexicon';
import {
	RegistryBuilder,
	headStem,
	headStems,
	isAcronym,
	nameRunEnd,
	organisationByHead,
	organisationEnd,
	parentheticalAcronym,
	skipParenthetical,
	type Registry,
} from './names';
import {sentences, TokenStore, type Token} from './tokens';

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
	organisation: boolean;
	firstSpoke: number;
	order: number;
};

type Ref =
	| {type: 'name'; words: string[]; prefix: Token[]}
	| {type: 'organisation'; text: string; head: string; acronym: string | null}
	| {type: 'pronoun'; gender: Gender | null}
	| {type: 'group'}
	| {type: 'title'; head: string; text: string};

type Phrase = {refs: Ref[]; end: number};

type Mode = 'subject' | 'after' | 'source';

const boundaryPunct = new Set([',', ';', ':', '–', '—', '(', ')']);
const maxLookBack = 40;

class Attributor {
	private readonly entities = new Map<string, Entity>();
	private readonly order: Entity[] = [];
	private readonly mentions: {entity: Entity; subject: boolean}[] = [];
	private readonly byTitleHead = new Map<string, Entity[]>();
	private readonly organisations: Entity[] = [];
	private group: {entities: Entity[]; sentence: number} | null = null;
	private sentenceCounter = 0;
	private clock = 0;
	private tokens: readonly Token[] = [];
	private readonly resolved = new Map<number, Entity[]>();

	constructor(private readonly registry: Registry) {}

	// ---------------------------------------------------------------- entities

	private entity(name: string): Entity {
		const key = name.toLowerCase();
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
		const lower = word.toLowerCase().replace(/-$/u, '');
		if (lower.length < 3 || entity.roleWords.has(lower)) return;
		entity.roleWords.add(lower);
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
		if (h.length >= 3) entity.heads.add(h);
	}

	private mention(entity: Entity, subject: boolean): void {
		this.mentions.push({entity, subject});
		if (this.mentions.length > 400) this.mentions.splice(0, 200);
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
			if (token.kind === 'word' && (token.w.bits & W.adverb) !== 0) j++;
			else if (token.text === '(') {
				const next = skipParenthetical(this.tokens, j);
				if (next === j) break;
				j = next;
			} else break;
		}
		return j;
	}

	/** Skips a prepositional phrase of place or affiliation after a name ("i Vestkyst Ferjer"). */
	private skipAffiliation(i: number): number {
		const preposition = this.word(i);
		if (!preposition || !['i', 'ved', 'hos', 'fra', 'frå', 'på'].includes(preposition.lower)) return i;
		let j = i + 1;
		const organisation = organisationEnd(this.tokens, j, this.registry);
		if (organisation > j) return skipParenthetical(this.tokens, organisation);
		const run = nameRunEnd(this.tokens, j, this.registry);
		if (run > j) return skipParenthetical(this.tokens, run);
		// "i samferdselsutvalet i fylkestinget": a definite noun, possibly nested once more.
		const noun = this.word(j);
		if (noun && !noun.cap && noun.w.definite && (noun.w.bits & W.function) === 0 && !noun.w.verb) {
			j++;
			const afterName = nameRunEnd(this.tokens, j, this.registry);
			if (afterName > j) j = afterName;
			const nested = this.skipAffiliation(j);
			return nested;
		}
		return i;
	}

	/** A comma-enclosed name after a noun: "motpart, Sergej Lavrov," → the name. */
	private apposition(i: number): Phrase | null {
		if (this.tokens[i]?.text !== ',') return null;
		const inner = this.simplePhrase(i + 1, 'subject', true);
		if (!inner || inner.refs.length !== 1 || inner.refs[0]!.type !== 'name') return null;
		if (this.tokens[inner.end]?.text !== ',') return null;
		return {refs: inner.refs, end: inner.end + 1};
	}

	private simplePhrase(start: number, mode: Mode, nameOnly = false): Phrase | null {
		const first = this.word(start);
		if (!first) return null;
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
		if (first.w.acronym && first.text !== first.text.toLowerCase()) {
			const text = first.text.endsWith('s') && first.text.length > 2 ? first.text.slice(0, -1) : first.text;
			const genitive = text !== first.text;
			if (!genitive || mode === 'source' || !this.word(start + 1) || ((this.tokens[start + 1]?.w.bits ?? 0) & W.info) !== 0) {
				let end = start + 1;
				if (genitive && this.word(end) && (this.tokens[end]!.w.bits & W.info) !== 0) end++;
				return {refs: [{type: 'organisation', text, head: text, acronym: text}], end};
			}
		}
		const prefix: Token[] = [];
		let i = start;
		if ((first.w.bits & W.determiner) !== 0 || ((first.w.bits & W.possessive) !== 0 && !this.startsName(start))) {
			const next = this.word(start + 1);
			if (!next || next.w.verb || (next.w.bits & W.function) !== 0) return null;
			prefix.push(first);
			i++;
		}
		while (i < this.tokens.length && prefix.length < 6) {
			const token = this.word(i);
			if (!token) break;
			if (token.cap && token.w.commonCompound && !token.sentenceStart) {
				// "Brann-trener Ida Fjeld": a compound title before the name.
				prefix.push(token);
				i++;
				continue;
			}
			if (token.cap) {
				const organisation = organisationEnd(this.tokens, i, this.registry);
				if (organisation > i) {
					const words = this.tokens.slice(i, organisation).map(t => t.text);
					const acronym = parentheticalAcronym(this.tokens, organisation);
					const end = skipParenthetical(this.tokens, organisation);
					const text = words.join(' ');
					if (acronym) this.registry.acronyms.set(acronym, text);
					return {refs: [{type: 'organisation', text, head: words[words.length - 1]!, acronym}], end: this.skipAffiliation(end)};
				}
				const run = nameRunEnd(this.tokens, i, this.registry);
				const next = this.tokens[i + 1];
				const genitive =
					token.lower.endsWith('s') &&
					token.lower.length > 2 &&
					next !== undefined &&
					next.kind === 'word' &&
					(!next.cap || next.w.hyphenEnd) &&
					this.isGenitive(i);
				if (genitive && run <= i + 1) {
					if ((next.w.bits & W.info) !== 0) {
						// "ifølge NTBs beregninger": the genitive owner is the source.
						return {refs: [{type: 'name', words: [token.text.slice(0, -1)], prefix: []}], end: i + 2};
					}
					prefix.push(token);
					i++;
					continue;
				}
				if (run > i) {
					const words = this.tokens.slice(i, run).map(t => t.text);
					let end = skipParenthetical(this.tokens, run);
					const acronym = parentheticalAcronym(this.tokens, run);
					if (acronym && words.some(w => isOrganisationWord(w))) this.registry.acronyms.set(acronym, words.join(' '));
					end = this.skipAffiliation(end);
					const ref: Ref = {type: 'name', words, prefix: prefix.slice()};
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
						prefix.push(token, this.tokens[i + 1]!);
						i += 2;
						continue;
					}
					prefix.push(token);
					i++;
					if (token.w.definite && !this.startsName(i)) break;
					continue;
				}
				break;
			}
			if (token.w.hyphenEnd && this.tokens[i + 1]?.lower === 'og') {
				prefix.push(token, this.tokens[i + 1]!);
				i += 2;
				continue;
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
			prefix.push(token);
			i++;
			// A definite noun closes the phrase unless a name follows ("nyhetsbyrået Reuters").
			if ((token.w.definite || token.w.title || token.w.organisation) && !this.startsName(i)) {
				if (token.w.definite || mode === 'source') break;
			}
		}
		if (prefix.length === 0) return null;
		const headToken = prefix[prefix.length - 1]!;
		if (headToken.lower === 'og' || headToken.w.hyphenEnd) return null;
		const afterHead = this.skipAffiliation(i);
		const appositionAt = this.apposition(afterHead) ?? this.apposition(i);
		if (appositionAt) {
			const ref = appositionAt.refs[0]!;
			if (ref.type === 'name') ref.prefix = [...prefix, ...ref.prefix];
			return appositionAt;
		}
		if (nameOnly) return null;
		const head = headToken.lower;
		const definite = looksDefinite(head) || isOrganisationWord(head);
		if (!definite && mode !== 'source') return null;
		if (mode === 'source' && (prefix[0]!.w.bits & W.indefinite) !== 0) return null;
		const words = prefix.map(t => t.text);
		if (words[0] && prefix[0]!.sentenceStart && !isAcronym(words[0])) words[0] = words[0].toLowerCase();
		let text = words.join(' ');
		let end = i;
		// "Den russiske ambassaden i Oslo": keep a place after an organisation noun.
		if (isOrganisationWord(head) && !isTitleWord(head) && this.word(i)?.lower === 'i') {
			const place = nameRunEnd(this.tokens, i + 1, this.registry);
			if (place > i + 1 && place - i <= 3) {
				text = `${text} ${this.tokens.slice(i, place).map(t => t.text).join(' ')}`;
				end = place;
			}
		}
		if (prefix[0] && (prefix[0].w.bits & W.determiner) !== 0 && prefix[0].sentenceStart) {
			text = text.charAt(0).toUpperCase() + text.slice(1);
		}
		return {refs: [{type: 'title', head, text}], end: end === i ? afterHead : end};
	}

	/** "Russlands", "Høyres (parlamentariske) leder": a capitalised genitive before a noun. */
	private isGenitive(i: number): boolean {
		const token = this.tokens[i]!;
		const stripped = token.lower.replace(/'?s$/u, '');
		if (this.registry.knownCaps.has(stripped) || this.candidateForms(stripped).length > 0) return true;
		if (this.registry.acronyms.has(token.text.slice(0, -1))) return true;
		for (let j = i + 1; j < this.tokens.length && j <= i + 3; j++) {
			const word = this.tokens[j]!;
			if (word.kind !== 'word' || word.cap) return false;
			if (word.w.title || word.w.organisation || (word.w.bits & W.info) !== 0) return true;
			if (!word.w.adjective) return false;
		}
		return false;
	}

	private startsName(i: number): boolean {
		return nameRunEnd(this.tokens, i, this.registry) > i;
	}

	/** A noun phrase, with "og" coordination ("Han og datteren Siri Lie"). */
	private phrase(start: number, mode: Mode): Phrase | null {
		let i = start;
		while (this.word(i) && (this.tokens[i]!.lower === 'også' || this.tokens[i]!.lower === 'òg')) i++;
		const first = this.simplePhrase(i, mode);
		if (!first) return null;
		const refs = [...first.refs];
		let end = first.end;
		for (let n = 0; n < 3 && this.word(end)?.lower === 'og'; n++) {
			const next = this.simplePhrase(end + 1, mode);
			if (!next || next.refs.some(ref => ref.type === 'group')) break;
			refs.push(...next.refs);
			end = next.end;
		}
		return {refs, end};
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
				return [entity];
			}
			case 'title':
				return this.resolveTitle(ref.head, ref.text);
			case 'name':
				return this.resolveName(ref, start);
		}
	}

	private resolvePronoun(gender: Gender | null): Entity | null {
		const from = Math.max(0, this.mentions.length - 80);
		for (const subjectOnly of [true, false]) {
			for (let k = this.mentions.length - 1; k >= from; k--) {
				const {entity, subject} = this.mentions[k]!;
				if (!entity.personLike || (subjectOnly && !subject)) continue;
				if (gender && entity.gender && entity.gender !== gender) continue;
				return entity;
			}
		}
		return null;
	}

	private candidateForms(word: string): string[] {
		const lower = word.toLowerCase();
		return [...(this.registry.bySurname.get(lower) ?? []), ...(this.registry.byFirstName.get(lower) ?? [])];
	}

	private mostRecent(forms: readonly string[]): string | undefined {
		let best: string | undefined;
		let bestClock = -1;
		for (const form of forms) {
			const entity = this.entities.get(form.toLowerCase());
			const clock = entity ? (this.lastSeen.get(entity) ?? 0) : -1;
			if (best === undefined || clock > bestClock) {
				best = form;
				bestClock = clock;
			}
		}
		return best;
	}

	private readonly lastSeen = new Map<Entity, number>();

	private resolveName(ref: Extract<Ref, {type: 'name'}>, start: number): Entity[] {
		let words = ref.words.slice();
		const last = words[words.length - 1]!;
		const lowerLast = last.toLowerCase();
		// Genitive: "Putins" → "Putin" when only the bare form is known.
		if (lowerLast.endsWith('s') && !lowerLast.endsWith('ss') && lowerLast.length > 3) {
			const stripped = last.slice(0, -1);
			if (this.candidateForms(last).length === 0 && this.candidateForms(stripped).length > 0) {
				words = [...words.slice(0, -1), stripped];
			}
		}
		const surface = words.join(' ');
		let canonical = surface;
		// "Norsk Industri", "Statistisk sentralbyrå": a name opening with an adjective is an institution.
		let personLike = words.length >= 2 && !/(?:sk|ske)$/u.test(words[0]!.toLowerCase());
		if (words.length >= 2) {
			const forms = this.registry.bySurname.get(words[words.length - 1]!.toLowerCase()) ?? [];
			let best = '';
			for (const form of forms) {
				const formWords = form.split(' ');
				if (formWords.length < words.length) continue;
				const tail = formWords.slice(formWords.length - words.length).join(' ');
				if (tail.toLowerCase() === surface.toLowerCase() && form.length > best.length) best = form;
			}
			if (best) canonical = best;
		} else {
			const forms = this.candidateForms(surface);
			const picked = this.mostRecent(forms);
			if (picked) {
				canonical = picked;
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
		const roleWords = ref.prefix.filter(t => !t.cap || t.sentenceStart).map(t => t.lower);
		const organisationEvidence =
			words.some(w => isOrganisationWord(w)) ||
			(words.length >= 2 && !personLike) ||
			isAcronym(surface) ||
			canonical !== surface && !personLike ||
			roleWords.some(w => isOrganisationWord(w) && !isTitleWord(w));
		if (organisationEvidence && !personLike) {
			this.markOrganisation(entity, canonical.split(' ').pop() ?? canonical);
		} else if (personLike || roleWords.some(w => isTitleWord(w) || relationNouns.has(w))) {
			entity.personLike = true;
		}
		if (entity.personLike) this.learnRole(entity, ref.prefix);
		void start;
		return [entity];
	}

	private learnRole(entity: Entity, prefix: readonly Token[]): void {
		if (prefix.length === 0) return;
		const words = prefix.map((t, index) => (index === 0 && t.sentenceStart && !t.lower.endsWith('s') ? t.lower : t.text));
		if (!entity.role && prefix.some(t => t.w.title || (t.cap && t.lower.endsWith('s')))) {
			entity.role = words.join(' ');
		}
		for (let k = 0; k < prefix.length; k++) {
			const token = prefix[k]!;
			const lower = token.lower.replace(/-$/u, '');
			if (token.cap && !token.sentenceStart) continue;
			const gender = titleGender(lower);
			if (gender && !entity.gender) entity.gender = gender;
			if (isTitleWord(lower) || relationNouns.has(lower) || k === prefix.length - 1) this.addRoleWord(entity, lower);
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
					if (head === s || head.endsWith(s) || (s.endsWith(head) && head.length >= 4)) return entity;
				}
			}
		}
		return null;
	}

	private resolveTitle(head: string, text: string): Entity[] {
		const stems = titleStems(head);
		let best: Entity | null = null;
		let bestScore = 0;
		let bestClock = -1;
		const buckets = new Set<string>();
		for (const s of stems) {
			buckets.add(titleHead(s) ?? s);
			if (s === 'statsråd') buckets.add('minister');
		}
		for (const bucket of buckets) {
			const list = this.byTitleHead.get(bucket) ?? [];
			for (let k = list.length - 1; k >= 0 && k >= list.length - 60; k--) {
				const entity = list[k]!;
				for (const role of entity.roleWords) {
					const score = titleScore(stems, role);
					const clock = this.lastSeen.get(entity) ?? 0;
					if (score > bestScore || (score === bestScore && score > 0 && clock > bestClock)) {
						best = entity;
						bestScore = score;
						bestClock = clock;
					}
				}
			}
		}
		if (best) {
			best.aliases.add(text.toLowerCase());
			return [best];
		}
		if (!isTitleWord(head) || isOrganisationWord(head)) {
			const existing = this.organisationEntity(head);
			if (existing) {
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
		return [];
	}

	private resolvePhrase(phrase: Phrase, start: number, subject: boolean): Entity[] {
		const cached = this.resolved.get(start);
		if (cached) return cached;
		const result: Entity[] = [];
		for (const ref of phrase.refs) {
			for (const entity of this.resolve(ref, start)) if (!result.includes(entity)) result.push(entity);
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
	private subjectOf(k: number, verb: VerbInfo, sentenceStart: number): {phrase: Phrase; start: number} | null {
		const starts: number[] = [];
		if (k - sentenceStart <= maxLookBack) starts.push(sentenceStart);
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
		if (clauseStart !== sentenceStart) starts.push(clauseStart);
		for (const start of starts) {
			if (start >= k) continue;
			const phrase = this.phrase(start, 'subject');
			if (phrase && this.skipAdverbs(phrase.end) === k) {
				if (verb.particle && this.tokens[this.skipAdverbs(k + 1)]?.lower !== verb.particle) return null;
				return {phrase, start};
			}
		}
		if (relative) return null;
		const coordinated =
			clauseStart !== sentenceStart &&
			this.skipAdverbs(clauseStart) === k &&
			['og', 'men'].includes(this.tokens[clauseStart - 1]?.lower ?? '');
		if (verb.straightOnly && !coordinated) return null;
		// Inverted order: the verb comes first in its clause, or after a fronted adverbial.
		const after = this.skipAdverbs(k + 1);
		const phrase = verb.straightOnly ? null : this.phrase(after, 'after');
		if (!phrase) {
			// "X støtter forslaget, men advarer mot …": a coordinated verb shares the subject.
			if (!coordinated) return null;
			const main = this.phrase(sentenceStart, 'subject');
			if (!main || main.end >= k) return null;
			if (verb.particle && this.tokens[this.skipAdverbs(k + 1)]?.lower !== verb.particle) return null;
			return {phrase: main, start: sentenceStart};
		}
		if (verb.particle && this.tokens[this.skipAdverbs(phrase.end)]?.lower !== verb.particle) return null;
		return {phrase, start: after};
	}

	/** Speakers of the sentences in [from, end) of the current tokens, in order. */
	private analyse(from: number): {speakers: Entity[]; anaphoric: Entity[] | null} {
		const speakers: Entity[] = [];
		let anaphoric: Entity[] | null = null;
		for (const span of sentences(this.tokens)) {
			if (span.end <= from) continue;
			this.sentenceCounter++;
			let start = Math.max(span.start, from);
			while (start < span.end && this.tokens[start]!.kind === 'punct') start++;
			if (start >= span.end) continue;
			const firstToken = this.tokens[start]!;
			// The subject at the start of a sentence is salient for later pronouns.
			if (start === span.start || firstToken.sentenceStart) {
				if (!firstToken.inQuotes && (firstToken.w.bits & W.determiner) === 0) {
					const phrase = this.phrase(start, 'subject');
					if (phrase && phrase.refs.some(ref => ref.type === 'name' || ref.type === 'title' || ref.type === 'pronoun' || ref.type === 'group')) {
						this.resolvePhrase(phrase, start, true);
					}
				}
			}
			const isFirstSentence = speakers.length === 0 && anaphoric === null;
			for (let k = start; k < span.end; k++) {
				const token = this.tokens[k]!;
				if (token.kind !== 'word' || token.inQuotes) continue;
				let found: Entity[] = [];
				if ((token.w.bits & W.source) !== 0) {
					const phrase = this.phrase(k + 1, 'source');
					if (phrase) found = this.resolvePhrase(phrase, k + 1, false);
				} else {
					const verb = token.w.verb;
					if (!verb) continue;
					const subject = this.subjectOf(k, verb, start);
					if (!subject) continue;
					found = this.resolvePhrase(subject.phrase, subject.start, true);
					if (
						isFirstSentence &&
						k === start + 1 &&
						(firstToken.lower === 'det' || firstToken.lower === 'dette') &&
						found.length > 0
					) {
						anaphoric = found;
					}
				}
				for (const entity of found) if (!speakers.includes(entity)) speakers.push(entity);
			}
		}
		return {speakers, anaphoric};
	}

	/** Where the quoted words of a dash quote end: the attribution ", sier X" or "Det sier X". */
	private quoteEnd(): {index: number; verb: string | null} {
		const tokens = this.tokens;
		for (let k = 1; k < tokens.length; k++) {
			const token = tokens[k]!;
			if (token.kind !== 'word' || token.inQuotes) continue;
			const previous = tokens[k - 1]!;
			const verb = token.w.verb;
			if (verb && !verb.straightOnly && [',', '!', '?', '…', '»', '”'].includes(previous.text)) {
				const after = this.skipAdverbs(k + 1);
				const phrase = this.phrase(after, 'after');
				if (phrase && (!verb.particle || tokens[this.skipAdverbs(phrase.end)]?.lower === verb.particle)) {
					return {index: k, verb: token.lower};
				}
			}
			if (
				token.sentenceStart &&
				(token.lower === 'det' || token.lower === 'dette') &&
				tokens[k + 1] &&
				tokens[k + 1]!.w.verb
			) {
				return {index: k, verb: tokens[k + 1]!.lower};
			}
		}
		return {index: tokens.length, verb: null};
	}

	// ---------------------------------------------------------------- blocks

	// Per-block state of the final pass (see `step`).
	private blocks: readonly Block[] = [];
	private store: TokenStore | null = null;
	private result: Entity[][] = [];
	private attributed: boolean[] = [];
	private anaphoric: (Entity[] | null)[] = [];
	private pending: number[] = [];

	/** Prepares the final pass over `blocks` (tokenised in `store`). */
	start(blocks: readonly Block[], store: TokenStore): void {
		this.blocks = blocks;
		this.store = store;
		const n = blocks.length;
		this.result = new Array<Entity[]>(n);
		this.attributed = new Array<boolean>(n);
		this.anaphoric = new Array<Entity[] | null>(n);
		for (let k = 0; k < n; k++) {
			this.result[k] = [];
			this.attributed[k] = false;
			this.anaphoric[k] = null;
		}
		this.pending = [];
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

	private flush(next: number): void {
		const pending = this.pending;
		if (pending.length === 0) return;
		const blocks = this.blocks;
		const first = pending[0]!;
		const before = first - 1;
		const a = this.lastSpeaker(before);
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
		for (const index of pending) this.result[index] = speaker ? [speaker] : [];
		if (speaker) {
			this.mention(speaker, true);
			this.lastSeen.set(speaker, ++this.clock);
		}
		this.pending = [];
	}

	/** Attributes block `index`; blocks must be stepped in order, then `finish` called. */
	step(index: number): void {
		const block = this.blocks[index]!;
		const store = this.store!;
		if (block.kind === 'heading') {
			this.flush(index);
			return;
		}
		this.tokens = store.load(index);
		this.resolved.clear();
		let from = 0;
		if (block.kind === 'quote') {
			const end = this.quoteEnd();
			from = end.index;
			if (from >= this.tokens.length) {
				// An unattributed quote: a journalist's question, or a continuation.
				if (this.isQuestion(index, this.blocks, store)) {
					this.flush(index);
					return;
				}
				this.pending.push(index);
				return;
			}
		}
		const analysis = this.analyse(from);
		this.result[index] = analysis.speakers;
		this.anaphoric[index] = analysis.anaphoric;
		this.attributed[index] = block.kind === 'quote';
		for (const entity of analysis.speakers) if (entity.firstSpoke < 0) entity.firstSpoke = index;
		this.flush(index);
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

	private isQuestion(index: number, blocks: readonly Block[], store: TokenStore): boolean {
		const tokens = this.tokens;
		const last = tokens[tokens.length - 1];
		if (!last || last.text !== '?') return false;
		if (tokens.some(token => (token.w.bits & W.second) !== 0)) return true;
		const next = blocks[index + 1];
		if (!next || next.kind !== 'quote') return false;
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

function titleStems(word: string): string[] {
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

function titleScore(stems: readonly string[], role: string): number {
	let score = 0;
	for (const s of stems) {
		if (s === role) return 3;
		if (s.length >= 5 && role.endsWith(s)) score = Math.max(score, 2);
		else if (role.length >= 5 && s.endsWith(role)) score = Math.max(score, 1);
		else if (s === 'statsråd' && role.endsWith('minister')) score = Math.max(score, 1);
	}
	return score;
}

/** Where an attribution run is, for the safety net. */
type Progress = {attributor: Attributor | null; index: number};

/**
 * The passes, stepped: tokenize every block, build the registry, attribute block by block.
 * Yields (blocks attributed so far) whenever `budgetMs` is used up, checked every 64 blocks.
 * Throws on an internal error; `progress` tells how far it got.
 */
function* passes(blocks: readonly Block[], budgetMs: number, progress: Progress): Generator<number, Attribution, void> {
	const n = blocks.length;
	let deadline = performance.now() + budgetMs;
	const store = new TokenStore();
	let chars = 0;
	for (let index = 0; index < n; index++) chars += blocks[index]!.text.length;
	store.reserve(chars);
	for (let index = 0; index < n; index++) {
		store.add(blocks[index]!.text);
		if ((index & 63) === 63 && performance.now() >= deadline) {
			yield 0;
			deadline = performance.now() + budgetMs;
		}
	}
	store.finish();
	const builder = new RegistryBuilder(store);
	for (let index = 0; index < n; index++) {
		builder.add(index);
		if ((index & 63) === 63 && performance.now() >= deadline) {
			yield 0;
			deadline = performance.now() + budgetMs;
		}
	}
	const attributor = new Attributor(builder.finish());
	attributor.start(blocks, store);
	progress.attributor = attributor;
	for (let index = 0; index < n; index++) {
		progress.index = index;
		attributor.step(index);
		if ((index & 63) === 63 && index + 1 < n && performance.now() >= deadline) {
			yield index + 1;
			deadline = performance.now() + budgetMs;
		}
	}
	progress.index = n;
	return attributor.finish();
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
