/** The archive's name, as pages, feeds and citations give it. */
export const ARCHIVE_NAME = 'News Clip Archive';
/** The language of the archive's own words (BCP 47): the pages' `lang`. A clip's text carries its own when it differs. */
export const SITE_LANGUAGE = 'en';
