import { captureExtension, type ClipCapture } from '../../schema/source.ts';

/** How a clip's raw capture is offered: the file the site serves, the name and type it downloads as. */
export interface CaptureDownload {
  /** Path under the clip's folder, e.g. capture.txt. */
  file: string;
  /** The name the browser saves it under. */
  downloadName: string;
  /** The type the file is (announced on the link), and the Content-Type it is served with. */
  type: string;
  servedAs: string;
  label: string;
}

/**
 * A raw HTML page is never served as text/html from the archive's own origin (its scripts would run there):
 * it is served as application/octet-stream under a name no server maps to HTML, and downloads as <slug>.html.
 * A WARC or WACZ clip offers its page's own record, as a one-record WARC.
 */
export function captureDownload(slug: string, capture: Pick<ClipCapture, 'file' | 'record'>): CaptureDownload {
  const ext = captureExtension(capture.file);
  if (ext === 'txt') {
    return {
      file: 'capture.txt',
      downloadName: `${slug}.txt`,
      type: 'text/plain',
      servedAs: 'text/plain; charset=utf-8',
      label: 'plain text',
    };
  }
  if (ext === 'html') {
    return {
      file: 'capture.html.bin',
      downloadName: `${slug}.html`,
      type: 'text/html',
      servedAs: 'application/octet-stream',
      label: 'HTML page, to download',
    };
  }
  const gz = ext === 'wacz' ? (capture.record?.warc ?? '').endsWith('.gz') : ext === 'warc.gz';
  return {
    file: gz ? 'capture.warc.gz' : 'capture.warc',
    downloadName: `${slug}.warc${gz ? '.gz' : ''}`,
    type: 'application/warc',
    servedAs: gz ? 'application/gzip' : 'application/warc',
    label: `the page's WARC record, from ${capture.file}`,
  };
}
