import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** schema/*.graphql is the single source of the API; codegen reads the same files. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}
