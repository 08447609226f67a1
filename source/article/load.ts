import {decodeArticle} from './decode';
import {parseArticle} from './parse';
import {sanitize} from './sanitize';
import {attributeArticle} from './speakers';
import type {Article} from './types';

export type Loaded = {readonly ok: true; readonly article: Article; readonly text: string} | {readonly ok: false; readonly reason: string};

/**
 * Bytes to a parsed article, with speakers unless `attribute` is false (the reader attributes
 * after its first screen). The text is neutralised before anything else sees it.
 */
export function loadArticle(bytes: Uint8Array, {attribute = true}: {attribute?: boolean} = {}): Loaded {
	const decoded = decodeArticle(bytes);
	if (!decoded.ok) return decoded;
	const text = sanitize(decoded.text);
	const article = parseArticle(text);
	if (article.paragraphs.length === 0 && article.sections.every(section => section.heading === null)) {
		return {ok: false, reason: text.trim() === '' ? 'is empty' : 'has no text after its date line'};
	}
	return {ok: true, article: attribute ? attributeArticle(article) : article, text};
}
