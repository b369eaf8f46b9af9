// Paragraph numbers are plain links to #p-N and work without JavaScript (the address bar then holds the link).
// With JavaScript, following one also copies the paragraph's full address and says so in a status line.

export function copyParagraphLinks(): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a.paragraph-link');
    if (!(link instanceof HTMLAnchorElement) || !status) return;
    const n = link.hash.replace('#p-', '');
    const address = link.href;
    const say = (text: string) => {
      status.textContent = text;
      status.classList.add('shown');
      window.setTimeout(() => status.classList.remove('shown'), 4000);
    };
    if (!navigator.clipboard) {
      say(`Link to paragraph ${n}: ${address}`);
      return;
    }
    navigator.clipboard.writeText(address).then(
      () => say(`Link to paragraph ${n} copied`),
      () => say(`Link to paragraph ${n}: ${address}`),
    );
  });
}
