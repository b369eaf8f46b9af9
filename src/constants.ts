/** Page sizes, chosen so that no list page can pass 200 KB even at tens of thousands of clips. */
export const PAGE_SIZE = { clips: 50, outletClips: 50, peopleRows: 100, ledgerRows: 100, noteRows: 100 } as const;

/** How many of the newest clips the RSS feed carries. */
export const FEED_SIZE = 50;

/**
 * Size limits for clips and captures (README, "Limits", says how they were chosen). The longest news features run
 * to about 30,000 words, some 200 KB of text; a body may hold two and a half times that. A plain-text capture holds
 * the body plus the page's chrome (menus, related posts), so it may be twice the body.
 */
export const MAX_BODY_BYTES = 512 * 1024;
export const MAX_TEXT_CAPTURE_BYTES = 1024 * 1024;
/** A clip file is its body plus frontmatter; the frontmatter of a clip with hundreds of figures stays under 256 KB. */
export const MAX_CLIP_FILE_BYTES = MAX_BODY_BYTES + 256 * 1024;
/**
 * Capture size limits by kind. An HTML news page with its images inlined (SingleFile) is typically 1–10 MB; a WARC or
 * WACZ may hold a whole crawl shared by many clips.
 */
export const MAX_CAPTURE_BYTES = {
  txt: MAX_TEXT_CAPTURE_BYTES,
  html: 32 * 1024 * 1024,
  archive: 512 * 1024 * 1024,
} as const;
