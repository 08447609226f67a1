/** The reader's screen geometry, shared by the app and the first paint. */
import {fit} from './frame-text';

export const minColumns = 20;
export const minRows = 6;
/** Header, status line, and one spare row so the frame never fills the terminal (Ink would clear it). */
const chromeRows = 3;

export function bodyHeight(rows: number): number {
	return Math.max(1, rows - chromeRows);
}

/** The text column: at most `maxWidth` wide, centred. */
export function textColumn(columns: number, maxWidth: number): {width: number; pad: number} {
	const width = Math.max(10, Math.min(maxWidth, columns - 2));
	return {width, pad: Math.max(0, Math.floor((columns - width) / 2))};
}

/** The one line shown when the terminal is smaller than minColumns x minRows. */
export function tooSmallText(columns: number, rows: number): string {
	return fit(`Too small (${columns}x${rows}); needs ${minColumns}x${minRows}`, columns);
}
