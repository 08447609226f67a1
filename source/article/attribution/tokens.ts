/** A linear tokenizer and sentence splitter for one paragraph of news text. */

export type Token = {
	readonly text: string;
	readonly lower: string;
	/** 'word' for letters/digits (with inner hyphens and apostrophes), 'punct' otherwise. */
	readonly kind: 'word' | 'punct';
	/** Starts with an upper-case letter. */
	readonly cap: boolean;
	/** Index of the sentence within the paragraph. */
	sentence: number;
	/** First word of its sentence (or of a quote), where capitals say nothing. */
	sentenceStart: boolean;
	/** Inside «» or “” quotation marks. */
	inQuotes: boolean;
};

const abbreviations = new Set([
	'bl',
	'ca',
	'dvs',
	'f',
	'feks',
	'jf',
	'kl',
	'kr',
	'mill',
	'mrd',
	'nr',
	'osv',
	'pst',
	'st',
	'dr',
	'prof',
	'mr',
	'mrs',
	'ev',
	'evt',
	'inkl',
	'ekskl',
	'mv',
	'ifm',
	'pga',
	'iflg',
	'adm',
	'dir',
	'tlf',
]);

const wordPattern = /[\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*-?|[^\s]/gu;
const upper = /^\p{Lu}/u;
const letterOrDigit = /^[\p{L}\p{N}]/u;
const openQuotes = new Set(['«', '“', '„']);
const closeQuotes = new Set(['»', '”']);
const sentenceEnd = new Set(['.', '!', '?', '…']);

/** Splits one paragraph into tokens; assigns sentences. Never throws; linear in the text length. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let quoteDepth = 0;
	let sentence = 0;
	let nextStartsSentence = true;
	let straightQuoteOpen = false;
	for (const match of text.matchAll(wordPattern)) {
		const raw = match[0];
		// A dot between digits is a thousands separator; between letters it is an abbreviation
		// (bl.a.) or a missing space: only keep digit groups.
		if (raw.includes('.') && !/^[\p{N}.]+$/u.test(raw)) {
			// split at dots: re-tokenize manually to keep linearity
			const parts = raw.split('.');
			parts.forEach((part, index) => {
				if (part.length > 0) push(part);
				if (index < parts.length - 1) push('.');
			});
			continue;
		}
		push(raw);
	}
	return tokens;

	function push(raw: string): void {
		const code = raw.charCodeAt(0);
		const isWord =
			(code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
				? true
				: code < 128
					? false
					: letterOrDigit.test(raw);
		const cap = code >= 65 && code <= 90 ? true : code < 128 ? false : upper.test(raw);
		if (!isWord) {
			if (openQuotes.has(raw)) quoteDepth++;
			else if (closeQuotes.has(raw)) quoteDepth = Math.max(0, quoteDepth - 1);
			else if (raw === '"') {
				straightQuoteOpen = !straightQuoteOpen;
				quoteDepth = straightQuoteOpen ? quoteDepth + 1 : Math.max(0, quoteDepth - 1);
			}
		}
		const previous = tokens[tokens.length - 1];
		if (isWord && nextStartsSentence === false && previous && previous.kind === 'punct') {
			// A dash opening a quote or a colon also starts a fresh clause.
			if (previous.text === '–' || previous.text === '—') nextStartsSentence = true;
		}
		const token: Token = {
			text: raw,
			lower: raw.toLowerCase(),
			kind: isWord ? 'word' : 'punct',
			cap,
			sentence,
			sentenceStart: isWord && nextStartsSentence,
			inQuotes: quoteDepth > 0 && !closeQuotes.has(raw) && !openQuotes.has(raw),
		};
		// A sentence ends at . ! ? when the next word is capitalised; decided lazily here:
		// the token after an end mark opens a new sentence if it is capitalised or a dash/quote.
		if (previous && previous.kind === 'punct' && sentenceEnd.has(previous.text)) {
			const beforeEnd = tokens[tokens.length - 2];
			const isAbbreviation =
				previous.text === '.' &&
				beforeEnd !== undefined &&
				beforeEnd.kind === 'word' &&
				(abbreviations.has(beforeEnd.lower) || (beforeEnd.text.length === 1 && beforeEnd.cap));
			const opens = token.cap || token.text === '–' || token.text === '—' || openQuotes.has(token.text);
			if (opens && !isAbbreviation) {
				sentence++;
				token.sentence = sentence;
				token.sentenceStart = isWord;
				nextStartsSentence = !isWord;
			}
		}
		if (isWord) nextStartsSentence = false;
		else if (raw === '–' || raw === '—' || openQuotes.has(raw) || raw === ':' || raw === '(') {
			// keep the flag: the next word after a quote dash is sentence-initial
			if (tokens.length === 0 || raw === '–' || raw === '—') nextStartsSentence = true;
		}
		tokens.push(token);
	}
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
