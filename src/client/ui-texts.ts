// The texts of the preview's Summarise and SQL tabs in the page's language, fetched once (/ui/<lang>.json) when
// the first of them opens: the dataset pages themselves carry none of them.
import { uiTextsPath, type UiTexts } from '../lib/ask/ui-path.ts';
import { withBase } from '../lib/url.ts';

let texts: Promise<UiTexts> | undefined;

export function loadUiTexts(): Promise<UiTexts> {
  texts ??= fetch(withBase(import.meta.env.BASE_URL, uiTextsPath(document.documentElement.lang))).then((res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json() as Promise<UiTexts>;
  });
  texts.catch(() => (texts = undefined));
  return texts;
}

/** A preview's tab panel and its texts; undefined (the panel saying to download the file) when they cannot load. */
export async function tabTexts(
  preview: HTMLElement,
  tab: keyof UiTexts,
): Promise<{ panel: HTMLElement; labels: Record<string, string> } | undefined> {
  const panel = preview.querySelector<HTMLElement>(`[data-tabpanel="${tab}"]`)!;
  try {
    return { panel, labels: (await loadUiTexts())[tab] };
  } catch {
    panel.textContent = preview.querySelector('[data-failed]')?.textContent ?? '';
    return undefined;
  }
}
