import type {Key} from 'ink';
import {commandFor} from './keymap';

export type ListAction = {readonly kind: 'move'; readonly to: number} | {readonly kind: 'choose'; readonly index: number} | {readonly kind: 'none'};

/**
 * What a key does in a list of `count` entries with `selected` highlighted: the reader's own
 * movement keys move the highlight, Enter chooses it, a digit chooses that entry.
 */
export function listAction(character: string, key: Partial<Key>, selected: number, count: number, page: number): ListAction {
	if (key.return || character === '\r' || character === '\n') return {kind: 'choose', index: selected};
	const last = Math.max(0, count - 1);
	const to = (index: number): ListAction => ({kind: 'move', to: Math.min(last, Math.max(0, index))});
	switch (commandFor(character, key)) {
		case 'line.down':
			return to(selected + 1);
		case 'line.up':
			return to(selected - 1);
		case 'page.down':
		case 'half.down':
			return to(selected + page);
		case 'page.up':
		case 'half.up':
			return to(selected - page);
		case 'top':
			return to(0);
		case 'bottom':
			return to(last);
		case 'section.goto': {
			const index = Number(character) - 1;
			return index < count ? {kind: 'choose', index} : {kind: 'none'};
		}
		default:
			return {kind: 'none'};
	}
}
