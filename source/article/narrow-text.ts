/**
 * Printable Latin text and box drawing: one column per UTF-16 unit, as string-width counts them
 * by default (the soft hyphen U+00AD is left out: it is zero-width), so no need to ask it.
 */
export const narrowText = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2500-\u257F]*$/;
