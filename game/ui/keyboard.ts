/** Number keys 1-9 press the matching choice button (1 also turns the page at the end of an act), wherever focus is (except in a text field or open dialog). */
export function bindNumberKeys(choices: HTMLElement): void {
  document.addEventListener('keydown', (event) => {
    // A held key repeats: without this, holding "1" would play through the story.
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], dialog[open]')) return;
    if (!/^[1-9]$/.test(event.key)) return;
    const buttons = [...choices.querySelectorAll<HTMLButtonElement>('button.choice, button.turn-page')];
    const button = buttons[Number(event.key) - 1];
    if (!button || button.disabled) return;
    event.preventDefault();
    button.click();
  });
}
