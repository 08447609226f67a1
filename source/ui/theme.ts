/** Semantic text styles. Components never name colours; NO_COLOR swaps in the mono theme. */
export type Style = {
	readonly color?: string;
	readonly bold?: boolean;
	readonly italic?: boolean;
	readonly underline?: boolean;
	readonly inverse?: boolean;
	readonly dimColor?: boolean;
};

export type Theme = {
	readonly heading: Style;
	readonly rule: Style;
	readonly text: Style;
	readonly quote: Style;
	readonly hidden: Style;
	readonly match: Style;
	readonly currentMatch: Style;
	readonly speaker: Style;
	readonly header: Style;
	readonly headerTitle: Style;
	readonly status: Style;
	readonly statusNotice: Style;
	readonly selected: Style;
	readonly muted: Style;
	readonly error: Style;
};

export const colourTheme: Theme = {
	heading: {bold: true, color: 'yellow'},
	rule: {color: 'yellow', dimColor: true},
	text: {},
	quote: {color: 'cyan'},
	hidden: {dimColor: true, italic: true},
	match: {inverse: true},
	currentMatch: {inverse: true, bold: true, color: 'magenta'},
	speaker: {bold: true, underline: true},
	header: {dimColor: true},
	headerTitle: {bold: true},
	status: {inverse: true},
	statusNotice: {inverse: true, bold: true},
	selected: {color: 'cyan', bold: true},
	muted: {dimColor: true},
	error: {color: 'red', bold: true},
};

/** No colour at all (https://no-color.org); emphasis by weight, underline and inverse only. */
export const monoTheme: Theme = {
	heading: {bold: true},
	rule: {},
	text: {},
	quote: {},
	hidden: {italic: true},
	match: {inverse: true},
	currentMatch: {inverse: true, bold: true, underline: true},
	speaker: {bold: true, underline: true},
	header: {},
	headerTitle: {bold: true},
	status: {inverse: true},
	statusNotice: {inverse: true, bold: true},
	selected: {bold: true},
	muted: {},
	error: {bold: true},
};

export function themeFor(environment: NodeJS.ProcessEnv): Theme {
	const noColor = environment['NO_COLOR'];
	return noColor !== undefined && noColor !== '' ? monoTheme : colourTheme;
}
