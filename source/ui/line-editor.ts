import type {Key} from 'ink';

// Typed text only: no control characters from the terminal reach the query.
const printable = /[^\p{Cc}\p{Cf}]/gu;

export type LineEdit = {readonly value: string; readonly done?: 'submit' | 'cancel'};

/** One key press applied to a one-line text field: type, Backspace, Enter submits, Esc cancels. */
export function editLine(value: string, input: string, key: Partial<Key>): LineEdit {
	// Inside a pasted burst, Enter, Backspace and Esc arrive as plain characters.
	if (key.escape || input === '\u001B') return {value: '', done: 'cancel'};
	if (key.return || input === '\r' || input === '\n') return {value, done: 'submit'};
	if (key.backspace || key.delete || input === '\u007F' || input === '\b') {
		return {value: Array.from(value).slice(0, -1).join('')};
	}
	if (key.ctrl || key.meta) return {value};
	return {value: value + (input.match(printable) ?? []).join('')};
}
