import type { z } from 'astro/zod';

/** One thing wrong with the archive's content, said so that a keeper can fix it without reading code. */
export interface ValidationIssue {
  /** Path of the file at fault, relative to the project root. */
  file: string;
  /** Field path inside the file (e.g. `figures[2].quote`), or null for the file as a whole. */
  field: string | null;
  message: string;
  fix: string;
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

export function formatIssue(issue: ValidationIssue): string {
  const where = issue.field ? `${issue.file} › ${issue.field}` : issue.file;
  return `${where}: ${issue.message}\n    Fix: ${issue.fix}`;
}

export function formatIssues(issues: ValidationIssue[]): string {
  const files = new Set(issues.map((i) => i.file)).size;
  const head = `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
  return [head, ...issues.map(formatIssue)].join('\n');
}

/** Turns zod's issues into the archive's wording: which field, what is wrong, what to do. */
export function issuesFromZod(
  file: string,
  error: z.ZodError,
  allowedKeys: (path: readonly PropertyKey[]) => string[],
  input?: unknown,
): ValidationIssue[] {
  return error.issues.map((issue) => {
    const field = formatFieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const parent = field || 'the frontmatter';
      return {
        file,
        field: field ? `${field}.${issue.keys[0]}` : issue.keys[0]!,
        message: `unknown key ${keys} in ${parent}.`,
        fix: `Remove it or correct its spelling. Allowed keys here: ${allowedKeys(issue.path).join(', ')}.`,
      };
    }
    if (issue.code === 'invalid_type') {
      const given = valueAt(input, issue.path);
      if (given === undefined) {
        return {
          file,
          field,
          message: `"${field}" is missing.`,
          fix: `Add ${field} (see the clip layout in README.md).`,
        };
      }
      if (issue.expected === 'string' && given !== null && typeof given !== 'object') {
        // YAML reads 20200101, 1.5 or true as a number or a boolean: the value is there, but not as text.
        return {
          file,
          field,
          message: `"${field}" is ${typeof given === 'number' ? 'a number' : 'true/false'} (${String(given)}), not text.`,
          fix: `Write it in double quotes: ${String(issue.path.at(-1))}: "${String(given)}".`,
        };
      }
    }
    const [message, fix] = splitMessage(issue.message);
    return { file, field: field || null, message, fix };
  });
}

// Schema messages are written as "what is wrong. What to do." or just "What to do.".
function splitMessage(message: string): [string, string] {
  const m = /^(.*?\.)\s+(Write|Use|Give|Say|Copy|Name|Remove|Add)\b(.*)$/s.exec(message);
  if (m) return [m[1]!, `${m[2]}${m[3]}`];
  return [message.replace(/\.$/, '') + '.', message];
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}
