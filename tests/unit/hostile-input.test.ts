// The archive's promises under hostile and careless input: each case is refused with a message naming file, field
// and fix (never a stack trace), or handled as the README says. Every refused case is also refused by Astro's own
// reading of the clip (its YAML reader and the same schema), so validate and build cannot disagree.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipSchema } from '../../src/schema/clip.ts';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { formatIssues, type ValidationIssue } from '../../src/lib/validation/validation-issue.ts';
import { copyFixtureArchive, editFile, FIXTURE_SLUG } from '../helpers/fixture-archive.ts';

type Archive = ReturnType<typeof copyFixtureArchive>;
const CLIP = `clips/${FIXTURE_SLUG}.md`;

interface HostileCase {
  name: string;
  breakIt: (archive: Archive) => void;
  file: string;
  field: string | null;
  says: RegExp;
}

const inClip = (find: string | RegExp, replace: string) => (a: Archive) =>
  editFile(a.clipFile, (t) => t.replace(find, replace));
const inBody = (find: string, replace: string) => inClip(find, replace);
const inCapture = (find: string, replace: string) => (a: Archive) => {
  editFile(a.captureFile, (t) => t.replace(find, replace));
  resealCapture(a);
  editFile(a.clipFile, (t) => t.replace(find, replace.normalize('NFD')));
};

/** Writes the capture's new SHA-256 into the clip, so that only the text comparison can object. */
function resealCapture(a: Archive) {
  const digest = createHash('sha256').update(readFileSync(a.captureFile)).digest('hex');
  editFile(a.clipFile, (t) => t.replace(/sha256: [0-9a-f]{64}/, `sha256: ${digest}`));
}

const cases: HostileCase[] = [
  // Script in URLs: every URL field takes only http(s).
  ...(
    [
      ['source.url', 'url: https://example.com/city-budget', 'url: "javascript:alert(document.domain)"'],
      [
        'figures[0].check.source',
        'note: Fixture figure.',
        'note: Fixture figure.\n      source: "javascript:alert(1)"',
      ],
      ['cites[0].url', 'outlet: example-gazette\n', 'outlet: example-gazette\n    url: "JavaScript:alert(1)"\n'],
      [
        'source.copies[0].url',
        'copies: []',
        'copies:\n    - url: "data:text/html,<script>alert(1)</script>"\n      note: "A copy."',
      ],
    ] as const
  ).map(([field, find, replace]) => ({
    name: `a script URL in ${field}`,
    breakIt: inClip(find, replace),
    file: CLIP,
    field,
    says: /is not a web address.*\n.*http:\/\/ or https:\/\//,
  })),
  {
    name: "a script URL in an outlet's url",
    breakIt: (a) =>
      editFile(a.outletsFile, (t) => t.replace(/url: (https?:\/\/\S+|null)/, 'url: "javascript:alert(1)"')),
    file: 'outlets.yaml',
    field: '[0].url',
    says: /is not a web address/,
  },
  // A body may not add what its plain-text capture lacks.
  ...(
    [
      [
        'a phishing link around captured words',
        'said Jane Roe',
        'said [Jane Roe](https://phishing.example/login)',
        'a link',
      ],
      ['a tracking image', 'she said.', 'she said. ![](http://tracker.example/p.gif)', 'an image'],
      ['emphasis', 'every one,”', '*every* one,”', 'emphasis'],
      ['strong emphasis', 'every one,”', '**every** one,”', 'strong emphasis'],
      ['inline code', 'new posts', '`new` posts', 'inline code'],
      ['a footnote', 'she said.', 'she said.[^1]\n\n[^1]: Added.', 'a footnote'],
      ['raw HTML', 'she said.', 'she said.\n\n<img src=x onerror=alert(1)>', 'raw HTML'],
    ] as const
  ).map(([name, find, replace, construct]) => ({
    name: `${name} in the body`,
    breakIt: inBody(find, replace),
    file: CLIP,
    field: 'body',
    says: new RegExp(`line \\d+: ${construct.replace(/[()*]/g, '\\$&')}.*the capture is plain text`),
  })),
  // Dates.
  {
    name: 'an impossible day (2021-02-29)',
    breakIt: inClip('date: 2020-01-21/2020-01-26', 'date: "2021-02-29"'),
    file: CLIP,
    field: 'date',
    says: /2021-02-29 is not a day of the calendar: February 2021 has 28 days/,
  },
  {
    name: 'a negative year (-0500)',
    breakIt: inClip('date: 2020-01-21/2020-01-26', 'date: "-0500"'),
    file: CLIP,
    field: 'date',
    says: /a year before 1.*\n.*four digits/,
  },
  {
    name: 'a date in the future (2099-01-01)',
    breakIt: inClip('date: 2020-01-21/2020-01-26', 'date: "2099-01-01"'),
    file: CLIP,
    field: 'date',
    says: /begins after today[\s\S]*dateException/,
  },
  {
    name: 'a publication after its capture',
    breakIt: inClip('sha256:', 'captured: "2019-05-01"\n    sha256:'),
    file: CLIP,
    field: 'date',
    says: /begins after the capture \(2019-05-01\)/,
  },
  {
    name: 'a capture date in the future',
    breakIt: inClip('sha256:', 'captured: "2098-05-01"\n    sha256:'),
    file: CLIP,
    field: 'source.capture.captured',
    says: /is in the future/,
  },
  // YAML.
  {
    name: 'an unquoted YAML date',
    breakIt: inClip('date: 2020-01-21/2020-01-26', 'date: 2020-02-03'),
    file: CLIP,
    field: 'date',
    says: /reads the unquoted value 2020-02-03 as a date.*\n.*double quotes/,
  },
  {
    name: 'a number where text is expected',
    breakIt: inClip('date: 2020-01-21/2020-01-26', 'date: 20200101'),
    file: CLIP,
    field: 'date',
    says: /"date" is a number \(20200101\), not text/,
  },
  {
    name: 'a duplicate key',
    breakIt: inClip('author: null', 'author: null\nauthor: null'),
    file: CLIP,
    field: 'author',
    says: /the key "author" is given twice/,
  },
  {
    name: 'a YAML alias bomb',
    breakIt: inClip(
      '---\n',
      '---\nx: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n',
    ),
    file: CLIP,
    field: null,
    says: /a YAML alias \(\*a\); clips may not use anchors and aliases/,
  },
  // Unicode.
  {
    name: 'a body in NFD against an NFC capture',
    breakIt: inCapture('The council approved', 'The caf\u00e9 council approved'),
    file: CLIP,
    field: 'body',
    says: /differ only in Unicode normalisation: the capture has U\+00E9 where the body has U\+0065 U\+0301/,
  },
  {
    name: 'a zero-width space only in the body',
    breakIt: inBody('council approved', 'council\u200b approved'),
    file: CLIP,
    field: 'body',
    says: /differ only by invisible characters: the body has invisible U\+200B \(ZERO WIDTH SPACE\)/,
  },
  // Sizes.
  {
    name: 'a body over the size limit',
    breakIt: (a) => editFile(a.clipFile, (t) => `${t}\n\n${'word '.repeat(120_000)}\n`),
    file: CLIP,
    field: 'body',
    says: /over the limit of 512 KB/,
  },
  {
    name: 'a capture over the size limit',
    breakIt: (a) => writeFileSync(a.captureFile, 'x'.repeat(2 * 1024 * 1024)),
    file: CLIP,
    field: 'source.capture.file',
    says: /2\.0 MB, over the limit of 1\.0 MB/,
  },
  // Files.
  {
    name: 'a clip that is a symbolic link',
    breakIt: (a) => symlinkSync(a.clipFile, path.join(a.clipsDir, 'linked.md')),
    file: 'clips/linked.md',
    field: null,
    says: /a symbolic link.*\n.*copy of the file/,
  },
  {
    name: 'a symbolic link loop in clips/',
    breakIt: (a) => symlinkSync('loop', path.join(a.clipsDir, 'loop')),
    file: 'clips/loop',
    field: null,
    says: /a symbolic link/,
  },
  {
    name: 'a dangling symbolic link',
    breakIt: (a) => symlinkSync('/nonexistent/clip.md', path.join(a.clipsDir, 'gone.md')),
    file: 'clips/gone.md',
    field: null,
    says: /a symbolic link/,
  },
  {
    name: 'a named pipe called like a clip',
    breakIt: (a) => execFileSync('mkfifo', [path.join(a.clipsDir, 'pipe.md')]),
    file: 'clips/pipe.md',
    field: null,
    says: /a named pipe, not a \.md file/,
  },
  {
    name: 'a capture that is a folder',
    breakIt: (a) => {
      rmSync(a.captureFile);
      mkdirSync(a.captureFile);
    },
    file: CLIP,
    field: 'source.capture.file',
    says: /is a folder, not a plain-text capture/,
  },
  {
    name: 'a capture without its clip',
    breakIt: (a) => writeFileSync(path.join(a.capturesDir, 'orphan.txt'), 'Text.\n'),
    file: 'captures/orphan.txt',
    field: null,
    says: /a capture without a clip/,
  },
  {
    name: 'a temporary file left by an interrupted import',
    breakIt: (a) => writeFileSync(path.join(a.clipsDir, `.${FIXTURE_SLUG}.md.4242.tmp`), 'half'),
    file: `clips/.${FIXTURE_SLUG}.md.4242.tmp`,
    field: null,
    says: /temporary file left by an interrupted/,
  },
];

function issueFor(issues: ValidationIssue[], file: string, field: string | null): ValidationIssue | undefined {
  return issues.find((i) => i.file === file && i.field === field);
}

/** What Astro itself does with a clip file: its YAML reader, then the same schema. */
function astroAccepts(source: string): boolean {
  try {
    return clipSchema.safeParse(parseFrontmatter(source).frontmatter).success;
  } catch {
    return false;
  }
}

describe('hostile and careless input', () => {
  it('the fixture archive is sound, so each case below fails for its own reason', () => {
    const archive = copyFixtureArchive();
    expect(formatIssues(validateArchive(archive).issues)).toBe('0 problems in 0 files:');
    expect(astroAccepts(readFileSync(archive.clipFile, 'utf8'))).toBe(true);
  });

  it.each(cases)('$name', ({ breakIt, file, field, says }) => {
    const archive = copyFixtureArchive();
    breakIt(archive);
    const { issues, clips } = validateArchive(archive);
    const issue = issues.find((i) => i.file === file && i.field === field && says.test(`${i.message}\n${i.fix}`));
    expect(issue, formatIssues(issues)).toBeDefined();
    expect(`${issue!.message}\n${issue!.fix}`).toMatch(says);
    expect(`${issue!.message}${issue!.fix}`).not.toMatch(/\n\s+at |Error:/); // no stack trace
    if (file === CLIP) expect(clips).toEqual([]);
    if (file === CLIP && (field === null || !['body', 'source.capture.file'].includes(field))) {
      expect(astroAccepts(readFileSync(archive.clipFile, 'utf8'))).toBe(false);
    }
  });

  it('reports every clip’s problems when one clip holds an alias bomb', () => {
    const archive = copyFixtureArchive();
    const second = path.join(archive.clipsDir, 'second-clip.md');
    writeFileSync(second, readFileSync(archive.clipFile, 'utf8').replace('---\n', '---\nx: &a [1]\ny: [*a]\n'));
    editFile(archive.clipFile, (t) => t.replace('date: 2020-01-21/2020-01-26', 'date: "2021-02-29"'));
    const { issues } = validateArchive(archive);
    expect(issueFor(issues, 'clips/second-clip.md', null)?.message).toMatch(/YAML alias/);
    expect(issueFor(issues, CLIP, 'date')?.message).toMatch(/not a day of the calendar/);
  });

  it('accepts a date after the capture when the clip says why', () => {
    const archive = copyFixtureArchive();
    inClip(
      'date: 2020-01-21/2020-01-26',
      'date: "2099-01-01"\ndateException: "The page is dated in the future by the publisher’s own error."',
    )(archive);
    expect(issueFor(validateArchive(archive).issues, CLIP, 'date')).toBeUndefined();
  });

  it('accepts direction marks that body and capture share, and names them when they differ', () => {
    const archive = copyFixtureArchive();
    editFile(archive.captureFile, (t) => t.replace('she said.', 'she said.\u200f'));
    resealCapture(archive);
    editFile(archive.clipFile, (t) => t.replace('she said.', 'she said.\u200f'));
    expect(formatIssues(validateArchive(archive).issues)).toBe('0 problems in 0 files:');
    editFile(archive.clipFile, (t) => t.replace('she said.\u200f', 'she said.'));
    expect(issueFor(validateArchive(archive).issues, CLIP, 'body')?.message).toMatch(
      /direction marks differ: the capture has U\+200F, the body has none/,
    );
  });
});
