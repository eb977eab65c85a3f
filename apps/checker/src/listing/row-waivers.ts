// the light entry point: this runs on checker threads, which load no YAML parser or validator
import { compileTarget, targetMatches, type CompiledTarget } from '@storepolicy/engine/waiver-match';
import type { MessageParams } from '@storepolicy/schema';
import type { RowWaiver, WaivedBy } from './batch.js';


/**
 * The waivers of one file, matched against its rows on whichever thread
 * checks them. The main thread has already matched each waiver's `file`;
 * here the rule, the `pointer` (the finding's pointer in the report,
 * `/title`, or below it) and the `sku` (the row's SKU) must match, with the
 * engine's own `targetMatches`. Only rows with findings get here.
 */
export class RowWaivers {
  /** Ids of the waivers that matched a finding, live or not. */
  readonly matched = new Set<number>();
  private readonly compiled: { waiver: RowWaiver; target: CompiledTarget }[];

  constructor(waivers: readonly RowWaiver[]) {
    this.compiled = waivers.map((waiver) => {
      const target: { pointer?: string; sku?: string } = {};
      if (waiver.pointer !== undefined) target.pointer = waiver.pointer;
      if (waiver.sku !== undefined) target.sku = waiver.sku;
      return { waiver, target: compileTarget(target) };
    });
  }

  /** Mark the findings a live waiver covers with `waivedBy`; remember every waiver that matched. */
  apply(findings: readonly { code: string; pointer: string; params: MessageParams; waivedBy?: WaivedBy }[], sku: string | undefined): void {
    for (const finding of findings) {
      let probe: Parameters<typeof targetMatches>[1] | undefined;
      for (const { waiver, target } of this.compiled) {
        if (waiver.rule !== finding.code) continue;
        probe ??= { code: finding.code, pointer: finding.pointer, params: sku === undefined ? finding.params : { ...finding.params, sku } };
        if (!targetMatches(target, probe, '')) continue;
        this.matched.add(waiver.id);
        if (waiver.live) finding.waivedBy ??= waiver.by;
      }
    }
  }
}
