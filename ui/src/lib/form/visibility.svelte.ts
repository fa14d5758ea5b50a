// Whether a part of a long form is on screen, for the parts that load from
// the core (an activity's translations and history): they load when the DPO
// scrolls to them and follow saves only while in view, instead of asking the
// core again after every save far below the fields being edited. Without
// IntersectionObserver (component tests) a part counts as always in view.

const observable = typeof IntersectionObserver !== "undefined";

export class Visibility {
  /** True while the observed element is (partly) on screen. */
  visible = $state(!observable);

  /** Attach to the element to observe (`{@attach view.attach}`). */
  attach = (node: Element) => {
    if (!observable) return;
    const observer = new IntersectionObserver((entries) => {
      this.visible = entries.some((entry) => entry.isIntersecting);
    });
    observer.observe(node);
    return () => observer.disconnect();
  };
}
