import fs from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';

/** Reads a YAML policy file against its schema; throws an Error that names the file and the path at fault. */
export function readPolicyFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
