/**
 * hash-wasm's BLAKE2b-only build (16 kB, where its index bundles every algorithm in 284 kB). It is
 * a UMD script: Node's ESM loader sees its exports only as the default export.
 */
declare module "hash-wasm/dist/blake2b.umd.min.js" {
  import type { createBLAKE2b } from "hash-wasm";

  const blake2b: { readonly createBLAKE2b: typeof createBLAKE2b };
  export default blake2b;
}
