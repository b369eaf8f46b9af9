import { describe, expect, it } from 'vitest';
import { IndexFiles } from '../../src/lib/search/index-files.ts';

describe('search index files', () => {
  it('fetches each file once, with the index version, sharing a fetch already on its way', async () => {
    const requested: string[] = [];
    const files = new IndexFiles(async (file) => {
      requested.push(file);
      return { file };
    }, 'v1');
    const [a, b] = await Promise.all([files.get('p-1.json'), files.get('p-1.json')]);
    expect(a).toBe(b);
    await files.get('p-1.json');
    expect(requested).toEqual(['p-1.json?v=v1']);
  });

  it('forgets a failed fetch, so the next query tries again', async () => {
    let fail = true;
    const files = new IndexFiles(async () => {
      if (fail) throw new Error('offline');
      return 'ok';
    }, 'v1');
    await expect(files.get('t-0.json')).rejects.toThrow('offline');
    fail = false;
    await expect(files.get('t-0.json')).resolves.toBe('ok');
  });

  it('lets go of the least recently used file past its limit', async () => {
    const requested: string[] = [];
    const files = new IndexFiles(async (file) => requested.push(file), 'v', 2);
    await files.get('a');
    await files.get('b');
    await files.get('a'); // a is now the most recent
    await files.get('c'); // b goes
    await files.get('a');
    await files.get('b');
    expect(requested).toEqual(['a?v=v', 'b?v=v', 'c?v=v', 'b?v=v']);
  });
});
