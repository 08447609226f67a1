/**
 * The opening screen as terminal text, drawn before Ink and React have loaded (they take most of
 * the start-up time). It is the same frame the app renders first, built from the same parts, so
 * when Ink draws over it nothing changes on screen.
 */
import {Layout} from '../article/layout';
import {positionOf, sectionAt, startAnchor, type ReadingPlace} from '../article/navigate';
import {nameRanges} from '../article/speaker-names';
import type {Article} from '../article/types';
import {buildView} from '../article/view';
import {headerParts, lineStyle, placeText, progressText, ruleText, segmentsOf, statusText, type Highlight} from './frame-text';
import {bodyHeight, minColumns, minRows, textColumn, tooSmallText} from './screen';
import type {Style, Theme} from './theme';

const colours: Record<string, number> = {black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90, grey: 90};

/** SGR-styled text (no codes at all for an empty style). */
export function styled(style: Style, text: string): string {
	const codes: number[] = [];
	if (style.bold) codes.push(1);
	if (style.dimColor) codes.push(2);
	if (style.italic) codes.push(3);
	if (style.underline) codes.push(4);
	if (style.inverse) codes.push(7);
	if (style.color && colours[style.color]) codes.push(colours[style.color]!);
	return codes.length === 0 || text === '' ? text : `\u001B[${codes.join(';')}m${text}\u001B[0m`;
}

export type FirstScreen = {
	readonly article: Article;
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	readonly maxWidth: number;
	readonly initial?: ReadingPlace | undefined;
	readonly initialSection?: number | undefined;
	readonly message?: string | null | undefined;
};

/** The first frame's lines, styled, top to bottom (one line fewer than the terminal has rows). */
export function firstScreenLines(screen: FirstScreen): string[] {
	const {article, theme, columns, rows} = screen;
	if (columns < minColumns || rows < minRows) return [tooSmallText(columns, rows)];
	const speaker = screen.initial?.speaker ?? null;
	const view = buildView(article, speaker);
	const {width, pad} = textColumn(columns, screen.maxWidth);
	const height = bodyHeight(rows);
	const layout = new Layout(view, width);
	const top = positionOf(layout, startAnchor(view, {initial: screen.initial, section: screen.initialSection}));
	const filter = speaker ? article.speakers.find(entry => entry.name === speaker) : undefined;

	const header = headerParts(article.meta, article.title, columns);
	const lines = [
		styled(theme.header, header.left) + styled(theme.headerTitle, header.titleText) + header.gap + styled(theme.muted, header.hint),
	];
	for (const line of layout.visible(top, height)) {
		const text = view.items[line.item]?.text ?? '';
		const indent = ' '.repeat(pad + line.indent);
		if (line.kind === 'blank') lines.push('');
		else if (line.kind === 'rule') lines.push(indent + styled(theme.rule, ruleText(text, width)));
		else {
			const entry = view.items[line.item];
			const highlights: Highlight[] =
				filter && entry?.kind === 'paragraph' ? nameRanges(entry.text, filter).map(range => ({...range, tone: 'speaker'})) : [];
			const base = lineStyle(theme, line);
			const body = segmentsOf(text, line, highlights)
				.map(segment => (segment.tone ? styled({...base, ...theme[segment.tone]}, segment.text) : styled(base, segment.text)))
				.join('');
			lines.push(indent + body);
		}
	}
	while (lines.length < height + 1) lines.push('');
	const section = sectionAt(view, top.item);
	const status = statusText({
		left: placeText(article, section, speaker),
		message: screen.message,
		right: progressText(section, article.sections.length, layout.percent(top, height)),
		columns,
	});
	lines.push(styled(screen.message ? theme.statusNotice : theme.status, status));
	return lines;
}
