/** Dossier's own element in a page (the shadow-root host of its UI): never read, never painted. */
export const UI_HOST_TAG = 'DOSSIER-UI';

export const isOwnElement = (el: Element): boolean => el.tagName === UI_HOST_TAG;
