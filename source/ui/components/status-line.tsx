import {Text} from 'ink';
import React from 'react';
import {textWidth} from '../../article/wrap';
import type {Theme} from '../theme';

/** Cuts text to `width` columns, with an ellipsis when it had to cut. */
export function fit(text: string, width: number): string {
	if (width <= 0) return '';
	if (textWidth(text) <= width) return text;
	let out = '';
	for (const character of text) {
		if (textWidth(out + character) > width - 1) break;
		out += character;
	}
	return out + '…';
}

export type StatusProps = {
	readonly left: string;
	readonly message?: string | null;
	readonly right: string;
	readonly columns: number;
	readonly theme: Theme;
};

/** One inverse line: where you are on the left, a message in the middle, progress on the right. */
export function statusText({left, message, right, columns}: Omit<StatusProps, 'theme'>): string {
	const rightPart = ` ${right} `;
	const room = columns - textWidth(rightPart);
	const messagePart = message ? ` · ${message}` : '';
	let leftPart = ` ${left}${messagePart}`;
	if (textWidth(leftPart) > room) leftPart = fit(` ${left}`, Math.max(0, room - Math.min(textWidth(messagePart), Math.floor(room / 2)))) + fit(messagePart, Math.floor(room / 2));
	leftPart = fit(leftPart, room);
	const gap = Math.max(0, columns - textWidth(leftPart) - textWidth(rightPart));
	return fit(leftPart + ' '.repeat(gap) + rightPart, columns);
}

export function StatusLine(props: StatusProps) {
	return (
		<Text {...(props.message ? props.theme.statusNotice : props.theme.status)} wrap="truncate-end">
			{statusText(props)}
		</Text>
	);
}
