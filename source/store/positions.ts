/**
 * Saved reading positions, one entry per article. The only module that imports conf.
 *
 * Design (see the conf traps in /work/shared/notes/ink-pitfalls.md, section B):
 * - The state file is read once at open with plain `fs` + `JSON.parse` and validated leniently
 *   by us, so conf never sees (and never throws on, or wipes) a bad file. `find()` works from an
 *   in-memory map and indexes, never touching the disk.
 * - `save()` only updates memory and arms one unref'd timer (debounce with a max wait).
 * - `flush()` is synchronous and never throws: lock (proper-lockfile, busy-wait retries),
 *   re-read, merge by `savedAt` (never drops other processes' entries), prune, write the whole
 *   document through conf (atomic temp file + fsync + rename), unlock.
 * - conf is imported statically. Measured: in the esbuild bundle it adds ~29 ms to start-up,
 *   and a lazy `import('conf')` would only defer ~14 ms of that (the bundle is parsed anyway),
 *   at the price of a second write path for exits before the import has finished. Not worth it.
 *   Constructing Conf (~1 ms, reads the file) is deferred to the first real write.
 *
 * File: `<dir>/positions.json` where dir = options.cwd ?? $AVIS_CONFIG_DIR ?? conf's default
 * config folder for projectName 'avis' (e.g. ~/.config/avis-nodejs). Shape:
 *   {"schemaVersion": 1, "articles": {"<id>": {paragraph, fingerprint, offset, speaker, read, path, savedAt, lead}}}
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import Conf from 'conf';
import lockfile from 'proper-lockfile';
import {onExit} from 'signal-exit';

export type SavedPosition = {
	/** Index of the paragraph at the top of the screen. */
	paragraph: number;
	/** Short hash of that paragraph's normalised text (see `fingerprint()`). */
	fingerprint: string;
	/** Character offset into that paragraph of the top line. */
	offset: number;
	/** The top line is the section heading just above `paragraph`. Optional; stored only when true. */
	heading?: boolean;
	/** Active speaker filter, or null. */
	speaker: string | null;
	/** Paragraphs seen, as compact ranges "0-12,15,17-20" (see `encodeRanges`). */
	read: string;
	/** Last path the article was opened from (null for stdin). */
	path: string | null;
	/** Milliseconds since the epoch. */
	savedAt: number;
};

/** How `find()` matched: same content, same path (edited file), or same lead paragraph (moved + edited). */
export type MatchKind = 'id' | 'path' | 'lead';

export type FoundPosition = SavedPosition & {heading: boolean; matchedBy: MatchKind};

/** id = content hash; lead = fingerprint of the first paragraph; path absolute or null (stdin). */
export type ArticleIdentity = {id: string; path: string | null; lead: string};

export type PositionInput = Omit<SavedPosition, 'savedAt' | 'path'>;

export type PositionStore = {
	/** Sync lookup: exact id first, then same path, then same lead hash. Never touches the disk. */
	find(identity: ArticleIdentity): FoundPosition | undefined;
	/** Remember in memory and schedule a debounced write; never writes synchronously. */
	save(identity: ArticleIdentity, position: PositionInput): void;
	/** Write pending changes now (sync, locked, merged, pruned). Safe in 'exit' handlers. Never throws. */
	flush(): void;
	/** flush() and cancel the timer. The store stays usable (a later save() re-arms it). */
	close(): void;
	/** Messages for the user, at most one of each kind (corrupt file backed up; not writable; newer schema). */
	readonly notices: readonly string[];
	readonly writable: boolean;
	/** The state file. */
	readonly path: string;
	/** Changes not yet written (for example because another avis held the lock too long). */
	readonly pending: boolean;
	/** Number of articles known (memory, after the last read/merge). */
	readonly size: number;
	/** Counters for tests and measurements. */
	readonly stats: {readonly writes: number; readonly lastFlushMs: number};
};

export type OpenOptions = {
	/** Folder for positions.json. Default: $AVIS_CONFIG_DIR, else conf's config folder for 'avis'. */
	cwd?: string;
	/** Quiet time after the last save before writing. Default 500. */
	debounceMs?: number;
	/** Write at the latest this long after the first unsaved save, even while saves keep coming. Default 4 × debounceMs. */
	maxWaitMs?: number;
	/** Keep the most recent N articles by savedAt. Default 2000. */
	maxEntries?: number;
	/** Total time flush() may busy-wait for the cross-process lock. Default 1000. */
	lockWaitMs?: number;
};

export const SCHEMA_VERSION = 1;
export const PROJECT_NAME = 'avis';
export const FILE_NAME = 'positions.json';
const CONFIG_NAME = 'positions';
const STALE_MS = 5000;
const MAX_DECODED = 100_000;

// ---------------------------------------------------------------------------------------------
// Pure helpers

/** Whitespace-, case- and Unicode-form-insensitive text used for hashing. */
export function normaliseText(text: string): string {
	return String(text)
		.normalize('NFKC')
		.replaceAll(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
		.replaceAll(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

function hash(text: string, length: number): string {
	return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

/** Short stable hash (12 hex chars) of a paragraph's normalised text; '' for empty text. */
export function fingerprint(text: string): string {
	const normalised = normaliseText(text);
	return normalised === '' ? '' : hash(normalised, 12);
}

/**
 * Identity of an article: id hashes the whole text (line endings and trailing blanks ignored),
 * lead is the fingerprint of the first paragraph, path is made absolute.
 */
export function articleIdentity(text: string, leadParagraph: string, filePath: string | null): ArticleIdentity {
	const content = String(text).replaceAll(/\r\n?/g, '\n').replaceAll(/[ \t]+$/gm, '').trimEnd();
	return {
		id: hash(content, 16),
		lead: fingerprint(leadParagraph),
		path: filePath === null || filePath === '' ? null : path.resolve(filePath),
	};
}

/** Sorted compact ranges, e.g. [0..12, 15, 17..20] → "0-12,15,17-20". Ignores non-integers and negatives. */
export function encodeRanges(indices: Iterable<number>): string {
	const sorted = [...new Set(indices)]
		.filter(n => Number.isSafeInteger(n) && n >= 0)
		.sort((a, b) => a - b);
	const parts: string[] = [];
	let index = 0;
	while (index < sorted.length) {
		const start = sorted[index]!;
		let end = start;
		while (index + 1 < sorted.length && sorted[index + 1] === end + 1) {
			index++;
			end++;
		}

		parts.push(start === end ? String(start) : `${start}-${end}`);
		index++;
	}

	return parts.join(',');
}

/**
 * Inverse of encodeRanges. Never throws: skips parts it cannot read, accepts reversed ranges,
 * and stops after 100 000 indices so a hostile "0-999999999" cannot hang the reader.
 */
export function decodeRanges(s: string): Set<number> {
	const result = new Set<number>();
	if (typeof s !== 'string') {
		return result;
	}

	for (const part of s.split(',')) {
		const match = /^\s*(\d{1,15})\s*(?:-\s*(\d{1,15})\s*)?$/.exec(part);
		if (!match) {
			continue;
		}

		let start = Number(match[1]);
		let end = match[2] === undefined ? start : Number(match[2]);
		if (start > end) {
			[start, end] = [end, start];
		}

		for (let n = start; n <= end; n++) {
			if (result.size >= MAX_DECODED) {
				return result;
			}

			result.add(n);
		}
	}

	return result;
}

// ---------------------------------------------------------------------------------------------
// File format, migration and validation (pure)

type StoredEntry = SavedPosition & {lead: string};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings any known older document shape to the current schema. Pure; returns the input object
 * itself when it is already current (so running it twice is a no-op). Unknown shapes are
 * returned unchanged and rejected by validation.
 *   v0 (no schemaVersion): `{}` or `{"articles": {...}}` → v1.
 * Future: add `if (doc.schemaVersion === 1) doc = {...doc, schemaVersion: 2, ...}` steps here.
 */
export function migrate(document: unknown): unknown {
	if (!isPlainObject(document)) {
		return document;
	}

	let doc: Record<string, unknown> = document;
	if (!('schemaVersion' in doc)) {
		const keys = Object.keys(doc);
		if (keys.length === 0) {
			doc = {schemaVersion: 1, articles: {}};
		} else if (isPlainObject(doc['articles'])) {
			doc = {...doc, schemaVersion: 1};
		}
	}

	return doc;
}

const count = (v: unknown): number | undefined =>
	typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined;

/**
 * Checks one entry leniently: `paragraph` and `savedAt` must be non-negative numbers; other
 * fields may be missing (defaults) but must have the right type when present. Extra fields are ignored.
 */
export function validateEntry(value: unknown): StoredEntry | undefined {
	if (!isPlainObject(value)) {
		return undefined;
	}

	const {paragraph, savedAt, offset = 0, fingerprint = '', read = '', lead = '', speaker = null, path: entryPath = null, heading = false} = value;
	const p = count(paragraph);
	const t = count(savedAt);
	const o = count(offset);
	if (
		p === undefined || t === undefined || o === undefined
		|| typeof fingerprint !== 'string' || typeof read !== 'string' || typeof lead !== 'string'
		|| (speaker !== null && typeof speaker !== 'string')
		|| (entryPath !== null && typeof entryPath !== 'string')
		|| typeof heading !== 'boolean'
	) {
		return undefined;
	}

	const entry: StoredEntry = {paragraph: p, fingerprint, offset: o, speaker, read, path: entryPath, savedAt: t, lead};
	if (heading) {
		entry.heading = true;
	}

	return entry;
}

export type ParsedState =
	| {kind: 'corrupt'; reason: string}
	| {kind: 'newer'; version: number; entries: Map<string, StoredEntry>; dropped: number}
	| {kind: 'ok'; entries: Map<string, StoredEntry>; dropped: number};

/** Parses the state file's text. Whole-file problems → 'corrupt'; bad entries are counted in `dropped`. */
export function parseState(text: string): ParsedState {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return {kind: 'corrupt', reason: text.trim() === '' ? 'empty file' : `not JSON (${(error as Error).message})`};
	}

	const doc = migrate(raw);
	if (!isPlainObject(doc)) {
		return {kind: 'corrupt', reason: `top level is ${Array.isArray(doc) ? 'an array' : String(doc === null ? 'null' : typeof doc)}`};
	}

	const version = doc['schemaVersion'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return {kind: 'corrupt', reason: 'missing or invalid schemaVersion'};
	}

	const articles = doc['articles'];
	if (!isPlainObject(articles)) {
		return {kind: 'corrupt', reason: '"articles" is not an object'};
	}

	const entries = new Map<string, StoredEntry>();
	let dropped = 0;
	for (const [id, value] of Object.entries(articles)) {
		const entry = validateEntry(value);
		if (entry && id !== '') {
			entries.set(id, entry);
		} else {
			dropped++;
		}
	}

	return version > SCHEMA_VERSION
		? {kind: 'newer', version, entries, dropped}
		: {kind: 'ok', entries, dropped};
}

function serializeState(entries: Map<string, StoredEntry>): {schemaVersion: number; articles: Record<string, StoredEntry>} {
	const articles = Object.create(null) as Record<string, StoredEntry>;
	for (const [id, entry] of entries) {
		articles[id] = entry;
	}

	return {schemaVersion: SCHEMA_VERSION, articles};
}

/** Keeps the `max` most recent entries by savedAt (in place). */
function prune(entries: Map<string, StoredEntry>, max: number): void {
	if (entries.size <= max) {
		return;
	}

	const sorted = [...entries].sort((a, b) => b[1].savedAt - a[1].savedAt);
	for (const [id] of sorted.slice(Math.max(0, max))) {
		entries.delete(id);
	}
}

// ---------------------------------------------------------------------------------------------
// Paths

/** conf's default config folder (env-paths with suffix 'nodejs'); kept in step with conf by a test. */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
	const name = `${PROJECT_NAME}-nodejs`;
	const home = os.homedir();
	if (platform === 'darwin') {
		return path.join(home, 'Library', 'Preferences', name);
	}

	if (platform === 'win32') {
		return path.join(env['APPDATA'] || path.join(home, 'AppData', 'Roaming'), name, 'Config');
	}

	return path.join(env['XDG_CONFIG_HOME'] || path.join(home, '.config'), name);
}

export function resolveConfigDir(cwd?: string): string {
	return path.resolve(cwd ?? (process.env['AVIS_CONFIG_DIR'] || defaultConfigDir()));
}

// ---------------------------------------------------------------------------------------------
// The store

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

const describe = (error: unknown): string =>
	error instanceof Error ? error.message : String(error);

function sameFile(a: fs.Stats | undefined, b: fs.Stats | undefined): boolean {
	return a !== undefined && b !== undefined && a.ino === b.ino && a.dev === b.dev
		&& a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function statOrUndefined(file: string): fs.Stats | undefined {
	try {
		return fs.statSync(file);
	} catch {
		return undefined;
	}
}

export function openPositionStore(options: OpenOptions = {}): PositionStore {
	const dir = resolveConfigDir(options.cwd);
	const file = path.join(dir, FILE_NAME);
	const debounceMs = Math.max(0, options.debounceMs ?? 500);
	const maxWaitMs = Math.max(debounceMs, options.maxWaitMs ?? debounceMs * 4);
	const maxEntries = Math.max(1, Math.floor(options.maxEntries ?? 2000));
	const lockWaitMs = Math.max(0, options.lockWaitMs ?? 1000);

	const entries = new Map<string, StoredEntry>();
	const byPath = new Map<string, string>();
	const byLead = new Map<string, string>();
	const dirty = new Set<string>();
	const notices: string[] = [];
	const noticeKinds = new Set<string>();
	const stats = {writes: 0, lastFlushMs: 0};
	let writable = true;
	let conf: Conf | undefined;
	/** Stat of the file as we last read or wrote it; lets flush() skip re-parsing an unchanged file. */
	let seen: fs.Stats | undefined;
	let timer: NodeJS.Timeout | undefined;
	let firstPendingAt = 0;
	let lastSaveAt = 0;

	const notice = (kind: string, message: string): void => {
		if (!noticeKinds.has(kind)) {
			noticeKinds.add(kind);
			notices.push(message);
		}
	};

	const markUnwritable = (reason: string): void => {
		writable = false;
		notice('unwritable', `Reading positions will not be saved: ${reason}`);
	};

	const rebuildIndexes = (): void => {
		byPath.clear();
		byLead.clear();
		const newest = (index: Map<string, string>, key: string, id: string, savedAt: number): void => {
			const current = index.get(key);
			if (current === undefined || (entries.get(current)?.savedAt ?? -1) <= savedAt) {
				index.set(key, id);
			}
		};

		for (const [id, entry] of entries) {
			if (entry.path !== null) {
				newest(byPath, entry.path, id, entry.savedAt);
			}

			if (entry.lead !== '') {
				newest(byLead, entry.lead, id, entry.savedAt);
			}
		}
	};

	const backupName = (): string => {
		const base = `${file}.corrupt-${Date.now()}`;
		let candidate = base;
		for (let n = 1; fs.existsSync(candidate); n++) {
			candidate = `${base}-${n}`;
		}

		return candidate;
	};

	type ReadResult = {
		/** Valid entries found in the file (empty when missing or damaged as a whole). */
		entries: Map<string, StoredEntry>;
		/** The file was damaged as a whole or had bad entries. */
		damaged: boolean;
		/** Whole-file damage: nothing usable on disk. */
		wholeFile: boolean;
		/** Entry-level damage was backed up: the cleaned file should be written. */
		rewrite: boolean;
		/** False when we must not write (unreadable, newer schema, backup failed). */
		ok: boolean;
	};

	/**
	 * Reads and validates the file. With `repair` (lock held!): whole-file damage moves the file
	 * aside (rename keeps the bytes exactly); bad entries copy it aside and ask for a rewrite.
	 * Without `repair` nothing on disk is touched and no 'corrupt' notice is given.
	 */
	const readFile = (repair: boolean): ReadResult => {
		const result: ReadResult = {entries: new Map(), damaged: false, wholeFile: false, rewrite: false, ok: true};
		let text: string;
		try {
			const fd = fs.openSync(file, 'r');
			try {
				seen = fs.fstatSync(fd);
				text = fs.readFileSync(fd, 'utf8');
			} finally {
				fs.closeSync(fd);
			}
		} catch (error) {
			seen = undefined;
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return result;
			}

			markUnwritable(`cannot read ${file}: ${describe(error)}`);
			return {...result, ok: false};
		}

		const parsed = parseState(text);
		if (parsed.kind === 'newer') {
			writable = false;
			notice('newer', `Reading positions were saved by a newer version of avis (schema ${parsed.version}); they will be read but not changed.`);
			return {...result, entries: parsed.entries, ok: false};
		}

		if (parsed.kind === 'corrupt') {
			if (!repair) {
				return {...result, damaged: true, wholeFile: true};
			}

			try {
				const backup = backupName();
				fs.renameSync(file, backup);
				seen = undefined;
				notice('corrupt', `The reading positions file was damaged (${parsed.reason}); it was moved to ${backup} and positions start fresh.`);
				return {...result, damaged: true, wholeFile: true};
			} catch (error) {
				markUnwritable(`the damaged file ${file} could not be moved aside: ${describe(error)}`);
				return {...result, damaged: true, wholeFile: true, ok: false};
			}
		}

		result.entries = parsed.entries;
		if (parsed.dropped === 0) {
			return result;
		}

		result.damaged = true;
		if (!repair) {
			return result;
		}

		try {
			const backup = backupName();
			fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
			notice('corrupt', `${parsed.dropped} damaged reading position(s) were dropped; the original file was copied to ${backup}.`);
			return {...result, rewrite: true};
		} catch (error) {
			markUnwritable(`the damaged file ${file} could not be backed up: ${describe(error)}`);
			return {...result, ok: false};
		}
	};

	/** Takes the cross-process lock, busy-waiting with backoff. Returns the release function, or undefined. */
	const lock = (): (() => void) | undefined => {
		const deadline = Date.now() + lockWaitMs;
		let delay = 1;
		for (;;) {
			try {
				return lockfile.lockSync(file, {realpath: false, stale: STALE_MS, onCompromised() {}});
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') {
					markUnwritable(`cannot lock ${file}: ${describe(error)}`);
					return undefined;
				}

				const left = deadline - Date.now();
				if (left <= 0) {
					return undefined;
				}

				sleepSync(Math.min(delay, left));
				delay = Math.min(delay * 2, 50);
			}
		}
	};

	const unlock = (release: () => void): void => {
		try {
			release();
		} catch {}
	};

	const write = (): boolean => {
		try {
			conf ??= new Conf({
				cwd: dir,
				configName: CONFIG_NAME,
				projectName: PROJECT_NAME,
				accessPropertiesByDotNotation: false,
				clearInvalidConfig: false,
				configFileMode: 0o600,
				serialize: value => JSON.stringify(value),
			});
			conf.store = serializeState(entries);
			seen = statOrUndefined(file);
			stats.writes++;
			return true;
		} catch (error) {
			conf = undefined;
			markUnwritable(describe(error));
			return false;
		}
	};

	/** Probe: can we create files in the folder? (Root ignores modes, so we really try.) */
	const probe = (): void => {
		try {
			fs.mkdirSync(dir, {recursive: true});
			const probeFile = path.join(dir, `.${FILE_NAME}.probe-${process.pid}`);
			fs.writeFileSync(probeFile, '');
			fs.unlinkSync(probeFile);
		} catch (error) {
			markUnwritable(describe(error));
		}
	};

	// --- open: probe, read, repair if needed --------------------------------------------------
	probe();
	{
		let result = readFile(false);
		if (result.damaged) {
			// Repair under the lock, re-reading, so a good file another process just wrote is not moved aside.
			const release = writable ? lock() : undefined;
			if (release) {
				try {
					result = readFile(true);
					for (const [id, entry] of result.entries) {
						entries.set(id, entry);
					}

					if (result.rewrite) {
						write();
					}
				} finally {
					unlock(release);
				}
			} else {
				notice('corrupt', result.wholeFile
					? `The reading positions file ${file} is damaged; starting fresh (the file was left as it is).`
					: `Some damaged reading positions in ${file} were ignored (the file was left as it is).`);
			}
		}

		for (const [id, entry] of result.entries) {
			entries.set(id, entry);
		}

		rebuildIndexes();
	}

	const flush = (): void => {
		const started = performance.now();
		try {
			if (dirty.size === 0 || !writable) {
				return;
			}

			fs.mkdirSync(dir, {recursive: true});
			const release = lock();
			if (!release) {
				// Lock held by someone else for longer than lockWaitMs: keep the changes, retry later.
				if (writable) {
					arm(debounceMs);
				}

				return;
			}

			try {
				if (!sameFile(seen, statOrUndefined(file))) {
					const disk = readFile(true);
					if (!disk.ok) {
						return;
					}

					// Merge: the disk has everything other processes wrote (and their pruning);
					// ours win where newer. If the disk copy was damaged as a whole, our memory
					// (from the last good read) is the better base.
					const mine = new Map<string, StoredEntry>();
					for (const id of disk.wholeFile ? entries.keys() : dirty) {
						const entry = entries.get(id);
						if (entry) {
							mine.set(id, entry);
						}
					}

					entries.clear();
					for (const [id, entry] of disk.entries) {
						entries.set(id, entry);
					}

					for (const [id, entry] of mine) {
						const other = entries.get(id);
						if (!other || other.savedAt <= entry.savedAt) {
							entries.set(id, entry);
						}
					}
				}

				prune(entries, maxEntries);
				if (write()) {
					dirty.clear();
				}

				rebuildIndexes();
			} finally {
				unlock(release);
			}
		} catch (error) {
			// Never throw (exit handlers). Typical causes: ENOTDIR/EACCES/EROFS/ENOSPC.
			markUnwritable(describe(error));
		} finally {
			stats.lastFlushMs = performance.now() - started;
		}
	};

	const onTimer = (): void => {
		timer = undefined;
		if (dirty.size === 0) {
			return;
		}

		const now = Date.now();
		const quietFor = now - lastSaveAt;
		const waitedFor = now - firstPendingAt;
		if (quietFor < debounceMs && waitedFor < maxWaitMs) {
			arm(Math.min(debounceMs - quietFor, maxWaitMs - waitedFor));
			return;
		}

		flush();
	};

	function arm(ms: number): void {
		if (timer) {
			return;
		}

		timer = setTimeout(onTimer, Math.max(0, ms));
		timer.unref();
	}

	const clean = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);

	return {
		find(identity) {
			let matchedBy: MatchKind = 'id';
			let entry = entries.get(identity.id);
			if (!entry && identity.path !== null) {
				const id = byPath.get(identity.path);
				entry = id === undefined ? undefined : entries.get(id);
				matchedBy = 'path';
			}

			if (!entry && identity.lead !== '') {
				const id = byLead.get(identity.lead);
				entry = id === undefined ? undefined : entries.get(id);
				matchedBy = 'lead';
			}

			if (!entry) {
				return undefined;
			}

			const {lead: _lead, heading = false, ...position} = entry;
			return {...position, heading, matchedBy};
		},

		save(identity, position) {
			if (typeof identity?.id !== 'string' || identity.id === '') {
				return;
			}

			const entry: StoredEntry = {
				paragraph: clean(position.paragraph),
				fingerprint: typeof position.fingerprint === 'string' ? position.fingerprint : '',
				offset: clean(position.offset),
				speaker: typeof position.speaker === 'string' ? position.speaker : null,
				read: typeof position.read === 'string' ? position.read : '',
				path: typeof identity.path === 'string' ? identity.path : null,
				savedAt: Date.now(),
				lead: typeof identity.lead === 'string' ? identity.lead : '',
			};
			if (position.heading === true) {
				entry.heading = true;
			}

			entries.set(identity.id, entry);
			if (entry.path !== null) {
				byPath.set(entry.path, identity.id);
			}

			if (entry.lead !== '') {
				byLead.set(entry.lead, identity.id);
			}

			lastSaveAt = entry.savedAt;
			if (dirty.size === 0) {
				firstPendingAt = lastSaveAt;
			}

			dirty.add(identity.id);
			if (writable) {
				arm(debounceMs);
			}
		},

		flush,

		close() {
			if (timer) {
				clearTimeout(timer);
				timer = undefined;
			}

			flush();
		},

		notices,
		get writable() {
			return writable;
		},
		path: file,
		get size() {
			return entries.size;
		},
		get pending() {
			return writable && dirty.size > 0;
		},
		stats,
	};
}

/**
 * Flushes the store on every way out: normal exit, process.exit(), SIGINT/SIGTERM/SIGHUP
 * (signal-exit) — see pitfall A8. Returns a function that removes both hooks.
 */
export function flushOnExit(store: Pick<PositionStore, 'flush'>): () => void {
	const handler = (): void => {
		store.flush();
	};

	process.on('exit', handler);
	const removeSignalHook = onExit(handler, {alwaysLast: false});
	return () => {
		process.off('exit', handler);
		removeSignalHook();
	};
}

/** Where conf itself would put the file for projectName 'avis' (constructs Conf, creating the folder). For the path-parity test. */
export function confDefaultFile(): string {
	return new Conf({projectName: PROJECT_NAME, configName: CONFIG_NAME}).path;
}
