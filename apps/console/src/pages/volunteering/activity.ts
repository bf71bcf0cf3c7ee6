/** A date and time, short, in the person's locale. */
export const when = (iso: string) =>
  new Date(iso).toLocaleString(document.documentElement.lang || undefined, {
    dateStyle: 'short',
    timeStyle: 'short',
    hour12: false,
  });
