import type stringWidthType from 'string-width';
import {narrowText} from '../article/narrow-text';

type StringWidth = typeof stringWidthType;
type Options = Parameters<StringWidth>[1];


/** string-width with a fast path for Latin text; `load` supplies string-width for everything else. */
export function withLatinFastPath(load: () => StringWidth): StringWidth {
	let stringWidth: StringWidth | undefined;
	return (text: string, options?: Options): number => {
		if (options?.ambiguousIsNarrow !== false && narrowText.test(text)) return text.length;
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
