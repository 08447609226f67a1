/**
 * Scoring of speaker attribution against the gold files (test/fixtures/*.gold.json).
 *
 * Names match when equal (case-insensitive) to the gold canonical name or one of its aliases,
 * or when they share the surname (last word), as the README's scoring rules say — except that a
 * name which is exactly another gold speaker of the same article never matches by surname.
 *
 * Accuracy: share of non-heading paragraphs whose main predicted speaker is right: a predicted
 * name must match the gold `speaker` or a non-null `accept` entry; no prediction is right when
 * the gold speaker is null or `accept` contains null.
 *
 * Filter F1 (micro-averaged over gold speakers): for every gold speaker S, the filter shows the
 * non-heading paragraphs where any predicted speaker matches S. A paragraph is *required* for S
 * when its gold `speaker` is S and `accept` does not contain null; it is *optional* when the gold
 * speaker is S but null is acceptable, or when S is one of its `accept` alternatives. Required
 * paragraphs shown are true positives, required paragraphs not shown are false negatives, shown
 * paragraphs that are neither required nor optional are false positives; optional paragraphs
 * count neither way (showing them is allowed, hiding them is too).
 */

export type GoldParagraph = {
	i: number;
	kind: 'heading' | 'quote' | 'text';
	speaker: string | null;
	accept: (string | null)[];
	why?: string;
};

export type Gold = {
	file: string;
	paragraphs: GoldParagraph[];
	speakers: Record<string, string[]>;
};

export type ArticleScore = {
	name: string;
	paragraphs: number;
	correct: number;
	accuracy: number;
	tp: number;
	fp: number;
	fn: number;
	f1: number;
	errors: {i: number; gold: string | null; accept: (string | null)[]; predicted: string[]}[];
};

const surname = (name: string): string => {
	const words = name.trim().toLowerCase().split(/\s+/);
	return words[words.length - 1] ?? '';
};

const exact = (predicted: string, gold: string, aliases: readonly string[]): boolean => {
	const p = predicted.trim().toLowerCase();
	return p === gold.toLowerCase() || aliases.some(alias => alias.toLowerCase() === p);
};

/**
 * Whether a predicted name denotes the gold speaker `gold`: its canonical name, one of its
 * aliases, or the same surname. The surname fallback is not used when the predicted name is
 * exactly another gold speaker of the article (Siri Lie is not Gunnar Lie), so two people who
 * share a surname stay apart.
 */
export function nameMatches(
	predicted: string,
	gold: string,
	aliases: readonly string[],
	speakers: Record<string, string[]> = {},
): boolean {
	if (exact(predicted, gold, aliases)) return true;
	for (const [other, otherAliases] of Object.entries(speakers)) {
		if (other !== gold && exact(predicted, other, otherAliases)) return false;
	}
	const p = predicted.trim().toLowerCase();
	return surname(p) !== '' && surname(p) === surname(gold);
}

export function scoreArticle(name: string, gold: Gold, byBlock: readonly (readonly string[])[]): ArticleScore {
	const aliasesOf = (speaker: string): string[] => gold.speakers[speaker] ?? [];
	let paragraphs = 0;
	let correct = 0;
	const errors: ArticleScore['errors'] = [];
	for (const paragraph of gold.paragraphs) {
		if (paragraph.kind === 'heading') continue;
		paragraphs++;
		const predicted = byBlock[paragraph.i] ?? [];
		const main = predicted[0];
		let right: boolean;
		if (main === undefined) right = paragraph.speaker === null || paragraph.accept.includes(null);
		else {
			const options = [paragraph.speaker, ...paragraph.accept].filter((s): s is string => s !== null);
			right = options.some(option => nameMatches(main, option, aliasesOf(option), gold.speakers));
		}
		if (right) correct++;
		else errors.push({i: paragraph.i, gold: paragraph.speaker, accept: paragraph.accept, predicted: [...predicted]});
	}
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const speaker of Object.keys(gold.speakers)) {
		const aliases = aliasesOf(speaker);
		for (const paragraph of gold.paragraphs) {
			if (paragraph.kind === 'heading') continue;
			const predicted = byBlock[paragraph.i] ?? [];
			const shown = predicted.some(p => nameMatches(p, speaker, aliases, gold.speakers));
			const isSpeaker = paragraph.speaker === speaker;
			const required = isSpeaker && !paragraph.accept.includes(null);
			const optional = (isSpeaker && !required) || paragraph.accept.includes(speaker);
			if (required && shown) tp++;
			else if (required) fn++;
			else if (shown && !optional) fp++;
		}
	}
	return {name, paragraphs, correct, accuracy: paragraphs ? correct / paragraphs : 1, tp, fp, fn, f1: f1(tp, fp, fn), errors};
}

export function f1(tp: number, fp: number, fn: number): number {
	return tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}

/** Totals over several articles: pooled accuracy and micro-averaged F1. */
export function total(name: string, scores: readonly ArticleScore[]): ArticleScore {
	const sum = (key: 'paragraphs' | 'correct' | 'tp' | 'fp' | 'fn'): number =>
		scores.reduce((acc, score) => acc + score[key], 0);
	const paragraphs = sum('paragraphs');
	const correct = sum('correct');
	const tp = sum('tp');
	const fp = sum('fp');
	const fn = sum('fn');
	return {
		name,
		paragraphs,
		correct,
		accuracy: paragraphs ? correct / paragraphs : 1,
		tp,
		fp,
		fn,
		f1: f1(tp, fp, fn),
		errors: scores.flatMap(score => score.errors),
	};
}
