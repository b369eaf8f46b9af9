import { captureExtension, type ClipCapture } from '../../schema/source.ts';
import { readWarcFromWacz } from '../capture/wacz-package.ts';

/**
 * The bytes a clip's capture download holds: the file itself, or for a WARC or WACZ only the page's record
 * (a gzip member is a whole .warc.gz; a plain record gets the two line ends that close it), so one page of a
 * large crawl does not ship the whole crawl.
 */
export function rawCaptureBytes(file: Uint8Array, capture: Pick<ClipCapture, 'file' | 'record'>): Uint8Array {
  const ext = captureExtension(capture.file);
  const record = capture.record;
  if (!record || ext === 'txt' || ext === 'html') return file;
  const warc = ext === 'wacz' && record.warc ? readWarcFromWacz(file, record.warc) : file;
  const slice = warc.subarray(record.offset, record.offset + record.length);
  const gz = slice[0] === 0x1f && slice[1] === 0x8b;
  return gz ? slice : Buffer.concat([slice, Buffer.from('\r\n\r\n')]);
}
