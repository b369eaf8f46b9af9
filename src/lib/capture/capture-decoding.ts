/** Why a capture file cannot become a clip, said so that the keeper knows what to do. */
export type CaptureDecoding =
  { ok: true; text: string } | { ok: false; problem: 'empty' | 'binary' | 'not-utf8'; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a raw capture as UTF-8 text, refusing what is not a text capture: an empty (or whitespace-only) file,
 * a binary file (NUL bytes) or bytes that are not valid UTF-8. The bytes themselves are never changed.
 */
export function decodeCapture(bytes: Uint8Array): CaptureDecoding {
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: 'binary',
      message: 'it is a binary file (it contains NUL bytes), not a text capture. Save the article as plain text.',
    };
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return {
      ok: false,
      problem: 'not-utf8',
      message:
        'it is not valid UTF-8 text. Save the capture as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`) and add it again.',
    };
  }
  if (text.replace(/^\uFEFF/, '').trim().length === 0) {
    return { ok: false, problem: 'empty', message: 'the file is empty: there is no text to make a clip from.' };
  }
  return { ok: true, text };
}
