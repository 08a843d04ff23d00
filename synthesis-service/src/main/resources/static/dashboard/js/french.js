// French formatting of the figures and dates, and the labels of the codes (served by synthesis-service, the same
// words as its documents).
const numbers = new Intl.NumberFormat('fr-FR');
const days = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const instants = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'medium' });
const times = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'medium' });

let labels = { themes: {}, kinds: {}, categories: {}, regions: {}, reportStatuses: {}, resourceKinds: {} };

export function useLabels(served) {
  labels = { ...labels, ...served };
}

/** 1234 → « 1 234 ». */
export const number = (value) => numbers.format(value ?? 0);
/** "2019-12-04" → « 4 décembre 2019 ». */
export const date = (isoDate) => (isoDate ? days.format(new Date(`${isoDate}T00:00:00Z`)) : '');
/** An ISO instant → « 4 décembre 2019 à 18:00:00 », in the browser's time zone. */
export const instant = (iso) => (iso ? instants.format(new Date(iso)) : '');
export const time = (when) => times.format(when);

export const theme = (code) => labels.themes[code] ?? code;
/** The theme catalogue's labels by code, in the catalogue's order; the regions' by code. */
export const themes = () => labels.themes;
export const regions = () => labels.regions;
export const kind = (code) => labels.kinds[code] ?? code;
export const category = (code) => labels.categories[code] ?? code;
export const region = (code) => labels.regions[code] ?? code;

/** The five kinds in the order rapporteurs record them. */
export const KINDS = ['FINDING', 'PROBLEM', 'PROPOSAL', 'PRACTICE', 'DEBATE'];
