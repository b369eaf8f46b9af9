// Worker thread of npm run corpus: writes its share of the clips.
import { workerData } from 'node:worker_threads';
import { writeCorpusShare, type WriteShare } from './write-clips.ts';

writeCorpusShare(workerData as WriteShare);
