/** The parsed article. Built by parseArticle, speakers filled in by attributeArticle. */

export type BlockKind = 'heading' | 'quote' | 'text';

/** One blank-line separated block after the date line. */
export type Block = {
	readonly kind: BlockKind;
	readonly text: string;
	/** How many lines the block had in the file (headings and titles have one). */
	readonly lines?: number;
};

export type Paragraph = {
	/** Position among all paragraphs of the article (headings excluded), from 0. */
	readonly index: number;
	/** Position among all blocks after the date line (the gold files' `i`). */
	readonly block: number;
	readonly section: number;
	readonly text: string;
	readonly quote: boolean;
	/** Canonical speaker names, the main one first; empty for narration. */
	speakers: string[];
};

export type Section = {
	readonly index: number;
	/** Null for the lead. */
	readonly heading: string | null;
	readonly paragraphs: Paragraph[];
};

export type SpeakerKind = 'person' | 'organisation';

export type Speaker = {
	readonly name: string;
	readonly aliases: string[];
	readonly role: string | null;
	readonly kind: SpeakerKind;
	/** How many paragraphs name this speaker (main or not). */
	paragraphs: number;
};

export type Meta = {
	readonly date: string | null;
	readonly category: string | null;
};

export type Article = {
	readonly meta: Meta;
	readonly title: string | null;
	readonly sections: Section[];
	/** Every paragraph in reading order; the same objects as in sections. */
	readonly paragraphs: Paragraph[];
	/** Every block after the date line (title and headings included), for attribution. */
	readonly blocks: Block[];
	speakers: Speaker[];
};
