/**
 * A small YAML writer for the frontmatter of content files: block mappings and sequences of plain data
 * (strings, numbers, booleans, arrays, objects), in the layout the `yaml` package writes, at ~20× its
 * speed (emitting the bench corpus took 28 s with it). Strings are written plain when that is
 * unambiguous, as a `|-` block when they span lines, else double-quoted with JSON escapes (a valid
 * YAML double-quoted scalar). tests/unit/yaml.test.ts parses every content file back with the `yaml`
 * package and checks it reads as the data it was written from.
 */

const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/** Can `s` be written as a plain scalar and read back as the same string? */
function plain(s: string): boolean {
  // A file name like "000_5a90ada4.txt" starts with a digit but is no number, date or hex literal.
  if (/^\d[\w.-]*[A-Za-z_][\w.-]*$/.test(s)) return !/^\d{4}-\d\d-\d\d|^0[xob]|^\d+(?:\.\d*)?e[-+]?\d+$|^\d+(?:\.\d*)?$/i.test(s);
  return (
    /^[\p{L}_(/][^\n\r\t\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]*$/u.test(s) &&
    !/[:#]$|: | #|\s$/.test(s) &&
    !RESERVED.test(s)
  );
}

/** Can `s` be a `|-` literal block (indented by the caller) and read back the same? */
function block(s: string): boolean {
  return s.includes('\n') && !/[\r\t\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s) && !/^\s/.test(s) && !/\s$/.test(s) && !/\n[ ]+(?:\n|$)/.test(s);
}

function scalar(value: unknown, indent: string): string {
  if (typeof value === 'string') {
    if (plain(value)) return value;
    if (block(value)) return `|-\n${value.split('\n').map((l) => (l ? `${indent}  ${l}` : '')).join('\n')}`;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  throw new Error(`cannot write a ${typeof value} as a YAML scalar`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function mapping(obj: Record<string, unknown>, indent: string): string {
  let out = '';
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (!plain(key)) throw new Error(`cannot write the key ${JSON.stringify(key)}`);
    out += `${indent}${key}:${nested(value, indent)}\n`;
  }
  return out;
}

/** A value after "key:" or "- ": on the same line if scalar or empty, else on the lines below. */
function nested(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return `\n${sequence(value, `${indent}  `)}`.replace(/\n$/, '');
  }
  if (isObject(value)) {
    if (Object.keys(value).length === 0) return ' {}';
    return `\n${mapping(value, `${indent}  `)}`.replace(/\n$/, '');
  }
  return ` ${scalar(value, indent)}`;
}

function sequence(items: unknown[], indent: string): string {
  let out = '';
  for (const item of items) {
    if (isObject(item) && Object.keys(item).length > 0) {
      // "- first: 1\n  second: 2": the first key on the dash line, the rest aligned under it.
      const body = mapping(item, `${indent}  `);
      out += `${indent}- ${body.slice(indent.length + 2)}`;
    } else if (Array.isArray(item) && item.length > 0) {
      out += `${indent}-${nested(item, indent)}\n`;
    } else {
      out += `${indent}-${nested(item, indent)}\n`;
    }
  }
  return out;
}

/** The YAML text of a plain object (the frontmatter of one content file), ending with a newline. */
export function toYaml(data: Record<string, unknown>): string {
  return mapping(data, '');
}
