/**
 * Month and weekday names the date reader knows (English, Spanish, French,
 * German, Italian, Portuguese, Dutch), and time-zone abbreviations that name
 * one offset only. Ambiguous ones (BST, IST, CST, PT/ET without S/D) are left
 * out on purpose: a time without a zone is better than a wrong zone.
 */

const MONTHS: Array<[number, string[]]> = [
  [1, ["january", "jan", "enero", "ene", "janvier", "janv", "januar", "jänner", "gennaio", "gen", "janeiro", "januari"]],
  [2, ["february", "feb", "febrero", "février", "fevrier", "févr", "fév", "februar", "febbraio", "fevereiro", "februari"]],
  [3, ["march", "mar", "marzo", "mars", "märz", "maerz", "março", "marco", "maart"]],
  [4, ["april", "apr", "abril", "abr", "avril", "avr", "aprile"]],
  [5, ["may", "mayo", "mai", "maggio", "mag", "maio", "mei"]],
  [6, ["june", "jun", "junio", "juin", "juni", "giugno", "giu", "junho"]],
  [7, ["july", "jul", "julio", "juillet", "juil", "juli", "luglio", "lug", "julho"]],
  [8, ["august", "aug", "agosto", "ago", "août", "aout", "augustus"]],
  [9, ["september", "sept", "sep", "septiembre", "setiembre", "septembre", "settembre", "set", "setembro"]],
  [10, ["october", "oct", "octubre", "octobre", "oktober", "okt", "ottobre", "ott", "outubro", "out"]],
  [11, ["november", "nov", "noviembre", "novembre", "novembro"]],
  [12, ["december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dezember", "dez", "dicembre", "dezembro"]],
];

export const MONTH_BY_NAME = new Map<string, number>();
for (const [n, names] of MONTHS) for (const name of names) MONTH_BY_NAME.set(name, n);

/** Regex alternation of all month names, longest first so "sept" wins over "sep". */
export const MONTH_ALT = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join("|");

const WEEKDAYS: Array<[number, string[]]> = [
  [0, ["sunday", "sun", "domingo", "dimanche", "sonntag", "domenica", "zondag"]],
  [1, ["monday", "mon", "lunes", "lundi", "montag", "lunedì", "lunedi", "segunda-feira", "maandag"]],
  [2, ["tuesday", "tues", "tue", "martes", "mardi", "dienstag", "martedì", "martedi", "terça-feira", "dinsdag"]],
  [3, ["wednesday", "wed", "miércoles", "miercoles", "mercredi", "mittwoch", "mercoledì", "mercoledi", "quarta-feira", "woensdag"]],
  [4, ["thursday", "thurs", "thur", "thu", "jueves", "jeudi", "donnerstag", "giovedì", "giovedi", "quinta-feira", "donderdag"]],
  [5, ["friday", "fri", "viernes", "vendredi", "freitag", "venerdì", "venerdi", "sexta-feira", "vrijdag"]],
  [6, ["saturday", "sat", "sábado", "sabado", "samedi", "samstag", "sabato", "zaterdag"]],
];

export const WEEKDAY_BY_NAME = new Map<string, number>();
for (const [n, names] of WEEKDAYS) for (const name of names) WEEKDAY_BY_NAME.set(name, n);
export const WEEKDAY_ALT = [...WEEKDAY_BY_NAME.keys()].sort((a, b) => b.length - a.length).join("|");

/** Full weekday names only (for evidence in running text, where "Sun" or "Sat" are ordinary words). */
export const FULL_WEEKDAY = /(?<![\p{L}])(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![\p{L}])/giu;
export const FULL_WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Zone abbreviations with a single meaning in news pages. */
export const ZONES: Record<string, string> = {
  z: "+00:00", gmt: "+00:00", utc: "+00:00", wet: "+00:00", west: "+01:00",
  cet: "+01:00", cest: "+02:00", eet: "+02:00", eest: "+03:00", msk: "+03:00",
  est: "-05:00", edt: "-04:00", cdt: "-05:00", mst: "-07:00", mdt: "-06:00", pst: "-08:00", pdt: "-07:00",
  jst: "+09:00", kst: "+09:00", aest: "+10:00", aedt: "+11:00", nzst: "+12:00", nzdt: "+13:00",
};
/** Zone words recognised after a time (known ones get an offset, the rest are read and dropped). */
export const ZONE_ALT = "(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5}|Z";
