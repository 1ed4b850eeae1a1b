import fs from 'node:fs';
import path from 'node:path';

/**
 * The TensorFlow ops the installed TensorFlow.js converter can execute, read from its own op
 * tables (one file per op family, each entry naming its `tfOpName`): a graph model using any other
 * op (a custom op, a py_func) could never run. Read once, when the first graph model arrives.
 */
let known: Set<string> | undefined;

export function executableGraphOps(): Set<string> {
  if (known) return known;
  const dir = path.join(
    path.dirname(require.resolve('@tensorflow/tfjs-converter/package.json')),
    'dist',
    'operations',
    'op_list',
  );
  const names = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    for (const match of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/['"]tfOpName['"]\s*:\s*['"](\w+)['"]/g))
      names.add(match[1]!);
  }
  // Fail closed: a converter laid out otherwise must not make every op pass.
  if (!names.has('MatMul') || !names.has('Conv2D'))
    throw new Error(`Cannot read the TensorFlow.js converter's op tables in ${dir}.`);
  known = names;
  return known;
}
