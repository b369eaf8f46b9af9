// Shared by the benchmark's browser pages: times each keystroke in #q until its results are painted.

declare global {
  interface Window {
    /** Keystroke to results painted, ms. */
    benchPainted: number[];
    /** The engine's search call alone, ms. */
    benchSearch: number[];
    /** Keystroke to results drawn into the DOM (before the browser's frame), ms. */
    benchDrawn: number[];
  }
}

/** `search` runs a query and returns a function that draws its results. */
export function measureTyping(search: (query: string) => Promise<() => void>): void {
  const input = document.querySelector<HTMLInputElement>('#q')!;
  window.benchPainted = [];
  window.benchSearch = [];
  window.benchDrawn = [];
  let keyAt = 0;
  input.addEventListener('keydown', () => {
    keyAt = performance.now();
  });
  input.addEventListener('input', async () => {
    const started = keyAt || performance.now();
    keyAt = 0;
    const searchStart = performance.now();
    const draw = await search(input.value);
    const searched = performance.now() - searchStart;
    draw();
    const drawn = performance.now() - started;
    // Painted: the frame after the DOM change has been produced.
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.benchSearch.push(searched);
        window.benchDrawn.push(drawn);
        window.benchPainted.push(performance.now() - started);
      }, 0),
    );
  });
}
