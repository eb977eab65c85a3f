import type { ListingCheckContext, ListingRuleCheck } from '../../listing/compiled.js';
import type { RuleMeta } from '../../rule.js';

/** The check of a text rule: report the automaton pass's hits that belong to it. */
export function emitTextHits(meta: RuleMeta): ListingRuleCheck {
  return (_listing, context: ListingCheckContext) => {
    for (const hit of context.hits) {
      if (hit.code !== meta.code) continue;
      context.emit(meta, {
        messageId: hit.messageId,
        pointer: hit.pointer,
        params: hit.params,
        start: hit.start,
        end: hit.end,
        severity: hit.severity,
        related: hit.related,
        key: hit.key,
      });
    }
  };
}
