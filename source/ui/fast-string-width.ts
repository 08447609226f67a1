import stringWidth from '../../node_modules/string-width/index.js';

// Printable Latin text: one column per UTF-16 unit (soft hyphen U+00AD excluded: it is zero-width).
const narrowLatin = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027]*$/;

type Options = Parameters<typeof stringWidth>[1];

/**
 * string-width with a fast path for Latin text, bundled in place of string-width for Ink and
 * its helpers: they measure every line of every frame, and Norwegian letters otherwise send
 * each measurement through grapheme segmentation and emoji regexes.
 */
export default function fastStringWidth(text: string, options?: Options): number {
	if (options?.ambiguousIsNarrow !== false && narrowLatin.test(text)) return text.length;
	return stringWidth(text, options);
}
