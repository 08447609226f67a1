import assert from 'node:assert/strict';
import {test} from 'node:test';
import {helpRows} from '../../source/ui/components/help-screen';
import {bindingLabel, commandFor, keymap} from '../../source/ui/keymap';
import {colourTheme, monoTheme, themeFor} from '../../source/ui/theme';

test('no key is bound to two commands', () => {
	const seen = new Map<string, string>();
	for (const entry of keymap) {
		for (const binding of entry.bindings) {
			const id = `${binding.key ?? ''}|${binding.input ?? ''}|${binding.ctrl ? 'ctrl' : ''}`;
			assert.equal(seen.get(id), undefined, `${id} is bound to ${seen.get(id)} and ${entry.command}`);
			seen.set(id, entry.command);
		}
	}
});

test('vim, less and arrow keys reach the same commands', () => {
	assert.equal(commandFor('j', {}), 'line.down');
	assert.equal(commandFor('', {downArrow: true}), 'line.down');
	assert.equal(commandFor('k', {}), 'line.up');
	assert.equal(commandFor('', {upArrow: true}), 'line.up');
	assert.equal(commandFor(' ', {}), 'page.down');
	assert.equal(commandFor('', {pageDown: true}), 'page.down');
	assert.equal(commandFor('f', {ctrl: true}), 'page.down');
	assert.equal(commandFor('b', {}), 'page.up');
	assert.equal(commandFor('G', {}), 'bottom');
	assert.equal(commandFor('g', {}), 'top');
	assert.equal(commandFor(']', {}), 'section.next');
	assert.equal(commandFor('7', {}), 'section.goto');
	assert.equal(commandFor('c', {ctrl: true}), 'interrupt');
	assert.equal(commandFor('c', {}), undefined);
	assert.equal(commandFor('x', {}), undefined);
});

test('the help lists every command with its keys', () => {
	const rows = helpRows();
	for (const entry of keymap) {
		assert.ok(rows.some(row => row.help === entry.help), entry.command);
	}
	assert.ok(rows.some(row => row.keys === 'j Down Enter'));
	assert.equal(bindingLabel({input: ' '}), 'Space');
	assert.equal(bindingLabel({input: 'd', ctrl: true}), 'Ctrl-D');
});

test('NO_COLOR selects the theme without colours', () => {
	assert.equal(themeFor({NO_COLOR: '1'}), monoTheme);
	assert.equal(themeFor({NO_COLOR: ''}), colourTheme);
	assert.equal(themeFor({}), colourTheme);
	for (const style of Object.values(monoTheme)) assert.equal('color' in style, false);
});
