import type stringWidthType from 'string-width';

type StringWidth = typeof stringWidthType;
type Options = Parameters<StringWidth>[1];

// Printable Latin text and box drawing (the rules under headings): one column per UTF-16 unit, as
// string-width counts them by default (soft hyphen U+00AD excluded: it is zero-width).
const narrowLatin = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2500-\u257F]*$/;

/** string-width with a fast path for Latin text; `load` supplies string-width for everything else. */
export function withLatinFastPath(load: () => StringWidth): StringWidth {
	let stringWidth: StringWidth | undefined;
	return (text: string, options?: Options): number => {
		if (options?.ambiguousIsNarrow !== false && narrowLatin.test(text)) return text.length;
		stringWidth ??= load();
		return stringWidth(text, options);
	};
}

/**
 * Bundled in place of string-width for Ink and its helpers: they measure every line of every
 * frame, and Norwegian letters otherwise send each measurement through grapheme segmentation and
 * emoji regexes. The bundler turns this require into a module evaluated on first call, so
 * string-width's segmenter and Unicode regexes (about 15 ms at start-up) load only when needed.
 */
const fastStringWidth = withLatinFastPath(
	() => (require('../../node_modules/string-width/index.js') as {default: StringWidth}).default,
);

export default fastStringWidth;
