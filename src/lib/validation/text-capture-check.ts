import type { Omission } from '../../schema/omission.ts';
import { compareCaptureToBody, excerptsAtDifference, findAlteredOmission } from './capture-comparison.ts';
import { describeHiddenDifference } from './hidden-differences.ts';
import type { ValidationIssue } from './validation-issue.ts';

/**
 * The verbatim rule for a clip made from a plain-text capture, as messages: every line of the capture is in the body
 * but the omitted ones, and each omission is whole lines of the capture, byte for byte. The HTML counterpart is
 * `checkHtmlCapture`; the comparison itself is `compareCaptureToBody`.
 */
export function checkTextCapture(
  captureText: string,
  omitted: Omission[],
  bodyText: string,
  bodySource: string,
): Omit<ValidationIssue, 'file'>[] {
  const issues: Omit<ValidationIssue, 'file'>[] = [];
  const add = (field: string, message: string, fix: string) => issues.push({ field, message, fix });
  const comparison = compareCaptureToBody(captureText, omitted, bodyText, bodySource);
  const altered = comparison.ok ? findAlteredOmission(captureText, omitted) : null;
  if (altered !== null) {
    add(
      `omitted[${altered}].text`,
      `"${omitted[altered]!.text.slice(0, 60)}" matches the capture only once spaces are normalised; omissions are kept verbatim.`,
      'Copy the lines byte for byte from the capture, including no-break spaces (U+00A0) and trailing spaces.',
    );
  }
  if (comparison.ok) return issues;
  if (comparison.kind === 'omission-not-found') {
    add(
      `omitted[${comparison.omissionIndex}].text`,
      `"${comparison.text.slice(0, 60)}" is not a run of whole lines in the capture.`,
      'Copy the omitted lines verbatim from the capture (each omission removes whole lines).',
    );
  } else if (comparison.kind === 'direction-marks-differ') {
    add(
      'body',
      `the direction marks differ: the capture has ${comparison.capture || 'none'}, the body has ${comparison.body || 'none'}.`,
      'Keep the capture’s right-to-left and left-to-right marks exactly where the capture has them.',
    );
  } else if (comparison.captureLine === 0) {
    add(
      'body',
      `the body has text that is not in the capture: "${comparison.found.slice(0, 80)}".`,
      'Remove it: the body holds only the captured text.',
    );
  } else {
    const hidden = describeHiddenDifference(comparison.expected, comparison.found);
    const shown = excerptsAtDifference(comparison.expected, comparison.found);
    add(
      'body',
      `capture line ${comparison.captureLine} is not in the body as captured${hidden ? `: ${hidden}` : ''}. Expected "${shown.expected}", found "${shown.found}".`,
      'Restore the text verbatim, or, if it is page chrome, declare it under omitted with a reason.',
    );
  }
  return issues;
}
