/** Page sizes, chosen so that no list page can pass 200 KB even at tens of thousands of clips. */
export const PAGE_SIZE = { clips: 50, outletClips: 50, peopleRows: 100, ledgerRows: 100, noteRows: 100 } as const;

/** How many of the newest clips the RSS feed carries. */
export const FEED_SIZE = 50;
