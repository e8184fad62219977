/** Types `exports.default` from `cloudflare:workers` as this worker. */
declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import("../../src/index");
    }
  }
}

export {};
