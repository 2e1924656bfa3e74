// Preloaded into a node process by the federation tests (`--import`): shifts the process clock by
// COOPSEC_TEST_CLOCK_SKEW_MS, so that nodes disagree about the time as real ones do.
const skew = Number(process.env.COOPSEC_TEST_CLOCK_SKEW_MS ?? 0);
if (Number.isFinite(skew) && skew !== 0) {
  const RealDate = Date;
  class SkewedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + skew);
      else super(...args);
    }
    static now() {
      return RealDate.now() + skew;
    }
  }
  globalThis.Date = SkewedDate;
}
