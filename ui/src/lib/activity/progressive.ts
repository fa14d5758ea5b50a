// The activity form renders its first sections (general, purposes) with the
// record and the rest right after that first paint: the whole form was some
// 3,600 elements, and building them all before anything showed made opening
// an activity take about 200 ms in the window; its top (name, key,
// purposes) now shows within a frame, and the sections below follow before
// the DPO can scroll there.
// Anything that needs a later section first (a finding's field, the section
// navigation, a refused save's field) asks for the whole form and waits for
// it.
//
// Component tests switch it off (test-setup.ts), so they see the whole form at
// once as before; progressive.test.ts tests it switched on.

/** How the form renders: `enabled` false renders every section at once. */
export const progressive = { enabled: true };

/**
 * Runs `then` once the browser has painted the current frame: a task queued
 * from an animation frame callback runs after that frame is drawn.
 */
export function afterPaint(then: () => void): void {
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => setTimeout(then, 0));
  } else {
    setTimeout(then, 0);
  }
}
