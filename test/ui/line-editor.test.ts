import assert from 'node:assert/strict';
import {test} from 'node:test';
import {editLine} from '../../source/ui/line-editor';

test('typing, backspace, enter and escape', () => {
	assert.deepEqual(editLine('', 'a', {}), {value: 'a'});
	assert.deepEqual(editLine('ab', '', {backspace: true}), {value: 'a'});
	assert.deepEqual(editLine('æø', '\u007F', {}), {value: 'æ'});
	assert.deepEqual(editLine('ab', '', {return: true}), {value: 'ab', done: 'submit'});
	assert.deepEqual(editLine('ab', '\r', {}), {value: 'ab', done: 'submit'});
	assert.deepEqual(editLine('ab', '', {escape: true}), {value: '', done: 'cancel'});
});

test('control characters never reach the query', () => {
	assert.deepEqual(editLine('a', '\u0007\u202Eb', {}), {value: 'ab'});
	assert.deepEqual(editLine('a', 'x', {ctrl: true}), {value: 'a'});
});
