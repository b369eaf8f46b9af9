import { describe, expect, it } from 'vitest';
import { findAddedStructure, PLAIN_TEXT_CAPTURE } from '../../src/lib/validation/body-structure.ts';

const constructs = (markdown: string, allowance = PLAIN_TEXT_CAPTURE) =>
  findAddedStructure(markdown, allowance).map((c) => `${c.line}: ${c.construct}`);

describe('findAddedStructure: what a plain-text capture allows', () => {
  it('accepts paragraphs, headings, block quotes, lists, line breaks and separators', () => {
    const body = '# Head\n\nA paragraph\\\nwith a break.\n\n> Quoted.\n\n- one\n- two\n\n1. first\n\n---\n\nEnd.\n';
    expect(constructs(body)).toEqual([]);
  });

  it.each([
    ['[Boston Herald](https://phishing.example/login)', 'a link'],
    ['![](http://tracker.example/p.gif)', 'an image'],
    ['Some *stress* here.', 'emphasis (*…* or _…_)'],
    ['Some **bold** here.', 'strong emphasis (**…**)'],
    ['Some ~~struck~~ text.', 'strike-through (~~…~~)'],
    ['Run `rm -rf`.', 'inline code (`…`)'],
    ['A note[^1].\n\n[^1]: Added.', 'a footnote reference ([^…])'],
    ['| a | b |\n| - | - |\n| 1 | 2 |', 'a table'],
    ['<b>bold</b> text', 'raw HTML'],
    ['See <https://example.com/x>.', 'a link'],
    ['[text][ref]\n\n[ref]: https://example.com', 'a link'],
  ])('refuses %j as %s', (markdown, construct) => {
    expect(constructs(`Intro.\n\n${markdown}\n`)[0]).toBe(`3: ${construct}`);
  });

  it('names the line of each construct, in body order', () => {
    expect(constructs('One.\n\nTwo *a*.\n\nThree ![x](y.png).\n')).toEqual(['3: emphasis (*…* or _…_)', '5: an image']);
  });

  it('escaped characters and bare web or e-mail addresses stay text', () => {
    expect(constructs('A \\*star\\* and \\[bracket\\](x), https://example.com/a and tips@example.com.\n')).toEqual([]);
  });
});

describe('findAddedStructure: a capture that has links', () => {
  const page = { links: [{ text: 'Boston Herald', href: 'https://www.bostonherald.com/story' }] };

  it('allows exactly the links the capture has', () => {
    expect(constructs('Per the [Boston Herald](https://www.bostonherald.com/story).\n', page)).toEqual([]);
  });

  it('refuses a captured text pointing elsewhere, another text, or a title', () => {
    expect(constructs('[Boston Herald](https://phishing.example/login)\n', page)).toEqual(['1: a link']);
    expect(constructs('[the Herald](https://www.bostonherald.com/story)\n', page)).toEqual(['1: a link']);
    expect(constructs('[Boston Herald](https://www.bostonherald.com/story "t")\n', page)).toEqual(['1: a link']);
    expect(constructs('[*Boston Herald*](https://www.bostonherald.com/story)\n', page)).toEqual(['1: a link']);
  });
});
