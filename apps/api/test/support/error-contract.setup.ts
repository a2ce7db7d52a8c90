import { afterEach, expect } from "vitest";
import { takeErrorContractViolations } from "./error-contract.js";

// Every HTTP and socket error a test provoked must be in the shared vocabulary (error-contract.ts).
afterEach(() => {
  expect(takeErrorContractViolations(), "errors outside the shared ErrorCode envelope").toEqual([]);
});
