// English words that follow a count take their form from the CLDR plural
// category (Intl.PluralRules), the rule the message tables' `{n, plural, …}`
// choices use, never from `n === 1`: one rule for every count a message says
// (the schema's own messages, the engine's, the CLI's).
const EN = new Intl.PluralRules('en');

/** `one` or `other`, by the English plural category of `count`. */
export function pluralForm(count: number, one: string, other: string): string {
  return EN.select(count) === 'one' ? one : other;
}

/** "1 file", "0 files", "2 files"; `shown` is how the count is written (grouped, with a "+"). */
export function countOf(count: number, one: string, other: string, shown = String(count)): string {
  return `${shown} ${pluralForm(count, one, other)}`;
}
