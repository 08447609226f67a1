import type {Key} from 'ink';

/** Everything a key can do in avis. The help screen is generated from `keymap`. */
export type Command =
	| 'line.down'
	| 'line.up'
	| 'page.down'
	| 'page.up'
	| 'half.down'
	| 'half.up'
	| 'top'
	| 'bottom'
	| 'section.next'
	| 'section.previous'
	| 'section.goto'
	| 'contents.open'
	| 'speakers.open'
	| 'search.open'
	| 'search.next'
	| 'search.previous'
	| 'help.open'
	| 'close'
	| 'quit'
	| 'interrupt'
	| 'suspend';

type SpecialKey = 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'escape' | 'return';

export type Binding = {
	/** A typed character, or a special key. */
	readonly input?: string;
	readonly key?: SpecialKey;
	readonly ctrl?: boolean;
};

export type KeyEntry = {
	readonly command: Command;
	readonly bindings: readonly Binding[];
	readonly help: string;
	readonly group: 'Move' | 'Sections' | 'Find' | 'Other';
};

const digits: Binding[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(input => ({input}));

export const keymap: readonly KeyEntry[] = [
	{command: 'line.down', group: 'Move', help: 'line down', bindings: [{input: 'j'}, {key: 'downArrow'}, {key: 'return'}]},
	{command: 'line.up', group: 'Move', help: 'line up', bindings: [{input: 'k'}, {key: 'upArrow'}]},
	{
		command: 'page.down',
		group: 'Move',
		help: 'page down',
		bindings: [{input: ' '}, {key: 'pageDown'}, {input: 'f'}, {input: 'f', ctrl: true}],
	},
	{command: 'page.up', group: 'Move', help: 'page up', bindings: [{input: 'b'}, {key: 'pageUp'}, {input: 'b', ctrl: true}]},
	{command: 'half.down', group: 'Move', help: 'half page down', bindings: [{input: 'd'}, {input: 'd', ctrl: true}]},
	{command: 'half.up', group: 'Move', help: 'half page up', bindings: [{input: 'u'}, {input: 'u', ctrl: true}]},
	{command: 'top', group: 'Move', help: 'top', bindings: [{input: 'g'}, {key: 'home'}]},
	{command: 'bottom', group: 'Move', help: 'end', bindings: [{input: 'G'}, {key: 'end'}]},
	{command: 'section.next', group: 'Sections', help: 'next section', bindings: [{input: ']'}]},
	{command: 'section.previous', group: 'Sections', help: 'previous section', bindings: [{input: '['}]},
	{command: 'section.goto', group: 'Sections', help: 'section 1–9', bindings: digits},
	{command: 'contents.open', group: 'Sections', help: 'contents', bindings: [{input: 't'}]},
	{command: 'speakers.open', group: 'Find', help: 'speaker filter', bindings: [{input: 's'}]},
	{command: 'search.open', group: 'Find', help: 'search', bindings: [{input: '/'}]},
	{command: 'search.next', group: 'Find', help: 'next match', bindings: [{input: 'n'}]},
	{command: 'search.previous', group: 'Find', help: 'previous match', bindings: [{input: 'N'}]},
	{command: 'help.open', group: 'Other', help: 'this help', bindings: [{input: '?'}]},
	{command: 'close', group: 'Other', help: 'close, clear search', bindings: [{key: 'escape'}]},
	{command: 'quit', group: 'Other', help: 'quit, keep place', bindings: [{input: 'q'}]},
	{command: 'interrupt', group: 'Other', help: 'quit now', bindings: [{input: 'c', ctrl: true}]},
	{command: 'suspend', group: 'Other', help: 'suspend (fg returns)', bindings: [{input: 'z', ctrl: true}]},
];

function matches(binding: Binding, input: string, key: Partial<Key>): boolean {
	if (binding.key) return key[binding.key] === true;
	if (Boolean(binding.ctrl) !== Boolean(key.ctrl)) return false;
	return binding.input === input;
}

/** The command bound to a key press, if any. `input` is a single character. */
export function commandFor(input: string, key: Partial<Key>): Command | undefined {
	for (const entry of keymap) {
		if (entry.bindings.some(binding => matches(binding, input, key))) return entry.command;
	}
	return undefined;
}

const keyNames: Record<SpecialKey, string> = {
	upArrow: 'Up',
	downArrow: 'Down',
	pageUp: 'PgUp',
	pageDown: 'PgDn',
	home: 'Home',
	end: 'End',
	escape: 'Esc',
	return: 'Enter',
};

export function bindingLabel(binding: Binding): string {
	if (binding.key) return keyNames[binding.key];
	const name = binding.input === ' ' ? 'Space' : (binding.input ?? '');
	return binding.ctrl ? `Ctrl-${name.toUpperCase()}` : name;
}

/** "j Down Enter", with 1–9 shown as a range. */
export function entryLabel(entry: KeyEntry): string {
	if (entry.command === 'section.goto') return '1–9';
	return entry.bindings.map(bindingLabel).join(' ');
}
