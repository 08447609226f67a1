import {attributeBlocks} from './attribution';
import type {Article, Speaker} from './types';

/** Fills every paragraph's speakers and the article's speaker list (most paragraphs first). */
export function attributeArticle(article: Article): Article {
	const {byBlock, speakers} = attributeBlocks(article.blocks);
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
