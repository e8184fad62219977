import { isModelError, type ModelError } from "../../../src/core/model/model-error";

/** Awaits a call that must fail and returns its `ModelError` (anything else fails the test). */
export async function captureModelError(call: () => Promise<unknown>): Promise<ModelError> {
  try {
    await call();
  } catch (error) {
    if (isModelError(error)) {
      return error;
    }
    throw new Error(`expected a ModelError, got ${String(error)}`, { cause: error });
  }
  throw new Error("expected the call to fail");
}
