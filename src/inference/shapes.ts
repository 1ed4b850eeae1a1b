/** Elements of a tensor of this shape (1 for a scalar's empty shape). */
export function elementsOf(shape: readonly number[]): number {
  let elements = 1;
  for (const dimension of shape) elements *= dimension;
  return elements;
}

/** Values per instance of a batch of this shape (every dimension but the first). */
export function rowSize(shape: readonly number[]): number {
  return elementsOf(shape.slice(1));
}

/** The index of the largest of `width` values from `from` on (the first of equals): a classifier's predicted class. */
export function argmax(values: ArrayLike<number>, from = 0, width = values.length - from): number {
  let best = 0;
  for (let i = 1; i < width; i += 1) if (values[from + i]! > values[from + best]!) best = i;
  return best;
}
