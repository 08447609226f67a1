/**
 * A linear tokenizer and sentence splitter for news paragraphs.
 *
 * Speed matters here (a 14 MB article has ~2.5 million tokens), so the text is scanned by char
 * code, every distinct word is interned once per article as a `Word` (its lower-case form and
 * word-list memberships computed once), and the tokens of the whole article are kept compactly in
 * typed arrays (`TokenStore`). The engine reads one block at a time through `TokenStore.load`,
 * which fills a reused array of token objects: no object per token survives a block.
 */
import {isAcronym, isCommonCompound, looksAdjective} from './names';
import {givenNameGender, isOrganisationWord, isTitleWord, looksDefinite, speechVerb, titleHead, W, wordBits, type Gender, type VerbInfo} from './lexicon';

/** One distinct token text of an article, with what the engine asks about it (computed once). */
export class Word {
	readonly lower: string;
	readonly kind: 'word' | 'punct';
	/** Starts with an upper-case letter. */
	readonly cap: boolean;
	/** Word-list memberships of `lower` (`W` bits). */
	readonly bits: number;
	readonly verb: VerbInfo | undefined;
	readonly hyphenEnd: boolean;
	/** A capitalised word that can be part of a name (not "Brann-trener", "Det", "Teater-"). */
	readonly nameLike: boolean;
	/** Index in its store's `words` (-1 outside a store). */
	id = -1;
	/** Set after the article is read: the lower form is capitalised somewhere other than a sentence start. */
	knownCap = false;
	/** Set after the article is read: the lower form is seen in lower case. */
	lowerWord = false;
	private lazy = 0;
	private lazyValues = 0;

	constructor(readonly text: string) {
		const code = text.charCodeAt(0);
		const isWord =
			(code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
				? true
				: code < 128
					? false
					: letterOrDigit.test(text);
		this.kind = isWord ? 'word' : 'punct';
		this.cap = code >= 65 && code <= 90 ? true : code < 128 ? false : upper.test(text);
		this.lower = lowerOf(text);
		this.bits = isWord ? wordBits(this.lower) : 0;
		this.verb = isWord ? speechVerb(this.lower) : undefined;
		this.hyphenEnd = text.endsWith('-');
		// "al-Tamimi", "el-Sayed": an Arabic surname with its article in lower case.
		// "Fredagens seier": a weekday in the genitive is no name.
		this.nameLike =
			(isWord && this.cap && !this.hyphenEnd && !isCommonCompound(text) && (this.bits & W.capFunction) === 0 && !weekdayGenitive.test(this.lower)) ||
			arabicArticleName.test(text);
	}

	/** Computes a lazy flag once. */
	private compute(bit: number): boolean {
		this.lazy |= bit;
		let value: boolean;
		switch (bit) {
			case 1:
				value = isTitleWord(this.lower);
				break;
			case 2:
				value = isOrganisationWord(this.lower);
				break;
			case 4:
				value = looksDefinite(this.lower);
				break;
			case 8:
				value = looksAdjective(this.lower);
				break;
			case 16:
				value = isAcronym(this.text);
				break;
			case 32:
				value = isCommonCompound(this.text);
				break;
			case 64:
				value = titleHead(this.lower) !== null;
				break;
			case 128:
				value = pluralDefinitePattern.test(this.lower);
				break;
			default:
				value = false;
		}
		if (value) this.lazyValues |= bit;
		return value;
	}

	/** isTitleWord(lower) */
	get title(): boolean {
		return (this.lazy & 1) === 0 ? this.compute(1) : (this.lazyValues & 1) !== 0;
	}

	/** isOrganisationWord(lower) */
	get organisation(): boolean {
		return (this.lazy & 2) === 0 ? this.compute(2) : (this.lazyValues & 2) !== 0;
	}

	/** looksDefinite(lower) */
	get definite(): boolean {
		return (this.lazy & 4) === 0 ? this.compute(4) : (this.lazyValues & 4) !== 0;
	}

	/** looksAdjective(lower) */
	get adjective(): boolean {
		return (this.lazy & 8) === 0 ? this.compute(8) : (this.lazyValues & 8) !== 0;
	}

	/** isAcronym(text) */
	get acronym(): boolean {
		return (this.lazy & 16) === 0 ? this.compute(16) : (this.lazyValues & 16) !== 0;
	}

	/** isCommonCompound(text) */
	get commonCompound(): boolean {
		return (this.lazy & 32) === 0 ? this.compute(32) : (this.lazyValues & 32) !== 0;
	}

	/** titleHead(lower) !== null */
	get hasTitleHead(): boolean {
		return (this.lazy & 64) === 0 ? this.compute(64) : (this.lazyValues & 64) !== 0;
	}

	/** /(?:ane|ene|arne|erne)$/ on lower: a plural definite noun. */
	get pluralDefinite(): boolean {
		return (this.lazy & 128) === 0 ? this.compute(128) : (this.lazyValues & 128) !== 0;
	}

	private given: Gender | null | undefined = undefined;

	/** givenNameGender(text): the gender of a known given name, or null. */
	get givenGender(): Gender | null {
		if (this.given === undefined) this.given = givenNameGender(this.text);
		return this.given;
	}
}

export type Token = {
	readonly text: string;
	readonly lower: string;
	/** 'word' for letters/digits (with inner hyphens and apostrophes), 'punct' otherwise. */
	readonly kind: 'word' | 'punct';
	/** Starts with an upper-case letter. */
	readonly cap: boolean;
	/** Index of the sentence within the paragraph. */
	readonly sentence: number;
	/** First word of its sentence (or of a quote), where capitals say nothing. */
	readonly sentenceStart: boolean;
	/** Inside «» or “” quotation marks. */
	readonly inQuotes: boolean;
	readonly w: Word;
};

type MutableToken = {-readonly [K in keyof Token]: Token[K]};

const upper = /^\p{Lu}/u;
const arabicArticleName = /^(?:al|el)-\p{Lu}\p{Ll}/u;
const pluralDefinitePattern = /(?:ane|ene|arne|erne)$/u;
const letterOrDigit = /^[\p{L}\p{N}]/u;
const weekdayGenitive = /^(?:mandag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag)(?:en)?s$/u;

function lowerOf(text: string): string {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code >= 65 && code <= 90) || code >= 128) return text.toLowerCase();
	}
	return text;
}

// Character classes of the tokenizer's pattern /[\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*-?|[^\s]/gu.
const unknown = 0;
const letter = 1;
const number = 2;
const space = 3;
const other = 4;

const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
	bmp[c] = c >= 48 && c <= 57 ? number : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? letter : /\s/u.test(String.fromCharCode(c)) ? space : other;
}
const astral = new Map<number, number>();

function classify(char: string): number {
	if (/^\p{N}/u.test(char)) return number;
	if (/^\p{L}/u.test(char)) return letter;
	if (/^\s/u.test(char)) return space;
	return other;
}

/** Class of the code point at i, plus `wide` when it is a surrogate pair (two code units). */
const wide = 8;
function classAt(units: Uint16Array, i: number, n: number): number {
	const code = units[i]!;
	if (code < 0xd800 || code > 0xdfff) {
		let c = bmp[code]!;
		if (c === unknown) {
			c = classify(String.fromCharCode(code));
			bmp[code] = c;
		}
		return c;
	}
	if (code <= 0xdbff && i + 1 < n) {
		const low = units[i + 1]!;
		if (low >= 0xdc00 && low <= 0xdfff) {
			const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
			let c = astral.get(point);
			if (c === undefined) {
				c = classify(String.fromCodePoint(point));
				astral.set(point, c);
			}
			return c | wide;
		}
	}
	return other;
}

function hashOf(units: Uint16Array, start: number, end: number): number {
	let hash = 0;
	for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + units[i]!) | 0;
	return hash;
}

function isJoiner(code: number): boolean {
	// ' ’ . - –
	return code === 39 || code === 0x2019 || code === 46 || code === 45 || code === 0x2013;
}

const open1 = 0x00ab; // «
const open2 = 0x201c; // “
const open3 = 0x201e; // „
const close1 = 0x00bb; // »
const close2 = 0x201d; // ”

const flagStart = 1;
const flagQuotes = 2;

// idFlags bits
const idWord = 1;
const idCap = 2;
/** A word that a following "." does not end a sentence after: an abbreviation or a single capital. */
const idAbbreviation = 4;

function grown32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
	const grown = new Int32Array(size);
	grown.set(array);
	return grown;
}

const growable = ['ids', 'sentence', 'flags', 'starts', 'table', 'hashes', 'units', 'unitBytes', 'single', 'idFlags', 'chars', 'charStart', 'charLength'];

/** The tokens of every block of an article, in typed arrays, with the article's interned words. */
export class TokenStore {
	/** Interned words; `ids` index into this. */
	readonly words: Word[] = [];
	/** Lower-cased capitalised words seen somewhere other than at a sentence start. */
	readonly knownCaps = new Set<string>();
	/** Words seen in lower case. */
	readonly lowerWords = new Set<string>();
	ids = new Int32Array(1024);
	sentence = new Int32Array(1024);
	flags = new Uint8Array(1024);
	length = 0;
	/** Token range of block b: [starts[b], starts[b + 1]). */
	starts = new Int32Array(64);
	blocks = 0;

	private table = new Int32Array(1024).fill(-1);
	private hashes = new Int32Array(1024);
	/** The UTF-16 code units of the block being added (and a Buffer over the same memory). */
	private units = new Uint16Array(1024);
	private unitBytes = Buffer.from(this.units.buffer, this.units.byteOffset, this.units.byteLength);
	private readonly pool: MutableToken[] = [];

	constructor() {
		// The arrays below are replaced when they grow. Storing each once more here makes V8 treat
		// the fields as mutable from the start; otherwise every growth discards the optimised
		// tokenizer (measured: `add` compiled six times on a 14 MB article).
		const fields = this as unknown as Record<string, unknown>;
		for (const name of growable) fields[name] = fields[name];
	}

	// ------------------------------------------------------------ interning

	/** Per word id: its single char code when it is one code unit long, else -1. */
	private single = new Int32Array(1024);
	/** Per word id: `idWord` | `idCap` | `idAbbreviation`. */
	private idFlags = new Uint8Array(1024);
	/** The characters of every word, back to back: word id's text is chars[charStart[id], charStart[id] + charLength[id]). */
	private chars = new Uint16Array(8192);
	private charsUsed = 0;
	private charStart = new Int32Array(1024);
	private charLength = new Int32Array(1024);
	/** The id of the token text[start, start + length), whose `hashOf` is `hash`. */
	private intern(text: string, start: number, length: number, hash: number): number {
		const mask = this.table.length - 1;
		let slot = hash & mask;
		const table = this.table;
		const hashes = this.hashes;
		for (;;) {
			const id = table[slot]!;
			if (id < 0) break;
			if (hashes[id] === hash && this.charLength[id] === length) {
				const chars = this.chars;
				const at = this.charStart[id]! - start;
				let k = start;
				const end = start + length;
				const units = this.units;
				while (k < end && chars[at + k] === units[k]) k++;
				if (k === end) return id;
			}
			slot = (slot + 1) & mask;
		}
		return this.addWord(text, start, length, hash, slot);
	}

	private addWord(text: string, start: number, length: number, hash: number, slot: number): number {
		const id = this.words.length;
		const word = new Word(text.slice(start, start + length));
		word.id = id;
		this.words.push(word);
		if (id >= this.hashes.length) {
			const size = this.hashes.length * 2;
			this.hashes = grown32(this.hashes, size);
			this.single = grown32(this.single, size);
			this.charStart = grown32(this.charStart, size);
			this.charLength = grown32(this.charLength, size);
			const idFlags = new Uint8Array(size);
			idFlags.set(this.idFlags);
			this.idFlags = idFlags;
		}
		this.hashes[id] = hash;
		this.single[id] = length === 1 ? this.units[start]! : -1;
		this.idFlags[id] =
			(word.kind === 'word' ? idWord : 0) |
			(word.cap ? idCap : 0) |
			(word.kind === 'word' && ((word.bits & W.abbreviation) !== 0 || (word.text.length === 1 && word.cap)) ? idAbbreviation : 0);
		if (this.charsUsed + length > this.chars.length) {
			let size = this.chars.length * 2;
			while (size < this.charsUsed + length) size *= 2;
			const chars = new Uint16Array(size);
			chars.set(this.chars);
			this.chars = chars;
		}
		this.chars.set(this.units.subarray(start, start + length), this.charsUsed);
		this.charStart[id] = this.charsUsed;
		this.charLength[id] = length;
		this.charsUsed += length;
		this.table[slot] = id;
		if (this.words.length * 2 > this.table.length) this.rehash();
		return id;
	}

	private rehash(): void {
		const table = new Int32Array(this.table.length * 2).fill(-1);
		const mask = table.length - 1;
		for (let id = 0; id < this.words.length; id++) {
			let slot = this.hashes[id]! & mask;
			while (table[slot]! >= 0) slot = (slot + 1) & mask;
			table[slot] = id;
		}
		this.table = table;
	}

	private grow(minimum = 0): void {
		let size = this.ids.length * 2;
		while (size < minimum) size *= 2;
		const ids = new Int32Array(size);
		ids.set(this.ids);
		this.ids = ids;
		const sentence = new Int32Array(size);
		sentence.set(this.sentence);
		this.sentence = sentence;
		const flags = new Uint8Array(size);
		flags.set(this.flags);
		this.flags = flags;
	}

	// ------------------------------------------------------------ tokenizing

	// push() state for the block being added
	private first = 0;
	private quoteDepth = 0;
	private sentenceNumber = 0;
	private nextStartsSentence = true;
	private straightQuoteOpen = false;

	private push(id: number): void {
		const idFlags = this.idFlags;
		const word = idFlags[id]!;
		const isWord = (word & idWord) !== 0;
		const single = this.single[id]!;
		const isOpen = single === open1 || single === open2 || single === open3;
		const isClose = single === close1 || single === close2;
		const isDash = single === 0x2013 || single === 0x2014;
		if (!isWord) {
			if (isOpen) this.quoteDepth++;
			else if (isClose) this.quoteDepth = Math.max(0, this.quoteDepth - 1);
			else if (single === 34) {
				this.straightQuoteOpen = !this.straightQuoteOpen;
				this.quoteDepth = this.straightQuoteOpen ? this.quoteDepth + 1 : Math.max(0, this.quoteDepth - 1);
			}
		}
		const length = this.length;
		const count = length - this.first;
		const previous = count > 0 ? this.ids[length - 1]! : -1;
		const previousPunct = previous >= 0 && (idFlags[previous]! & idWord) === 0;
		const previousSingle = previous >= 0 ? this.single[previous]! : -1;
		if (isWord && !this.nextStartsSentence && previousPunct) {
			// A dash opening a quote or a colon also starts a fresh clause.
			if (previousSingle === 0x2013 || previousSingle === 0x2014) this.nextStartsSentence = true;
		}
		let tokenSentence = this.sentenceNumber;
		let sentenceStart = isWord && this.nextStartsSentence;
		// A sentence ends at . ! ? when the next word is capitalised; decided lazily here:
		// the token after an end mark opens a new sentence if it is capitalised or a dash/quote.
		if (previousPunct && (previousSingle === 46 || previousSingle === 33 || previousSingle === 63 || previousSingle === 0x2026)) {
			const isAbbreviation = previousSingle === 46 && count > 1 && (idFlags[this.ids[length - 2]!]! & idAbbreviation) !== 0;
			const opens = (word & idCap) !== 0 || isDash || isOpen;
			if (opens && !isAbbreviation) {
				this.sentenceNumber++;
				tokenSentence = this.sentenceNumber;
				sentenceStart = isWord;
				this.nextStartsSentence = !isWord;
			}
		}
		if (isWord) this.nextStartsSentence = false;
		else if (isDash || isOpen || single === 58 || single === 40) {
			// keep the flag: the next word after a quote dash is sentence-initial
			if (count === 0 || isDash) this.nextStartsSentence = true;
		}
		if (length >= this.ids.length) this.grow();
		this.length = length + 1;
		this.ids[length] = id;
		this.sentence[length] = tokenSentence;
		this.flags[length] = (sentenceStart ? flagStart : 0) | (this.quoteDepth > 0 && !isClose && !isOpen ? flagQuotes : 0);
	}

	/** Tokenizes one block's text and appends it. Never throws; linear in the text length. */
	add(text: string): void {
		if (this.blocks + 2 > this.starts.length) {
			const starts = new Int32Array(this.starts.length * 2);
			starts.set(this.starts);
			this.starts = starts;
		}
		const first = this.length;
		this.starts[this.blocks] = first;
		const n = text.length;
		if (this.units.length < n + 2) {
			let size = this.units.length * 2;
			while (size < n + 2) size *= 2;
			this.units = new Uint16Array(size);
			this.unitBytes = Buffer.from(this.units.buffer, this.units.byteOffset, this.units.byteLength);
		}
		// The block's UTF-16 code units, copied natively: typed-array reads are much cheaper than
		// charCodeAt on strings of mixed representations (one-byte, two-byte, sliced).
		if (n > 0) this.unitBytes.write(text, 0, 'utf16le');
		const units = this.units;
		let p = 0;
		this.first = first;
		this.quoteDepth = 0;
		this.sentenceNumber = 0;
		this.nextStartsSentence = true;
		this.straightQuoteOpen = false;
		while (p < n) {
			const code = units[p]!;
			const c = code < 128 ? bmp[code]! : classAt(units, p, n);
			if ((c & 7) === space) {
				p += (c & wide) === 0 ? 1 : 2;
				continue;
			}
			if ((c & 7) === other) {
				if ((c & wide) === 0) {
					this.push(this.intern(text, p, 1, code));
					p++;
				} else {
					const low = units[p + 1]!;
					this.push(this.intern(text, p, 2, (Math.imul(code, 31) + low) | 0));
					p += 2;
				}
				continue;
			}
			// A word: [\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*-?
			const start = p;
			let hash = 0;
			let dots = false;
			let digitsOnly = true;
			for (;;) {
				for (;;) {
					if (p >= n) break;
					const unit = units[p]!;
					if (unit < 128) {
						const k = bmp[unit]!;
						if (k === letter) digitsOnly = false;
						else if (k !== number) break;
						hash = (Math.imul(hash, 31) + unit) | 0;
						p++;
						continue;
					}
					const k = classAt(units, p, n);
					const kind = k & 7;
					if (kind !== letter && kind !== number) break;
					if (kind === letter) digitsOnly = false;
					hash = (Math.imul(hash, 31) + unit) | 0;
					p++;
					if ((k & wide) !== 0) {
						const low = units[p]!;
						hash = (Math.imul(hash, 31) + low) | 0;
						p++;
					}
				}
				if (p + 1 < n) {
					const joiner = units[p]!;
					if (isJoiner(joiner)) {
						const k = classAt(units, p + 1, n) & 7;
						if (k === letter || k === number) {
							if (joiner === 46) dots = true;
							else digitsOnly = false;
							hash = (Math.imul(hash, 31) + joiner) | 0;
							p++;
							continue;
						}
					}
				}
				break;
			}
			if (p < n && units[p]! === 45) {
				hash = (Math.imul(hash, 31) + 45) | 0;
				p++;
				digitsOnly = false;
			}
			const end = p;
			// A dot between digits is a thousands separator; between letters it is an abbreviation
			// (bl.a.) or a missing space: only keep digit groups.
			if (dots && !digitsOnly) {
				let partStart = start;
				for (let k = start; k < end; k++) {
					if (units[k]! === 46) {
						if (k > partStart) this.push(this.intern(text, partStart, k - partStart, hashOf(units, partStart, k)));
						this.push(this.intern(text, k, 1, 46));
						partStart = k + 1;
					}
				}
				if (end > partStart) this.push(this.intern(text, partStart, end - partStart, hashOf(units, partStart, end)));
				continue;
			}
			this.push(this.intern(text, start, end - start, hash));
		}
		this.blocks++;
		this.starts[this.blocks] = this.length;
	}

	/** Makes room for about `chars` more characters of text (a hint; the arrays grow anyway). */
	reserve(chars: number): void {
		const wanted = this.length + Math.ceil(chars / 5) + 16;
		if (this.ids.length < wanted) this.grow(wanted);
	}

	/** Fills knownCaps and lowerWords (and the words' flags) once every block is added. */
	finish(): void {
		const seenLower = new Uint8Array(this.words.length);
		for (let t = 0; t < this.length; t++) {
			const id = this.ids[t]!;
			if (seenLower[id] === 3) continue;
			const word = this.words[id]!;
			if (word.kind !== 'word') {
				seenLower[id] = 3;
				continue;
			}
			if (!word.cap) {
				this.lowerWords.add(word.lower);
				seenLower[id] = 3;
			} else if ((this.flags[t]! & flagStart) === 0) {
				this.knownCaps.add(word.lower);
				seenLower[id] = 3;
			}
		}
		for (const word of this.words) {
			word.knownCap = this.knownCaps.has(word.lower);
			word.lowerWord = this.lowerWords.has(word.lower);
		}
	}

	blockLength(block: number): number {
		return this.starts[block + 1]! - this.starts[block]!;
	}

	/**
	 * The arrays `load` fills, one per block length, each holding the pooled token objects
	 * [0, length): setting an array's length per block would trim and regrow its backing store
	 * every time. Their total size is at most the article's token count (each length occurs).
	 */
	private readonly loaded: Token[][] = [];

	/** The tokens of a block, in a reused array of reused token objects (valid until the next `load`). */
	load(block: number): Token[] {
		const start = this.starts[block]!;
		const end = this.starts[block + 1]!;
		const count = end - start;
		const pool = this.pool;
		while (pool.length < count) {
			pool.push({text: '', lower: '', kind: 'punct', cap: false, sentence: 0, sentenceStart: false, inQuotes: false, w: placeholder});
		}
		while (this.loaded.length <= count) this.loaded.push(null as unknown as Token[]);
		let tokens = this.loaded[count]!;
		if (tokens === null) {
			tokens = pool.slice(0, count);
			this.loaded[count] = tokens;
		}
		for (let t = start; t < end; t++) {
			const token = pool[t - start]!;
			const word = this.words[this.ids[t]!]!;
			token.text = word.text;
			token.lower = word.lower;
			token.kind = word.kind;
			token.cap = word.cap;
			token.w = word;
			token.sentence = this.sentence[t]!;
			const flags = this.flags[t]!;
			token.sentenceStart = (flags & flagStart) !== 0;
			token.inQuotes = (flags & flagQuotes) !== 0;
		}
		return tokens;
	}

	/** The word of token k of a block (no token object). */
	wordAt(block: number, k: number): Word {
		return this.words[this.ids[this.starts[block]! + k]!]!;
	}
}

const placeholder = new Word('.');

/** Splits one paragraph into tokens; assigns sentences. Never throws; linear in the text length. */
export function tokenize(text: string): Token[] {
	const store = new TokenStore();
	store.add(text);
	return store.load(0).map(token => ({...token}));
}

export type Sentence = {readonly start: number; readonly end: number};

/** Sentence spans [start, end) over the token list. */
export function sentences(tokens: readonly Token[]): Sentence[] {
	const spans: Sentence[] = [];
	let start = 0;
	for (let i = 1; i <= tokens.length; i++) {
		if (i === tokens.length || tokens[i]!.sentence !== tokens[i - 1]!.sentence) {
			spans.push({start, end: i});
			start = i;
		}
	}
	return spans;
}
