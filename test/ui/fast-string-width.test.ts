import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {withLatinFastPath} from '../../source/ui/fast-string-width';

test('the Latin fast path agrees with string-width', () => {
	const fastStringWidth = withLatinFastPath(() => stringWidth);
	const characters = fc.constantFrom(
		...'aøÆå –·…─│«»\u00ad\u0301日本😀\u001B[31m\t'.split(''),
		'e\u0301',
		'👍🏽',
		'👨‍👩‍👧',
	);
	fc.assert(
		fc.property(fc.array(characters, {maxLength: 40}), parts => {
			const text = parts.join('');
			assert.equal(fastStringWidth(text), stringWidth(text), JSON.stringify(text));
			assert.equal(fastStringWidth(text, {ambiguousIsNarrow: false}), stringWidth(text, {ambiguousIsNarrow: false}));
		}),
		{numRuns: 2000},
	);
});
