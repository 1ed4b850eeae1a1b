/** Bytes as a person reads them: 412 bytes, 4.8 KiB, 512 MiB, 3.2e+148 GiB. */
export function readableBytes(value: number): string {
  if (!Number.isFinite(value)) return 'unboundedly many bytes';
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 1e6 ? value.toExponential(1) : Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}

/** What a library threw, on one line and at most 200 characters: enough to act on, never a whole echoed value. */
export function briefly(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .replace(/\s+/g, ' ')
    .slice(0, 200);
}
