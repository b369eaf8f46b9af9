/** The archive's name, as pages, feeds and citations give it. */
export const ARCHIVE_NAME = 'News Clip Archive';
