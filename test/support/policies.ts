import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The policies/ folder the gateway ships. */
export const shippedPolicies = path.resolve(__dirname, '../../../policies');

/** A shipped policy file's text, for tests that write a variation of it. */
export const shippedPolicy = (file: string) => fs.readFileSync(path.join(shippedPolicies, file), 'utf8');

/**
 * A temporary copy of the shipped policies/ folder, with `overrides` (file name → YAML) written
 * over it; the caller removes it.
 */
export function policyFolder(overrides: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-policies-'));
  for (const file of fs.readdirSync(shippedPolicies))
    fs.copyFileSync(path.join(shippedPolicies, file), path.join(dir, file));
  for (const [file, yaml] of Object.entries(overrides)) fs.writeFileSync(path.join(dir, file), yaml);
  return dir;
}
