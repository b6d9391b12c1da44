/** Fills `{name}` in a string: fill('{n} of {total}', { n: 1, total: 5 }) → "1 of 5". Unknown names stay. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
