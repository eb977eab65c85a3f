// core: worker threads load this module and must not pull in the validators
import { interpolate, type Lang, type MessageCatalog, type MessageParams } from '@storepolicy/schema/core';

type Compiled = (params: MessageParams) => string;

/**
 * Renders finding messages the way `localize` does, with each template split
 * into its parts once: on a million rows the generic path (a diagnostic
 * object per finding, a regex per message) was a quarter of the run.
 */
export class MessageRenderer {
  private readonly compiled = new Map<string, Compiled>();
  /** The last message of each id as JSON, with its parameters: catalogue rows repeat the same finding (a missing size chart in dresses). */
  private readonly lastJson = new Map<string, { params: MessageParams; json: string }>();

  constructor(
    private readonly catalog: MessageCatalog,
    private readonly lang: Lang,
  ) {}

  render(messageId: string, params: MessageParams): string {
    let fn = this.compiled.get(messageId);
    if (!fn) {
      fn = this.compile(messageId);
      this.compiled.set(messageId, fn);
    }
    return fn(params);
  }

  /** `render` as a JSON string literal; the same parameters as the last time give the same text without rendering it again. */
  renderJson(messageId: string, params: MessageParams): string {
    const last = this.lastJson.get(messageId);
    if (last !== undefined && sameParams(last.params, params)) return last.json;
    const json = JSON.stringify(this.render(messageId, params));
    this.lastJson.set(messageId, { params, json });
    return json;
  }

  private compile(messageId: string): Compiled {
    const entry = this.catalog[messageId];
    if (!entry) return (params) => `${messageId} ${JSON.stringify(params)}`;
    const template = entry.message[this.lang];
    // plural choices are rare: the shared interpolator handles them
    if (template.includes(', plural,')) return (params) => interpolate(template, params, this.lang);
    // literal, name, literal, name, ..., literal
    const parts = template.split(/\{(\w+)\}/);
    if (parts.length === 1) return () => template;
    return (params) => {
      let out = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const name = parts[i]!;
        out += Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`;
        out += parts[i + 1]!;
      }
      return out;
    };
  }
}

/** The same own keys with the same primitive values (an object or array value counts as different unless it is the same one). */
function sameParams(a: MessageParams, b: MessageParams): boolean {
  if (a === b) return true;
  let keys = 0;
  for (const key in a) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || a[key] !== b[key]) return false;
    keys++;
  }
  for (const key in b) if (Object.prototype.hasOwnProperty.call(b, key)) keys--;
  return keys === 0;
}
