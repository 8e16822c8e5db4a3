// Leaving the browser: one way to download a file and one way to print part of the page.
import { h } from './dom.ts';

/** Offers `text` as a file named `name` to download. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Prints only `area` (print.css hides the rest while the body is `is-printing`), then takes it away again. */
export function printArea(area: HTMLElement): void {
  area.id = 'print-area';
  document.body.append(area);
  document.body.classList.add('is-printing');
  const done = () => {
    area.remove();
    document.body.classList.remove('is-printing');
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
  // Some browsers never fire afterprint when the dialog is dismissed: tidy up once printing is surely over.
  setTimeout(() => {
    if (document.body.classList.contains('is-printing') && !window.matchMedia('print').matches) done();
  }, 60_000);
}
