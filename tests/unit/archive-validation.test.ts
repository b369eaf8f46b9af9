import { mkdirSync, renameSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArchive } from '../../src/lib/validation/archive-validation.ts';
import { formatIssues } from '../../src/lib/validation/validation-issue.ts';
import { copyFixtureArchive, editFile, FIXTURE_SLUG } from '../helpers/fixture-archive.ts';

const CLIP_FILE = `clips/${FIXTURE_SLUG}.md`;

describe('validateArchive on the fixture archive', () => {
  it('accepts the well-formed fixture clip', () => {
    const archive = copyFixtureArchive();
    const result = validateArchive(archive);
    expect(formatIssues(result.issues)).toBe('0 problems in 0 files:');
    expect(result.clips.map((c) => c.slug)).toEqual([FIXTURE_SLUG]);
    expect(result.clips[0]!.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4]);
    expect(result.clips[0]!.paragraphs[3]).toMatchObject({
      quoted: true,
      text: 'Spending rose 12% in a year, the Gazette reported.',
    });
  });
});

interface MalformedCase {
  name: string;
  breakIt: (archive: ReturnType<typeof copyFixtureArchive>) => void;
  file: string;
  field: string | null;
  says: RegExp;
}

const editClip = (find: string | RegExp, replace: string) => (a: ReturnType<typeof copyFixtureArchive>) =>
  editFile(a.clipFile, (t) => t.replace(find, replace));

const cases: MalformedCase[] = [
  {
    name: 'missing title',
    breakIt: editClip(/^title: .*\n/m, ''),
    file: CLIP_FILE,
    field: 'title',
    says: /"title" is missing/,
  },
  {
    name: 'bad EDTF date',
    breakIt: editClip('date: 2020-01-21/2020-01-26', 'date: 21 January 2020'),
    file: CLIP_FILE,
    field: 'date',
    says: /not a valid EDTF date/,
  },
  {
    name: 'unknown key',
    breakIt: editClip('author: null', 'author: null\nauthr: Jane'),
    file: CLIP_FILE,
    field: 'authr',
    says: /unknown key "authr".*\n.*Allowed keys here: draft, title, titleKind/,
  },
  {
    name: 'figure quote not in body',
    breakIt: editClip('quote: "1,250"', 'quote: "1250"'),
    file: CLIP_FILE,
    field: 'figures[0].quote',
    says: /"1250" does not occur in any paragraph/,
  },
  {
    name: 'unknown outlet',
    breakIt: editClip('outlet: example-times', 'outlet: example-tmies'),
    file: CLIP_FILE,
    field: 'outlet',
    says: /unknown outlet "example-tmies"[\s\S]*content\/outlets.yaml/,
  },
  {
    name: 'broken YAML',
    breakIt: editClip('titleKind: published', 'titleKind: [published'),
    file: CLIP_FILE,
    field: null,
    says: /line \d+: broken YAML/,
  },
  {
    name: 'non-URL source',
    breakIt: editClip('url: https://example.com/city-budget', 'url: example.com/city-budget'),
    file: CLIP_FILE,
    field: 'source.url',
    says: /full URL/,
  },
  {
    name: 'empty body',
    breakIt: editClip(/\n---\n[\s\S]*$/, '\n---\n\n'),
    file: CLIP_FILE,
    field: 'body',
    says: /the body is empty/,
  },
  {
    name: 'dropped paragraph',
    breakIt: editClip('“We counted every one,” she said.\n\n', ''),
    file: CLIP_FILE,
    field: 'body',
    says: /capture line 7 is not in the body as captured/,
  },
  {
    name: 'text altered (smart punctuation)',
    breakIt: editClip('Jane Roe, the city’s budget', "Jane Roe, the city's budget"),
    file: CLIP_FILE,
    field: 'body',
    says: /capture line 5 is not in the body/,
  },
  {
    name: 'wrong SHA-256',
    breakIt: (a) => editFile(a.captureFile, (t) => t.replace('1,250', '1,260')),
    file: CLIP_FILE,
    field: 'source.capture.sha256',
    says: /SHA-256 of .* is [0-9a-f]{64}/,
  },
  {
    name: 'raw HTML <script> in the body',
    breakIt: editClip('she said.', 'she said.\n\n<script>alert(1)</script>'),
    file: CLIP_FILE,
    field: 'body',
    says: /line \d+: raw HTML, "<script>/,
  },
  {
    name: 'person not named in body',
    breakIt: editClip('name: Jane Roe', 'name: Janet Roe'),
    file: CLIP_FILE,
    field: 'people[0].name',
    says: /"Janet Roe" is not named in the body/,
  },
  {
    name: 'omission not in capture',
    breakIt: editClip('text: Byline Person,', 'text: Byline Persons,'),
    file: CLIP_FILE,
    field: 'omitted[1].text',
    says: /not a run of whole lines in the capture/,
  },
  {
    name: 'bad check status',
    breakIt: editClip('status: unverified', 'status: checked'),
    file: CLIP_FILE,
    field: 'figures[0].check.status',
    says: /Use one of: confirmed, matches, consistent, plausible, unverified, unsupported, differs, misattributed/,
  },
  {
    name: 'note passage not in body',
    breakIt: editClip('passage: We counted every one', 'passage: We counted each one'),
    file: CLIP_FILE,
    field: 'notes[0].passage',
    says: /"We counted each one" does not occur in any paragraph/,
  },
  {
    name: 'unknown note kind',
    breakIt: editClip('kind: unsourced-claim', 'kind: opinion'),
    file: CLIP_FILE,
    field: 'notes[0].kind',
    says: /Use one of: distortion, possible-truncation/,
  },
  {
    name: 'note source that is not a web address',
    breakIt: editClip('url: https://example.com/audit', 'url: "javascript:alert(1)"'),
    file: CLIP_FILE,
    field: 'notes[0].source.url',
    says: /is not a web address/,
  },
  {
    name: 'confidence off the scale',
    breakIt: editClip('confidence: medium-high', 'confidence: very high'),
    file: CLIP_FILE,
    field: 'dateKnown.confidence',
    says: /Use one of: high, medium-high, medium, low/,
  },
  {
    name: 'omission whose no-break space became a plain space',
    breakIt: editClip('\\u00a0story', ' story'),
    file: CLIP_FILE,
    field: 'omitted[2].text',
    says: /only once spaces are normalised[\s\S]*no-break spaces/,
  },
  {
    name: 'missing capture',
    breakIt: (a) => renameSync(a.captureFile, `${a.captureFile}.bak`),
    file: CLIP_FILE,
    field: 'source.capture.file',
    says: /does not exist/,
  },
  {
    name: 'file name that is not a slug',
    breakIt: (a) => {
      renameSync(a.clipFile, path.join(a.clipsDir, 'City_Budget.md'));
    },
    file: 'clips/City_Budget.md',
    field: null,
    says: /not a valid slug/,
  },
  {
    name: 'duplicate slug',
    breakIt: (a) => {
      mkdirSync(path.join(a.clipsDir, '2020'));
      copyFileSync(a.clipFile, path.join(a.clipsDir, '2020', `${FIXTURE_SLUG}.md`));
    },
    file: `clips/${FIXTURE_SLUG}.md`,
    field: null,
    says: /duplicate slug "city-budget-fixture": clips\/2020\/city-budget-fixture.md has the same file name/,
  },
];

describe('validateArchive rejects malformed clips with a message naming file, field and fix', () => {
  it.each(cases)('$name', ({ breakIt, file, field, says }) => {
    const archive = copyFixtureArchive();
    breakIt(archive);
    const { issues, clips } = validateArchive(archive);
    expect(issues.length).toBeGreaterThan(0);
    const issue = issues.find((i) => i.file === file && i.field === field);
    expect(issue, formatIssues(issues)).toBeDefined();
    expect(`${issue!.message}\n${issue!.fix}`).toMatch(says);
    expect(issue!.fix.length).toBeGreaterThan(10);
    expect(clips.find((c) => c.file === file)).toBeUndefined();
  });

  it('reports a broken outlets file by name', () => {
    const archive = copyFixtureArchive();
    writeFileSync(archive.outletsFile, '- id: Bad Id\n  name: X\n  url: null\n');
    const { issues } = validateArchive(archive);
    expect(issues[0]).toMatchObject({ file: 'outlets.yaml', field: '[0].id' });
  });
});
