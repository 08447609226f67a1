import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {decodeArticle} from '../../source/article/decode';
import {sanitize} from '../../source/article/sanitize';

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

const forbidden = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

describe('sanitize: examples', () => {
	const cases: Array<[name: string, input: string, expected: string]> = [
		['plain text unchanged', 'Blåbær på Østlandet.\n\nÆØÅ æøå', 'Blåbær på Østlandet.\n\nÆØÅ æøå'],
		['OSC 0 title (BEL)', `før ${ESC}]0;PWNED${BEL}etter`, 'før etter'],
		['OSC 2 title (ST)', `før ${ESC}]2;PWNED${ST}etter`, 'før etter'],
		['OSC 52 clipboard', `a ${ESC}]52;c;cm0gLXJmIH4=${BEL}b`, 'a b'],
		['OSC 8 hyperlink keeps the link text', `${ESC}]8;;https://evil/${ST}klikk${ESC}]8;;${ST} her`, 'klikk her'],
		['unterminated OSC stops at the end of its line', `a ${ESC}]0;PWNED rest\nneste linje`, 'a \nneste linje'],
		['unterminated OSC at end of text', `slutt ${ESC}]0;PWNED`, 'slutt '],
		['OSC ended by CAN', `a${ESC}]0;x\x18b`, 'ab'],
		['OSC ended by another ESC sequence', `a${ESC}]0;x${ESC}[2Jb`, 'ab'],
		['CSI clear screen', `a${ESC}[2J${ESC}[3J${ESC}[Hb`, 'ab'],
		['CSI cursor moves', `a${ESC}[5A${ESC}[10;20H${ESC}[2Cb`, 'ab'],
		['CSI private mode', `a${ESC}[?1049h${ESC}[?25lb`, 'ab'],
		['CSI SGR', `${ESC}[1;31mrød${ESC}[0m`, 'rød'],
		['CSI with intermediates', `a${ESC}[0 qb`, 'ab'],
		['CSI without a final byte keeps the next text', `a${ESC}[12\nb`, 'a\nb'],
		['DCS', `a${ESC}P1$r0m${ST}b`, 'ab'],
		['DCS sixel-like payload', `a${ESC}Pq#0;2;0;0;0#0~~@@${ST}b`, 'ab'],
		['SOS', `a${ESC}Xsecret${ST}b`, 'ab'],
		['PM', `a${ESC}^secret${ST}b`, 'ab'],
		['APC', `a${ESC}_Gf=100;payload${ST}b`, 'ab'],
		['C1 CSI U+009B', 'a\u009B2Jb', 'ab'],
		['C1 OSC U+009D with C1 ST', 'a\u009D0;PWNED\u009Cb', 'ab'],
		['C1 OSC U+009D with BEL', `a\u009D52;c;eA==${BEL}b`, 'ab'],
		['C1 DCS U+0090', 'a\u0090payload\u009Cb', 'ab'],
		['C1 APC U+009F', 'a\u009Fpayload\u009Cb', 'ab'],
		['other C1 controls', 'a\u0080\u0085\u008D\u0094\u009Cb', 'ab'],
		['2-byte ESC sequences', `a${ESC}c${ESC}7${ESC}8${ESC}Mb`, 'ab'],
		['ESC with intermediate (charset)', `a${ESC}(0${ESC})Bb`, 'ab'],
		['lone ESC at end', `ab${ESC}`, 'ab'],
		['lone ESC before non-ASCII keeps the letter', `a${ESC}øb`, 'aøb'],
		['double ESC', `a${ESC}${ESC}[2Jb`, 'ab'],
		['\\r overwrite trick', 'Breaking\rFAKE', 'BreakingFAKE'],
		['CRLF becomes LF', 'a\r\nb\r\n', 'a\nb\n'],
		['backspace', 'slett\b\b\bikke', 'slettikke'],
		['BEL, NUL, VT, FF, DEL', 'a\x07b\x00c\x0bd\x0ce\x7ff', 'abcdef'],
		['bidi override (Trojan Source)', 'abc\u202Efdp.exe', 'abcfdp.exe'],
		['all bidi controls', 'a\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061Cb', 'ab'],
		['tab at line start', '\tx', '        x'],
		['tabs to the next multiple of 8', 'ab\tc\td', 'ab      c       d'],
		['tab stop counts per line', 'abcdefghij\nab\tc', 'abcdefghij\nab      c'],
		['tab after 8 columns jumps a full stop', '12345678\tx', '12345678        x'],
		['tab counts wide characters as 2 columns', '日本\tx', '日本    x'],
		['tab after a removed sequence', `ab${ESC}[31m\tc`, 'ab      c'],
		['keeps ZWJ, ZWNJ, emoji, combining marks', '👨‍👩‍👧‍👦 می‌خواهم e\u0301 ❤️ 🇳🇴', '👨‍👩‍👧‍👦 می‌خواهم e\u0301 ❤️ 🇳🇴'],
		['keeps NBSP and en dash', '–\u00a0Vi er bekymret', '–\u00a0Vi er bekymret'],
		['empty', '', ''],
	];
	for (const [name, input, expected] of cases) {
		test(name, () => {
			assert.equal(sanitize(input), expected);
		});
	}

	test('hostile fixture: words survive, payloads are gone', () => {
		const bytes = readFileSync(new URL('../fixtures/bad/hostile.txt', import.meta.url));
		const expect = JSON.parse(readFileSync(new URL('../fixtures/bad/hostile.expect.json', import.meta.url), 'utf8')) as {
			survives: string[];
			gone: string[];
		};
		const decoded = decodeArticle(bytes);
		assert.ok(decoded.ok);
		const clean = sanitize(decoded.text);
		assert.doesNotMatch(clean, forbidden);
		for (const word of expect.survives) assert.ok(clean.includes(word), `missing ${JSON.stringify(word)}`);
		for (const payload of expect.gone) assert.ok(!clean.includes(payload), `still has ${JSON.stringify(payload)}`);
		// The raw \r overwrite trick, straight into sanitize (without decode's CR → LF):
		const raw = sanitize(bytes.toString('utf8'));
		assert.ok(raw.includes('Ekte nyhet om Ukraina.FALSK nyhet'));
	});
});

describe('sanitize: linear time on pathological input', () => {
	const size = 1 << 20;
	const inputs: Array<[string, string]> = [
		['ESC[ repeated', `${ESC}[`.repeat(size / 2)],
		['ESC] repeated', `${ESC}]`.repeat(size / 2)],
		['ESC alone', ESC.repeat(size)],
		['one unterminated OSC', `${ESC}]0;${'x'.repeat(size)}`],
		['one CSI with a huge parameter list', `${ESC}[${'1;'.repeat(size / 2)}`],
		['random ESC [ ] ; garbage', Array.from({length: size}, (_, i) => `${ESC}[];\x07\\P\t\u009b`[(i * 7919) % 10]).join('')],
		['tabs every other char', 'a\t'.repeat(size / 2)],
		['text with one CSI per word', `ord ${ESC}[31m`.repeat(size / 9)],
	];
	for (const [name, input] of inputs) {
		// No timing assertion (speed is for the bench): a catastrophic regex would hang past the timeout.
		test(name, {timeout: 20_000}, () => {
			assert.doesNotMatch(sanitize(input), forbidden);
		});
	}
});

describe('sanitize: properties', () => {
	// Strings biased towards the interesting characters.
	const nasty = fc.constantFrom(
		ESC,
		'[',
		']',
		'\\',
		'P',
		'_',
		'^',
		'X',
		';',
		'0',
		'2',
		'J',
		'm',
		'\x07',
		'\r',
		'\n',
		'\t',
		'\b',
		'\x00',
		'\x18',
		'\x7f',
		'\u009b',
		'\u009c',
		'\u009d',
		'\u0090',
		'\u202e',
		'\u2066',
		'\u200f',
		'\u061c',
		'\u200d',
		'ø',
		'日',
		'👨‍👩‍👧',
		' ',
		'a',
	);
	const nastyString = fc.array(nasty, {maxLength: 60}).map(parts => parts.join(''));
	const anyString = fc.oneof(nastyString, fc.string({unit: 'binary', maxLength: 80}), fc.string({unit: 'grapheme', maxLength: 40}));

	test('never throws and never leaves a control, bidi control or tab', () => {
		fc.assert(
			fc.property(anyString, input => {
				const out = sanitize(input);
				assert.doesNotMatch(out, forbidden);
				assert.ok(!out.includes('\t'));
			}),
			{numRuns: 3000},
		);
	});

	test('is idempotent', () => {
		fc.assert(
			fc.property(anyString, input => {
				const once = sanitize(input);
				assert.equal(sanitize(once), once);
			}),
			{numRuns: 3000},
		);
	});

	test('keeps every line break', () => {
		fc.assert(
			fc.property(nastyString, input => {
				const lf = input.replace(/\r\n/g, '\n');
				assert.equal(sanitize(input).split('\n').length, lf.split('\n').length);
			}),
			{numRuns: 2000},
		);
	});

	test('printable ASCII and Norwegian text passes unchanged', () => {
		const printable = fc
			.array(
				fc.oneof(
					fc.integer({min: 0x20, max: 0x7e}).map(code => String.fromCharCode(code)),
					fc.constantFrom('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'é', '–', '«', '»', '\u00a0', '\n'),
				),
				{maxLength: 200},
			)
			.map(parts => parts.join(''));
		fc.assert(
			fc.property(printable, input => {
				assert.equal(sanitize(input), input);
			}),
			{numRuns: 2000},
		);
	});

	test('visible text around a removed sequence stays', () => {
		const word = fc.stringMatching(/^[a-zA-ZæøåÆØÅ ]{1,12}$/);
		const sequence = fc.constantFrom(
			`${ESC}]0;PWNED${BEL}`,
			`${ESC}]52;c;eA==${ST}`,
			`${ESC}[2J`,
			`${ESC}[10;20H`,
			`${ESC}P1$r${ST}`,
			`${ESC}_x${ST}`,
			'\u009b2J',
			'\u202e',
			'\b',
			'\r',
		);
		fc.assert(
			fc.property(word, sequence, word, (before, seq, after) => {
				assert.equal(sanitize(before + seq + after), before + after);
			}),
			{numRuns: 1000},
		);
	});
});
