import {readFileSync} from 'node:fs';
import {parseArticle} from '../../source/article/parse';
import type {Article} from '../../source/article/types';

export const fixture = (name: string): string =>
	readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

export const seedText = (): string => fixture('seed-2021-12-utenriks.txt');

/** The seed, parsed, with speakers set by hand from its gold file: UI tests do not depend on attribution. */
export function seedWithGoldSpeakers(): Article {
	const article = parseArticle(seedText());
	const gold = JSON.parse(fixture('seed-2021-12-utenriks.gold.json')) as {
		paragraphs: {i: number; speaker: string | null}[];
		speakers: Record<string, string[]>;
	};
	const byBlock = new Map(gold.paragraphs.map(entry => [entry.i, entry.speaker]));
	const counts = new Map<string, number>();
	for (const paragraph of article.paragraphs) {
		const speaker = byBlock.get(paragraph.block);
		paragraph.speakers = speaker ? [speaker] : [];
		if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
	}
	article.speakers = [...counts].map(([name, paragraphs]) => ({
		name,
		aliases: gold.speakers[name] ?? [],
		role: null,
		kind: 'person' as const,
		paragraphs,
	}));
	article.speakers.sort((a, b) => b.paragraphs - a.paragraphs);
	return article;
}
