// Adds the DOM matchers (toBeInTheDocument, …) to vitest's expect.
import "@testing-library/jest-dom/vitest";

// The activity form renders all its sections at once in component tests
// (progressive.test.ts tests the progressive rendering itself).
import { progressive } from "./lib/activity/progressive";
progressive.enabled = false;
