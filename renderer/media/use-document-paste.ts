import { useEffect, type RefObject } from 'react';
import { pastedFiles } from './upload-files';

/**
 * A paste with focus outside any field (e.g. after clicking the grid's background) still lands in
 * the region while it is on screen; pastes into fields and other views are left alone, and the
 * region's own paste handler takes pastes inside it.
 */
export function useDocumentPaste(region: RefObject<HTMLElement | null>, onFiles: (files: File[]) => void): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const el = region.current;
      if (e.defaultPrevented || !el || el.offsetParent === null) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && target !== document.body && !el.contains(target)) return;
      if (target && el.contains(target)) return;
      const files = pastedFiles(e.clipboardData);
      if (files.length === 0) return;
      e.preventDefault();
      onFiles(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [region, onFiles]);
}
