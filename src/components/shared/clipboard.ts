import { en, type ParleyStrings } from './strings.js';

/**
 * Copies `text` to the clipboard. Where the Clipboard API is missing or refused (an insecure page,
 * a denied permission), selects the text in `field` instead so that the person can copy it
 * themselves. Returns what happened.
 */
export async function copyText(text: string, field?: HTMLInputElement | null): Promise<'copied' | 'selected'> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (field) {
      field.value = text;
      field.hidden = false;
      field.focus();
      field.select();
    }
    return 'selected';
  }
}

/** What to say after `copyText`, in the language of `strings`. */
export function copiedMessage(how: 'copied' | 'selected', strings: Pick<ParleyStrings, 'linkCopied' | 'linkSelected'> = en): string {
  return how === 'copied' ? strings.linkCopied : strings.linkSelected;
}
