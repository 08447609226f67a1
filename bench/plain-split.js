// The --json baseline: read the file, split on blank lines, JSON.stringify, write.
import {readFileSync} from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
process.stdout.write(JSON.stringify(text.split(/\n[ \t]*\n/)));
