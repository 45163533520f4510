// Lower-case words that stand inside or before a person's surname: "van der Merwe", "de la Cruz",
// "bin Salman", "al Thani", "von Trapp", "dos Santos".
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'bin', 'binti',
  'bint', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'mac',
]);
