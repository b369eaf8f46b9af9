import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, parseDocument } from 'yaml';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLIP_ADD = path.join(ROOT, 'src/cli/clip-add.ts');
const VALIDATE = path.join(ROOT, 'src/cli/validate.ts');
const CAPTURES = path.join(ROOT, 'content/captures');

/** An empty archive (outlets only) in a temporary folder, and a folder of captures to add from. */
function emptyArchive() {
  const dir = mkdtempSync(path.join(tmpdir(), 'clip-add-'));
  const archive = path.join(dir, 'archive');
  const inbox = path.join(dir, 'inbox');
  mkdirSync(path.join(archive, 'clips'), { recursive: true });
  mkdirSync(path.join(archive, 'captures'), { recursive: true });
  mkdirSync(inbox);
  copyFileSync(path.join(ROOT, 'content/outlets.yaml'), path.join(archive, 'outlets.yaml'));
  return { archive, inbox };
}

function run(cli: string, args: string[], archive: string) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: ROOT,
    env: { ...process.env, CLIPS_DIR: archive },
    encoding: 'utf8',
  });
}

/** Every file under a folder with its bytes, to prove that a refused command wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full)] = readFileSync(full).toString('base64');
    }
  }
  return files;
}

/** What a keeper would write into each field the command named as left to fill. */
function keeperValue(field: string): unknown {
  if (field.endsWith('.basis')) return 'inferred';
  if (field.endsWith('urlBasis')) return 'found';
  if (/evidence$/i.test(field)) return 'Checked by the keeper against the publisher’s page.';
  if (field === 'date') return '2020-09-29/2020-09-30';
  if (field === 'title') return 'A title the keeper devised';
  if (field === 'titleKind') return 'devised';
  if (field.endsWith('.unit')) return 'people';
  if (field.endsWith('.counts')) return 'what the text counts';
  if (field.endsWith('.attributedTo')) return 'unattributed';
  if (field.endsWith('.role')) return null;
  if (field.endsWith('.kind')) return 'article';
  throw new Error(`the test does not know how to fill ${field}`);
}

function fieldPath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .flatMap((part) => (part === undefined || part === '' ? [] : [/^\d+$/.test(part) ? Number(part) : part]));
}

/** Fills the fields listed under "Left to fill" in the command's output, as a keeper would. */
function fillNamedFields(clipFile: string, stdout: string): string[] {
  const section = stdout.split('Left to fill')[1]?.split('\n\n')[0] ?? '';
  const fields = [...section.matchAll(/^ {2}([\w.[\]]+): /gm)].map((m) => m[1]!);
  const source = readFileSync(clipFile, 'utf8');
  const split = splitFrontmatter(source);
  if (!split.ok) throw new Error(split.message);
  const yamlText = source.slice(4, source.length - split.body.length).replace(/---\n\n?$/, '');
  const doc = parseDocument(yamlText);
  for (const field of fields) doc.setIn(fieldPath(field), keeperValue(field));
  writeFileSync(clipFile, `---\n${doc.toString()}---\n\n${split.body}`);
  return fields;
}

describe('npm run clip:add', () => {
  it('drafts a clip from a new capture, names what is left to fill, and validates once those are filled', () => {
    const { archive, inbox } = emptyArchive();
    const capture = path.join(inbox, '002_e278757b7fe60643.txt');
    copyFileSync(path.join(CAPTURES, 'ice-preparing-targeted-arrests-in-sanctuary-cities.txt'), capture);

    const added = run(CLIP_ADD, [capture, '--outlet', 'speaking-about-news'], archive);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const slug = 'ice-preparing-to-make-targeted-arrests-in-sanctuary-cities';
    const clipFile = path.join(archive, 'clips', `${slug}.md`);
    expect(readFileSync(path.join(archive, 'captures', `${slug}.txt`))).toEqual(readFileSync(capture));
    expect(added.stdout).toContain('Left to fill');
    expect(added.stdout).toMatch(/^ {2}outletKnown\.evidence: /m);
    expect(added.stdout).toMatch(/^ {2}omitted\[2\]: suggested as page chrome \(related-posts widget/m);
    expect(added.stdout).toContain('Validation (the draft is not valid until the fields above are filled)');

    // The draft is valid YAML, marks its suggestions, and does not validate yet.
    const draftText = readFileSync(clipFile, 'utf8');
    expect(draftText).toContain('# TO FILL: say in a sentence how the outlet is known');
    expect(draftText).toContain('# TO CONFIRM: suggested figure "70%"');
    // The accession: the day the archive added the clip (the run may straddle midnight UTC).
    const days = [0, -1].map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10));
    const accessioned = /\naccessioned: "?(\d{4}-\d{2}-\d{2})"?\n/.exec(draftText)?.[1];
    expect(days).toContain(accessioned);
    expect(new Document(draftText.split('\n---\n')[0]).errors).toEqual([]);
    expect(run(VALIDATE, [], archive).status).toBe(1);

    const filled = fillNamedFields(clipFile, added.stdout);
    expect(filled).toContain('date');
    const validated = run(VALIDATE, [], archive);
    expect(validated.stderr).toBe('');
    expect(validated.stdout).toMatch(/^1 clips valid/);
  });

  it('imports a folder with a progress bar and a summary of what was added, skipped and failed', () => {
    const { archive, inbox } = emptyArchive();
    copyFileSync(path.join(CAPTURES, 'ice-cranks-up-the-heat-on-sanctuary-cities.txt'), path.join(inbox, 'a.txt'));
    copyFileSync(path.join(CAPTURES, 'ice-turns-up-the-volume-on-sanctuary-cities.txt'), path.join(inbox, 'b.txt'));
    copyFileSync(path.join(CAPTURES, 'ice-cranks-up-the-heat-on-sanctuary-cities.txt'), path.join(inbox, 'c.txt'));
    writeFileSync(path.join(inbox, 'd.txt'), '');
    writeFileSync(path.join(inbox, 'notes.md'), 'not a capture');

    const result = run(CLIP_ADD, [inbox], archive);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('4 captures: 2 added, 1 skipped, 1 failed.');
    expect(result.stdout).toMatch(
      /added {3}thats-enough-ice-cranks-up-the-heat-on-lawless-sanctuary: \d+ fields to fill/,
    );
    expect(result.stdout).toMatch(/added {3}b: \d+ fields to fill/);
    expect(result.stdout).toContain(
      'skipped c.txt: the slug "thats-enough-ice-cranks-up-the-heat-on-lawless-sanctuary" is taken',
    );
    expect(result.stdout).toContain('failed  d.txt: the file is empty');
    expect(readdirSync(path.join(archive, 'clips')).sort()).toEqual([
      'b.md',
      'thats-enough-ice-cranks-up-the-heat-on-lawless-sanctuary.md',
    ]);
  });

  describe('refuses bad input with a clear message and writes nothing', () => {
    const refused = (setup: (inbox: string, archive: string) => string[], message: RegExp | string) => {
      const { archive, inbox } = emptyArchive();
      const args = setup(inbox, archive);
      const before = snapshot(archive);
      const result = run(CLIP_ADD, args, archive);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('Nothing was written.');
      expect(snapshot(archive)).toEqual(before);
    };

    it('a missing file', () => {
      refused((inbox) => [path.join(inbox, 'nope.txt')], /nope\.txt does not exist/);
    });

    it('an empty file', () => {
      refused((inbox) => {
        writeFileSync(path.join(inbox, 'empty.txt'), '\n\n');
        return [path.join(inbox, 'empty.txt')];
      }, /empty\.txt: the file is empty/);
    });

    it('a binary file', () => {
      refused((inbox) => {
        writeFileSync(path.join(inbox, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
        return [path.join(inbox, 'image.txt')];
      }, /image\.txt: it is a binary file/);
    });

    it('a file that is not UTF-8', () => {
      refused((inbox) => {
        writeFileSync(path.join(inbox, 'latin1.txt'), Buffer.from('Caf\xe9 \x93quoted\x94\n', 'latin1'));
        return [path.join(inbox, 'latin1.txt')];
      }, /latin1\.txt: it is not valid UTF-8 text/);
    });

    it('a slug that exists, unless --force', () => {
      const { archive, inbox } = emptyArchive();
      const capture = path.join(inbox, 'x.txt');
      copyFileSync(path.join(CAPTURES, 'sanctuary-cities-sacrifice-safety.txt'), capture);
      expect(run(CLIP_ADD, [capture, '--slug', 'safety'], archive).status).toBe(0);
      writeFileSync(path.join(archive, 'clips', 'safety.md'), 'edited by the keeper');
      const before = snapshot(archive);
      const again = run(CLIP_ADD, [capture, '--slug', 'safety'], archive);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('the slug "safety" is taken');
      expect(again.stderr).toContain('--force');
      expect(snapshot(archive)).toEqual(before);
      expect(run(CLIP_ADD, [capture, '--slug', 'safety', '--force'], archive).status).toBe(0);
      expect(readFileSync(path.join(archive, 'clips', 'safety.md'), 'utf8')).toMatch(/^---\n/);
    });

    it('an unknown outlet id, offering the exact YAML to add and the file to add it to', () => {
      refused((inbox) => {
        copyFileSync(path.join(CAPTURES, 'sanctuary-cities-sacrifice-safety.txt'), path.join(inbox, 'x.txt'));
        return [path.join(inbox, 'x.txt'), '--outlet', 'daily-example'];
      }, /unknown outlet "daily-example": .*outlets\.yaml lists no outlet with that id[\s\S]*- id: daily-example\n\s+name: .+\n\s+url: null/);
    });

    it('a date that is not EDTF, a URL that is not a URL, or a bad slug', () => {
      const capture = (inbox: string) => {
        copyFileSync(path.join(CAPTURES, 'sanctuary-cities-sacrifice-safety.txt'), path.join(inbox, 'x.txt'));
        return path.join(inbox, 'x.txt');
      };
      refused((inbox) => [capture(inbox), '--date', 'last week'], /--date "last week" is not an EDTF date/);
      refused((inbox) => [capture(inbox), '--url', 'example.com/page'], /--url "example.com\/page" is not a full URL/);
      refused((inbox) => [capture(inbox), '--slug', 'Bad Slug'], /--slug "Bad Slug" is not a valid slug/);
    });
  });
});
