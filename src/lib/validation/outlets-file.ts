import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { outletListSchema, type Outlet } from '../../schema/outlet.ts';
import { issuesFromZod, type ValidationIssue } from './validation-issue.ts';

/**
 * Reads the outlet list (content/outlets.yaml): its YAML, its schema and ids listed once. Apart from the clip checks
 * because `clip:add` reads the outlets to match a page's site without validating any clip.
 */
export function readOutlets(file: string, displayFile: string): { outlets: Outlet[]; issues: ValidationIssue[] } {
  const problem = (field: string | null, message: string, fix: string): ValidationIssue => ({
    file: displayFile,
    field,
    message,
    fix,
  });
  if (!existsSync(file)) {
    const issue = problem(
      null,
      'the outlets file is missing.',
      'Create it with a YAML list of outlets (id, name, url).',
    );
    return { outlets: [], issues: [issue] };
  }
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const message = `broken YAML: ${(error as Error).message.split('\n')[0]}`;
    return { outlets: [], issues: [problem(null, message, 'Correct the YAML syntax at the line named.')] };
  }
  const parsed = outletListSchema.safeParse(data);
  if (!parsed.success)
    return {
      outlets: [],
      issues: issuesFromZod(displayFile, parsed.error, () => ['id', 'name', 'url', 'description'], data),
    };
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((outlet, i) => {
    if (seen.has(outlet.id))
      issues.push(problem(`[${i}].id`, `outlet id "${outlet.id}" is listed twice.`, 'Keep one entry per outlet.'));
    seen.add(outlet.id);
  });
  return { outlets: parsed.data, issues };
}
