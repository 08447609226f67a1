import type {Article, Paragraph} from './types';

/** What the reader shows, top to bottom: headings, paragraphs and markers for hidden stretches. */
export type Item =
	| {readonly kind: 'heading'; readonly section: number; readonly text: string}
	| {
			readonly kind: 'paragraph';
			readonly section: number;
			readonly paragraph: number;
			readonly text: string;
			readonly quote: boolean;
	  }
	| {readonly kind: 'hidden'; readonly section: number; readonly count: number; readonly text: string};

export type View = {
	readonly items: Item[];
	/** Item index where each shown section starts, in order, with its section number. */
	readonly sectionStarts: {readonly section: number; readonly item: number}[];
	/** Item index of every paragraph shown (by paragraph index), -1 when hidden. */
	readonly itemOfParagraph: Int32Array;
	/** Characters before each item, for the percentage read; one more entry for the total. */
	readonly charsBefore: Float64Array;
	readonly speaker: string | null;
	readonly article: Article;
};

export function hiddenLabel(count: number): string {
	return count === 1 ? '· 1 paragraph hidden ·' : `· ${count} paragraphs hidden ·`;
}

export function speaksIn(paragraph: Paragraph, speaker: string): boolean {
	return paragraph.speakers.includes(speaker);
}

// Views by article and speaker: switching a filter off and on again costs nothing the second time.
// (Attribution fills speakers in place, so filtered views are only made once it has finished.)
const views = new WeakMap<Article, Map<string | null, View>>();

/** The reader's items, filtered to one speaker's paragraphs when `speaker` is set. */
export function buildView(article: Article, speaker: string | null = null): View {
	let byArticle = views.get(article);
	if (!byArticle) {
		byArticle = new Map();
		views.set(article, byArticle);
	}
	let view = byArticle.get(speaker);
	if (!view) {
		view = makeView(article, speaker);
		byArticle.set(speaker, view);
	}
	return view;
}

function makeView(article: Article, speaker: string | null): View {
	const items: Item[] = [];
	const sectionStarts: {section: number; item: number}[] = [];
	const itemOfParagraph = new Int32Array(article.paragraphs.length).fill(-1);
	let hidden = 0;
	let hiddenSection = 0;
	const flushHidden = () => {
		if (hidden === 0) return;
		items.push({kind: 'hidden', section: hiddenSection, count: hidden, text: hiddenLabel(hidden)});
		hidden = 0;
	};
	for (const section of article.sections) {
		let opened = false;
		const open = () => {
			if (opened) return;
			opened = true;
			sectionStarts.push({section: section.index, item: items.length});
			if (section.heading !== null) items.push({kind: 'heading', section: section.index, text: section.heading});
		};
		if (speaker === null) open();
		for (const paragraph of section.paragraphs) {
			if (speaker !== null && !speaksIn(paragraph, speaker)) {
				if (hidden === 0) hiddenSection = section.index;
				hidden++;
				continue;
			}
			flushHidden();
			open();
			itemOfParagraph[paragraph.index] = items.length;
			items.push({
				kind: 'paragraph',
				section: section.index,
				paragraph: paragraph.index,
				text: paragraph.text,
				quote: paragraph.quote,
			});
		}
	}
	flushHidden();
	const charsBefore = new Float64Array(items.length + 1);
	for (let index = 0; index < items.length; index++) {
		charsBefore[index + 1] = charsBefore[index]! + items[index]!.text.length + 1;
	}
	return {items, sectionStarts, itemOfParagraph, charsBefore, speaker, article};
}

/** The shown paragraph nearest to `paragraph`: itself, else the next shown one, else the previous. */
export function nearestShownItem(view: View, paragraph: number): number {
	const count = view.itemOfParagraph.length;
	if (count === 0 || view.items.length === 0) return 0;
	const start = Math.min(Math.max(0, paragraph), count - 1);
	for (let index = start; index < count; index++) {
		const item = view.itemOfParagraph[index]!;
		if (item >= 0) return item;
	}
	for (let index = start - 1; index >= 0; index--) {
		const item = view.itemOfParagraph[index]!;
		if (item >= 0) return item;
	}
	return 0;
}
