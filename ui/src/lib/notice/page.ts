// The notice page as the view embeds it, and where its missing markers point.
//
// The core renders the notice as a whole HTML document for publishing, with
// an inline <style> the app's CSP (style-src 'self') would refuse. The view
// takes only the document's content and styles it itself.

import type { MissingItem } from "../api";
import type { FieldTarget } from "../shell/target";

/** Prefix of the notice's own ids inside the app, so they cannot clash with the app's. */
const ID_PREFIX = "notice-page-";

/**
 * The content of the notice document (its <main>, else its <body>) as HTML to
 * insert into the view: without <head> and <style>, with the notice's ids
 * prefixed (and the in-page links and labels that refer to them), and with
 * every missing marker made a focusable button titled `markerTitle`.
 *
 * DOMParser builds an inert document: nothing in it runs or loads.
 */
export function noticeContent(html: string, markerTitle: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const root = doc.querySelector("main") ?? doc.body;
  for (const element of root.querySelectorAll("style, script")) element.remove();
  for (const element of root.querySelectorAll("[id]")) element.id = ID_PREFIX + element.id;
  for (const element of root.querySelectorAll("[aria-labelledby]")) {
    const ids = element.getAttribute("aria-labelledby") ?? "";
    element.setAttribute("aria-labelledby", ids.split(/\s+/).map((id) => ID_PREFIX + id).join(" "));
  }
  for (const link of root.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href") ?? "";
    if (href.startsWith("#")) {
      link.setAttribute("href", "#" + ID_PREFIX + href.slice(1));
    } else {
      // Mail and web addresses are shown, not followed: no click, middle
      // click or drag may take the app's window elsewhere.
      link.removeAttribute("href");
      link.setAttribute("data-href", href);
      link.setAttribute("title", href);
    }
  }
  for (const marker of root.querySelectorAll(".missing[data-field]")) {
    marker.setAttribute("role", "button");
    marker.setAttribute("tabindex", "0");
    marker.setAttribute("title", markerTitle);
  }
  return root.innerHTML;
}

/** The record and field a missing item is filled in at: its activity, else the organisation. */
export function targetOf(activity: string | null | undefined, field: string): FieldTarget {
  return activity
    ? { entity: "activity", key: activity, field }
    : { entity: "organisation", key: "organisation", field };
}

export function itemTarget(item: MissingItem): FieldTarget {
  // A text the English notice shows untranslated (Art. 12(1)) is filled in
  // in the record's translation view, not at the German text.
  const field = item.item === TRANSLATION_ITEM ? `translations.${item.field}` : item.field;
  return targetOf(item.activity, field);
}

/** The missing item of a text without (current) English translation. */
export const TRANSLATION_ITEM = "12-1";

/** The target of a marker in the page (`data-activity` is absent for items of the whole notice). */
export function markerTarget(marker: HTMLElement): FieldTarget | null {
  const field = marker.dataset.field;
  return field ? targetOf(marker.dataset.activity, field) : null;
}
