/**
 * Small stopword profiles: the most frequent function words of each language.
 * Used twice: to tell running text from page furniture (stopword density, as
 * in jusText) and to guess the article's language.
 */
const LISTS: Record<string, string> = {
  en: "the of and to a in is that for on it with as was he she his her at by from be have has had are were not but or an this which who they their its said will would been after more about than also into over new one two there we you i our if up out when what all can no",
  es: "de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho ha han fue según",
  fr: "le la les de des du un une et en à est que qui dans pour pas sur au aux il elle par plus ne se ce cette son sa ses avec ont a été sont mais ou nous vous leur comme tout dit aussi après",
  de: "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei",
  it: "di e il la che in a per un è non una del della con le i si da al lo gli dei delle ha sono ma come più anche alla nel sul questo essere stato dopo",
  pt: "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela",
  nl: "de het een en van in is dat op te voor met zijn niet aan er die maar ook als bij door om dan naar wordt werd heeft hebben was of uit nog over tot deze",
};

export const STOPWORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(" "))]),
);

/** Lower-case words of a text (letters, apostrophes inside words). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[\s.,;:!?"“”«»()[\]{}|/\\—–'’‘-]+/)) if (raw !== "") out.push(raw);
  return out;
}
