import { defaultFieldResolver, isObjectType, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { badInput } from '../errors';

/**
 * PostgreSQL stores neither NUL characters nor broken UTF-16 surrogates (jsonb refuses the
 * latter), so an argument carrying one would fail deep in a write. Refuse it up front, naming
 * the argument, on every field of the schema that takes arguments. Only those are wrapped: a
 * field without arguments (the thousands of attributions of an explained answer) resolves as
 * plainly as graphql-js can, with no per-field work on the event loop.
 */
export function rejectUnstorableText(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      // predict stores no text of its arguments (the log keeps packed numbers), and its instances are
      // the largest arguments there are: their own check refuses anything but numbers and booleans.
      if (field.args.length === 0 || (type === schema.getQueryType() && field.name === 'predict')) continue;
      guard(field, 'resolve');
      guard(field, 'subscribe');
    }
  }
}

function guard(
  field: Pick<GraphQLFieldConfig<unknown, unknown>, 'resolve' | 'subscribe'>,
  hook: 'resolve' | 'subscribe',
) {
  const original = field[hook] ?? (hook === 'resolve' ? defaultFieldResolver : undefined);
  if (!original) return;
  field[hook] = (source, args, context, info) => {
    check(args, '');
    return original(source, args, context, info);
  };
}

function check(args: unknown, root: string): void {
  // Iterative, and paths are built only to name a refusal: arguments may be large (a predict's
  // instances) or deeply nested, and cost no more than one look at each value.
  const stack: unknown[] = [args];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (!storable(value))
        throw badInput(
          pathTo(args, root, value) ?? root,
          'contains a NUL character or a broken Unicode surrogate; send valid UTF-8 text.',
        );
    } else if (Array.isArray(value)) {
      for (const item of value)
        if (item !== null && typeof item !== 'number' && typeof item !== 'boolean') stack.push(item);
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const key in value) {
        if (!storable(key))
          throw badInput(
            root || 'arguments',
            'has a key with a NUL character or a broken Unicode surrogate; send valid UTF-8 text.',
          );
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
}

function storable(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/** Where `target` sits under `value`, as an argument path (`input.names[2]`); breadth-first, so no deep recursion. */
function pathTo(value: unknown, root: string, target: string): string | undefined {
  const queue: [unknown, string][] = [[value, root]];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [node, path] = next;
    if (node === target) return path;
    if (Array.isArray(node)) node.forEach((item, index) => queue.push([item, `${path}[${index}]`]));
    else if (node !== null && typeof node === 'object')
      for (const [key, item] of Object.entries(node)) queue.push([item, path ? `${path}.${key}` : key]);
  }
  return undefined;
}
