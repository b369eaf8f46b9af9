// Worker thread for formatCitationsInWorker: formats its records' citations and posts them back, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { formatCitationsAhead, type CslRecord } from './clip-citation.ts';

const { records } = workerData as { records: CslRecord[] };
parentPort!.postMessage(formatCitationsAhead(records));
