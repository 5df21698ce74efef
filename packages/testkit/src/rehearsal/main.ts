/**
 * npm run rehearse: a whole release of a sample Python project through the example workflows and
 * the committed bundles (rehearse.ts), printed step by step; exits non-zero if anything failed.
 */
import { rehearse } from "./rehearse.ts";

const { failures } = await rehearse();
process.exitCode = failures.length === 0 ? 0 : 1;
