import type stringWidthType from 'string-width';

type StringWidth = typeof stringWidthType;
type Options = Parameters<StringWidth>[1];

// Printable Latin text: one column per UTF-16 unit (soft hyphen U+00AD excluded: it is zero-width).
const narrowLatin = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027]*$/;

// The bundler turns this require into a module that is evaluated on first call: string-width
// builds a grapheme segmenter and large Unicode regexes when it loads (about 15 ms at start-up),
// which Latin text never needs.
let stringWidth: StringWidth | undefined;

/**
 * string-width with a fast path for Latin text, bundled in place of string-width for Ink and
 * its helpers: they measure every line of every frame, and Norwegian letters otherwise send
 * each measurement through grapheme segmentation and emoji regexes.
 */
export default function fastStringWidth(text: string, options?: Options): number {
	if (options?.ambiguousIsNarrow !== false && narrowLatin.test(text)) return text.length;
	stringWidth ??= (require('../../node_modules/string-width/index.js') as {default: StringWidth}).default;
	return stringWidth(text, options);
}
