import {readFileSync} from 'node:fs';

/** The seed article repeated `copies` times, each copy under its own heading (for the bench). */
export function longArticle(seed: string, copies: number): string {
	const lines = seed.replace(/\r\n?/g, '\n').split('\n');
	const dateLine = lines[0] ?? '';
	const body = lines.slice(1).join('\n').trim();
	const parts = [dateLine, ''];
	for (let copy = 1; copy <= copies; copy++) parts.push(`Kopi nummer ${copy}`, '', body, '');
	return parts.join('\n');
}

export function seedArticle(): string {
	return readFileSync(new URL('../content/2021-12-utenriks-blinken-lavrov-stockholm.txt', import.meta.url), 'utf8');
}
