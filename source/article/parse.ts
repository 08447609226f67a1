import type {Article, Block, BlockKind, Meta, Paragraph, Section} from './types';

const metaLine = /^[ \t]*date[ \t]+(\d{4}-\d{2})?[ \t]*(.*?)[ \t]*$/;
const quoteDash = /^[–—-][ \u00a0]/;
const closingPunctuation = /[.!?:»"”…;,]$/;
const maxHeadingWords = 12;
const doubleSpace = /[ \u00a0]{2}/;
const maxHeadingLength = 90;

/** A short one-line block without closing punctuation: a heading (or, first, the title). */
export function isHeadingLike(text: string): boolean {
	if (text.length === 0 || text.length > maxHeadingLength || text.includes('\n')) return false;
	if (closingPunctuation.test(text)) return false;
	return text.split(/\s+/).length <= maxHeadingWords;
}

export function isQuote(text: string): boolean {
	return quoteDash.test(text);
}

function parseMeta(firstLine: string): Meta | undefined {
	const match = metaLine.exec(firstLine);
	if (!match) return undefined;
	return {date: match[1] ?? null, category: match[2] ? match[2] : null};
}

/**
 * Splits sanitised article text into blocks; every block after the date line is kept, so
 * block indices match the gold files' `i`. Lines inside a block are joined with one space
 * (wire text is hard-wrapped). One pass over the lines: this runs on every article at start-up.
 */
export function splitBlocks(text: string): {meta: Meta; blocks: Block[]} {
	const lines = text.split('\n');
	const firstLine = (lines[0] ?? '').replace(/\r$/, '');
	const meta = parseMeta(firstLine);
	const blocks: Block[] = [];
	let parts: string[] = [];
	const close = () => {
		if (parts.length === 0) return;
		const lineCount = parts.length;
		const oneLine = lineCount === 1;
		let block = oneLine ? parts[0]! : parts.join(' ');
		// One regex scan is several times faster than two `includes` on long two-byte text.
		if (doubleSpace.test(block)) block = block.replace(/[ \u00a0]{2,}/g, ' ');
		parts = [];
		let kind: BlockKind = isQuote(block) ? 'quote' : 'text';
		// A heading is one line; a short block of several lines (a table, an address) is text.
		if (oneLine && blocks.length > 0 && isHeadingLike(block)) kind = 'heading';
		blocks.push({kind, text: block, lines: lineCount});
	};
	for (let index = meta ? 1 : 0; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (line.length === 0) close();
		else parts.push(line);
	}
	close();
	return {meta: meta ?? {date: null, category: null}, blocks};
}

/** Parses article text (already sanitised) into sections and paragraphs; speakers stay empty. */
export function parseArticle(text: string): Article {
	const {meta, blocks} = splitBlocks(text);
	const firstBlock = blocks[0];
	// The first block is the title when it reads like a heading and more follows.
	const title =
		firstBlock && blocks.length > 1 && firstBlock.lines === 1 && !isQuote(firstBlock.text) && isHeadingLike(firstBlock.text)
			? firstBlock.text
			: null;
	if (title !== null) blocks[0] = {kind: 'heading', text: title, lines: 1};

	const sections: Section[] = [];
	const paragraphs: Paragraph[] = [];
	let current: Section = {index: 0, heading: null, paragraphs: []};
	sections.push(current);
	blocks.forEach((block, blockIndex) => {
		if (blockIndex === 0 && title !== null) return;
		if (block.kind === 'heading') {
			// A lead with no paragraphs is dropped: the article starts with its first heading.
			if (current.heading === null && current.paragraphs.length === 0) sections.pop();
			current = {index: sections.length, heading: block.text, paragraphs: []};
			sections.push(current);
			return;
		}
		const paragraph: Paragraph = {
			index: paragraphs.length,
			block: blockIndex,
			section: current.index,
			text: block.text,
			quote: block.kind === 'quote',
			speakers: [],
		};
		current.paragraphs.push(paragraph);
		paragraphs.push(paragraph);
	});
	return {meta, title, sections, paragraphs, blocks, speakers: []};
}
