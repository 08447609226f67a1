import {attributeIncrementally, type Attribution} from './attribution';
import type {Article, Speaker} from './types';

/** Copies an attribution into the article: every paragraph's speakers, and the speaker list. */
function apply(article: Article, {byBlock, speakers}: Attribution): Article {
	const counts = new Map<string, number>();
	for (const paragraph of article.paragraphs) {
		paragraph.speakers = byBlock[paragraph.block] ?? [];
		for (const name of new Set(paragraph.speakers)) counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	const list: Speaker[] = speakers
		.map(speaker => ({...speaker, paragraphs: counts.get(speaker.name) ?? 0}))
		.filter(speaker => speaker.paragraphs > 0);
	list.sort((a, b) => b.paragraphs - a.paragraphs || a.name.localeCompare(b.name, 'nb'));
	article.speakers = list;
	return article;
}

/** Fills every paragraph's speakers and the article's speaker list (most paragraphs first). */
export function attributeArticle(article: Article): Article {
	const steps = attributeIncrementally(article.blocks, Number.POSITIVE_INFINITY);
	for (;;) {
		const step = steps.next();
		if (step.done) return apply(article, step.value);
	}
}

/**
 * The same in steps of about `budgetMs`, so a reader can show its first screen and answer keys
 * while the rest is attributed. Each `next()` does one step; the article is filled at the end.
 */
export function* attributeArticleInSteps(article: Article, budgetMs = 8): Generator<number, Article, void> {
	const steps = attributeIncrementally(article.blocks, budgetMs);
	for (;;) {
		const step = steps.next();
		if (step.done) return apply(article, step.value);
		yield step.value;
	}
}
