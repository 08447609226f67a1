import type {Article, Speaker} from './types';
import {buildView} from './view';
import {wrapText} from './wrap';

function underline(text: string, character: string): string {
	return character.repeat(Math.max(3, Array.from(text).length));
}

function wrapped(text: string, width: number | undefined, indent = ''): string {
	if (!width) return text;
	return wrapText(text, width - indent.length, width)
		.map((span, index) => (index === 0 ? '' : indent) + text.slice(span.start, span.end))
		.join('\n');
}

/** The article as plain readable text (no escape sequences), optionally one speaker's part. */
export function formatPlain(article: Article, options: {speaker?: string | null; width?: number | undefined} = {}): string {
	const out: string[] = [];
	const facts = [article.meta.category?.toUpperCase(), article.meta.date].filter(Boolean).join(' · ');
	if (facts) out.push(facts, '');
	if (article.title) out.push(article.title, underline(article.title, '='), '');
	if (options.speaker) out.push(`[only ${options.speaker}]`, '');
	for (const item of buildView(article, options.speaker ?? null).items) {
		if (item.kind === 'heading') out.push(item.text, underline(item.text, '-'));
		else if (item.kind === 'hidden') out.push(`[${item.text.replace(/·/g, '').trim()}]`);
		else out.push(wrapped(item.text, options.width, item.quote ? '  ' : ''));
		out.push('');
	}
	return out.join('\n');
}

export type JsonArticle = {
	meta: {date: string | null; category: string | null};
	title: string | null;
	sections: {heading: string | null; paragraphs: {text: string; quote: boolean; speakers: string[]; block: number}[]}[];
	speakers: {name: string; aliases: string[]; role: string | null; kind: Speaker['kind']; paragraphs: number}[];
};

/** The parsed article as data; with a speaker, only that speaker's paragraphs and sections. */
export function toJson(article: Article, speaker: string | null = null): JsonArticle {
	const sections = article.sections
		.map(section => ({
			heading: section.heading,
			paragraphs: section.paragraphs
				.filter(paragraph => speaker === null || paragraph.speakers.includes(speaker))
				.map(paragraph => ({
					text: paragraph.text,
					quote: paragraph.quote,
					speakers: paragraph.speakers,
					block: paragraph.block,
				})),
		}))
		.filter(section => speaker === null || section.paragraphs.length > 0);
	return {
		meta: {date: article.meta.date, category: article.meta.category},
		title: article.title,
		sections,
		speakers: article.speakers
			.filter(entry => speaker === null || entry.name === speaker)
			.map(entry => ({
				name: entry.name,
				aliases: entry.aliases,
				role: entry.role,
				kind: entry.kind,
				paragraphs: entry.paragraphs,
			})),
	};
}

/** "Sergej Lavrov (3) · Blinkens russiske motpart": name, paragraphs, then role or "source". */
export function speakerLabel(speaker: Speaker): string {
	const about = speaker.kind === 'organisation' ? 'source' : speaker.role;
	return `${speaker.name} (${speaker.paragraphs})${about ? ` · ${about}` : ''}`;
}

/** The speaker list, one per line, most paragraphs first. */
export function formatSpeakers(article: Article): string {
	if (article.speakers.length === 0) return 'No speakers found.\n';
	return article.speakers.map(speakerLabel).join('\n') + '\n';
}
