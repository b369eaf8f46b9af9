/**
 * Every check of one clip on its own: slug, frontmatter and schema, draft markers, body size, quoted passages, people,
 * outlet references, and the capture (name, hash, verbatim body, no added structure). Pure, with all I/O done by the
 * caller, so that `clip:add` checks a draft before writing it and worker threads check clips independently.
 */
import type { Clip } from '../archive/clip.ts';
import { clipSchema } from '../../schema/clip.ts';
import { SLUG_PATTERN } from '../../schema/slug.ts';
import { captureExtension } from '../../schema/source.ts';
import { MAX_BODY_BYTES } from '../../constants.ts';
import { analyseBody } from '../text/clip-body.ts';
import { findAddedStructureInTree, PLAIN_TEXT_CAPTURE, structureFix, type CaptureAllowance } from './body-structure.ts';
import { sha256Cached } from './capture-hash.ts';
import { formatBytes, type FileProblem } from './content-files.ts';
import { findDraftMarkers, type DraftMarker } from './draft-markers.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkHtmlCapture } from './html-capture-check.ts';
import type { CaptureText } from './html-capture-text.ts';
import { checkQuotedPassages } from './passage-quotes.ts';
import { allowedKeysAt } from './schema-keys.ts';
import { checkTextCapture } from './text-capture-check.ts';
import { issuesFromZod, type ValidationIssue } from './validation-issue.ts';

/** A clip as validation reads it: the parts of the archive's clip shape it knows, with its file and raw body. */
export type ValidatedClip = Pick<Clip, 'slug' | 'data' | 'paragraphs'> & {
  file: string;
  body: string;
  /** Fields still marked TO CONFIRM / TO FILL; a draft's are listed by validate (it is not published). */
  draftMarkers: DraftMarker[];
};

interface ClipInput {
  file: string;
  slug: string;
  source: string;
  /** The capture's bytes, given its file name from the frontmatter (null when there is no such file). */
  readCapture: (name: string) => Uint8Array | null;
  /** Why the capture could not be read (a link, a folder, too large…), when it exists but is not usable. */
  captureProblem?: FileProblem | undefined;
  /** The captures folder as messages name it, e.g. content/captures. */
  capturesDir: string;
  outletIds: ReadonlySet<string>;
  /** What the capture has beyond plain text (its links); a .txt capture has nothing: `PLAIN_TEXT_CAPTURE`. */
  captureAllowance?: CaptureAllowance;
  /** An HTML capture's visible text and links, when the caller has just read them from these same bytes (clip:add). */
  capturedPageText?: CaptureText | undefined;
}

/** Validates one clip file against its schema, its capture and the outlet list. */
export function validateClip(input: ClipInput): {
  issues: ValidationIssue[];
  clip: ValidatedClip | null;
  /** True when the body was compared with its capture (false when an earlier problem stopped the checks). */
  bodyChecked?: boolean;
} {
  const { file, slug } = input;
  const issues: ValidationIssue[] = [];
  const add = (field: string | null, message: string, fix: string) => issues.push({ file, field, message, fix });

  if (!SLUG_PATTERN.test(slug)) {
    add(
      null,
      `the file name "${slug}" is not a valid slug.`,
      'Rename the file to lowercase ASCII words joined by hyphens, e.g. ice-raids-austin-2017.md (the name is the permalink).',
    );
  }
  const split = splitFrontmatter(input.source);
  if (!split.ok) {
    add(
      split.field || null,
      split.line && !split.message.startsWith('line ') ? `line ${split.line}: ${split.message}` : split.message,
      split.fix ??
        'Correct the frontmatter between the two "---" lines (quote values that contain ": " or start with a quote mark).',
    );
    return { issues, clip: null };
  }
  const parsed = clipSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    issues.push(...issuesFromZod(file, parsed.error, (p) => allowedKeysAt(clipSchema, p), split.data));
    return { issues, clip: null };
  }
  const data = parsed.data;
  const draftMarkers = findDraftMarkers(input.source);
  if (!data.draft && draftMarkers.length > 0) {
    add(
      draftMarkers[0]!.field,
      `${draftMarkers.length} suggestion${draftMarkers.length > 1 ? 's are' : ' is'} still marked ${draftMarkers[0]!.mark} (${[...new Set(draftMarkers.map((m) => m.field))].join(', ')}), but the clip is not a draft.`,
      'Review each marked field and delete its TO CONFIRM / TO FILL comment, or set draft: true to keep the clip unpublished.',
    );
  }

  const bodyBytes = Buffer.byteLength(split.body);
  if (bodyBytes > MAX_BODY_BYTES) {
    add(
      'body',
      `the body is ${formatBytes(bodyBytes)}, over the limit of ${formatBytes(MAX_BODY_BYTES)} (about 80,000 words).`,
      'Keep only the article; a text this long is not one news article (see "Limits" in README.md).',
    );
    return { issues, clip: null };
  }
  const body = analyseBody(split.body);
  if (body.text.length === 0) {
    add('body', 'the body is empty.', 'Paste the article text, as captured, after the closing "---".');
  }
  issues.push(...checkQuotedPassages(file, data, body.paragraphs));
  data.people.forEach((person, i) => {
    if (!body.text.includes(person.name)) {
      add(
        `people[${i}].name`,
        `"${person.name}" is not named in the body.`,
        'Write the name exactly as the body does, or remove the entry.',
      );
    }
  });

  const checkOutlet = (id: string | null | undefined, field: string) => {
    if (id && !input.outletIds.has(id)) {
      add(
        field,
        `unknown outlet "${id}".`,
        `Use an id listed in content/outlets.yaml, or add the outlet there (id, name, url).`,
      );
    }
  };
  checkOutlet(data.outlet, 'outlet');
  checkOutlet(data.originalOutlet, 'originalOutlet');
  data.basedOn.forEach((id, i) => checkOutlet(id, `basedOn[${i}]`));
  data.cites.forEach((c, i) => checkOutlet(c.outlet, `cites[${i}].outlet`));
  data.source.copies.forEach((c, i) => checkOutlet(c.outlet, `source.copies[${i}].outlet`));

  const capture = data.source.capture;
  const ext = captureExtension(capture.file);
  const captureFile = `${input.capturesDir}/${capture.file}`;
  // A WARC or WACZ may hold many pages, so only a capture of one page is named after its clip.
  if (!capture.record && capture.file !== `${slug}.${ext}`) {
    add(
      'source.capture.file',
      `"${capture.file}" does not match the clip's slug.`,
      `Name the capture ${slug}.${ext} (${input.capturesDir}/${slug}.${ext}).`,
    );
  }
  const bytes = input.captureProblem ? null : input.readCapture(capture.file);
  // The links of an HTML page (as written and as resolved) are the only links its clip's body may have.
  let pageLinks: CaptureAllowance['links'] = [];
  let bodyChecked = false;
  if (input.captureProblem) {
    add('source.capture.file', `${captureFile} is ${input.captureProblem.message}`, input.captureProblem.fix);
  } else if (bytes === null) {
    add(
      'source.capture.file',
      `the capture ${captureFile} does not exist.`,
      `Keep the raw capture, byte for byte, at ${captureFile}.`,
    );
  } else {
    const actual = sha256Cached(capture.file, bytes);
    if (actual !== capture.sha256) {
      add(
        'source.capture.sha256',
        `the SHA-256 of ${captureFile} is ${actual}, not ${capture.sha256}.`,
        'If the capture was changed, restore the original bytes; if the hash was mistyped, copy the value above.',
      );
    } else if (body.text.length > 0 && ext !== 'txt') {
      const checked = checkHtmlCapture(
        bytes,
        capture,
        data.source.url,
        data.omitted,
        body.mdast,
        split.bodyStartLine,
        input.capturedPageText,
      );
      for (const issue of checked.issues) add(issue.field, issue.message, issue.fix);
      pageLinks = checked.links;
      bodyChecked = true;
    } else if (body.text.length > 0) {
      const captureText = new TextDecoder('utf-8').decode(bytes);
      for (const issue of checkTextCapture(captureText, data.omitted, body.text, split.body)) {
        add(issue.field, issue.message, issue.fix);
      }
    }
  }
  const allowance = input.captureAllowance ?? (ext === 'txt' ? PLAIN_TEXT_CAPTURE : { links: pageLinks });
  for (const added of findAddedStructureInTree(body.mdast, split.body, allowance)) {
    const has = ext !== 'txt' ? 'the captured page does not have it' : 'the capture is plain text';
    add(
      'body',
      `line ${added.line + split.bodyStartLine - 1}: ${added.construct}, "${added.source}"; ${has}, and a body may not add what its capture lacks.`,
      structureFix(added),
    );
  }

  return {
    issues,
    clip: issues.length ? null : { slug, file, draftMarkers, data, body: split.body, paragraphs: body.paragraphs },
    bodyChecked,
  };
}
