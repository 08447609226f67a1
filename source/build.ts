/**
 * Bundles the reader into dist/ as a production build: `npm run build` (also run by `npm install`).
 * React's development build is slow, and one pre-bundled, minified file set starts faster than
 * node_modules resolved at run time. The flags below are measured start-up and key-latency wins
 * (see README, "Performance").
 */
import {readFile, rm} from 'node:fs/promises';
import {build, type Plugin} from 'esbuild';

/**
 * Ink builds a fresh width/tokenisation cache for every frame; scrolling one line leaves all
 * but one line unchanged, so a cache kept across frames saves about a quarter of each frame.
 * It is cleared when it grows large, so memory stays bounded.
 */
const inkFrameCache: Plugin = {
	name: 'ink-frame-cache',
	setup(bundle) {
		bundle.onLoad({filter: /[\\/]ink[\\/]build[\\/]output\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const perFrame = '    caches = new OutputCaches();';
			if (!source.includes(perFrame)) throw new Error(`ink-frame-cache: ${path} changed; update source/build.ts`);
			const shared = [
				'const sharedCaches = new OutputCaches();',
				'function frameCaches() {',
				'    if (sharedCaches.styledChars.size > 5000 || sharedCaches.widths.size > 20000) {',
				'        sharedCaches.styledChars.clear();',
				'        sharedCaches.widths.clear();',
				'        sharedCaches.blockWidths.clear();',
				'    }',
				'    return sharedCaches;',
				'}',
			].join('\n');
			return {
				contents: source
					.replace('export default class Output {', `${shared}\nexport default class Output {`)
					.replace(perFrame, '    caches = frameCaches();'),
				loader: 'js',
			};
		});
	},
};

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	bundle: true,
	splitting: true, // the reader (Ink, React) loads only when a screen is opened, not for --json
	minify: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	legalComments: 'none',
	logLevel: 'warning',
	define: {
		'process.env.NODE_ENV': '"production"',
		// yoga-layout loads its WebAssembly with fetch() when fetch exists, which pulls in
		// undici (about 40 ms); without it, it decodes the same bytes synchronously.
		fetch: 'undefined',
	},
	alias: {
		// Ink imports React DevTools only when DEV=true; leave them out of the bundle.
		'react-devtools-core': './source/ui/no-devtools.ts',
		// Ink measures every line of every frame; Latin text does not need grapheme segmentation.
		'string-width': './source/ui/fast-string-width.ts',
	},
	plugins: [inkFrameCache],
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as avisCreateRequire} from 'node:module'; const require = avisCreateRequire(import.meta.url);",
	},
});
