// The state and steps every record editor beside a list shares (parties,
// processor's record, TOM catalog): which record is open and whether it
// changed, choosing one from the list or starting a new one, the question
// before unsaved changes are dropped, save with a validation error placed at
// its field, reload after a conflict, delete after confirmation, a restore
// from the history, the shell's pointer at a record's field, and Ctrl+S.
// What differs per view (its inputs, its own list, how a new record starts)
// stays there.

import { tick, untrack } from "svelte";
import { toApiError, type ApiError } from "../api";
import { focusField } from "./fields";

/** A record the core stores under a key, with optimistic locking by version. */
export interface StoredRecord {
  key: string;
  version: number;
}

export interface RecordEditorOptions<T extends StoredRecord> {
  create: (record: T) => Promise<T>;
  update: (record: T) => Promise<T>;
  delete: (key: string, version: number) => Promise<unknown>;
  /** The stored records, read again after a conflict. */
  list: () => Promise<T[]>;
  /** The status texts, read when shown so they follow the language. */
  messages: () => { saved: string; deleted: string };
  /** Called after a save, delete or reload, so the shell reloads and re-checks. */
  onchanged: () => void;
  /** For a view that keeps its own list: a record was saved or restored (before it is shown). */
  onsaved?: (record: T) => void;
  /** For a view that keeps its own list: the record under this key was deleted. */
  ondeleted?: (key: string) => void;
}

/** Ctrl+S (Cmd+S on macOS) alone, as the shell reads its Ctrl shortcuts. */
const isSaveShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "s";

export class RecordEditor<T extends StoredRecord> {
  /** The record in the editor; `isNew` until it was created. */
  open = $state<{ record: T; isNew: boolean } | null>(null);
  /** Raised on a switch to another record, so the inputs' own state starts afresh. */
  generation = $state(0);
  /** The open record as last loaded or saved, to tell unsaved changes. */
  #baseline = $state("");
  busy = $state(false);
  error = $state<ApiError | null>(null);
  /** Which step `error` came from. */
  failed = $state<"save" | "delete">("save");
  /** A validation error whose field has no input here (shown in the banner instead). */
  unplacedError = $state(false);
  status = $state<string | null>(null);
  confirmingDelete = $state(false);
  /** What to do once the DPO agreed to drop unsaved changes. */
  pendingDiscard = $state<(() => void) | null>(null);
  /** Whether the open record has unsaved changes. */
  readonly dirty = $derived(this.open !== null && JSON.stringify(this.open.record) !== this.#baseline);

  readonly #options: RecordEditorOptions<T>;

  constructor(options: RecordEditorOptions<T>) {
    this.#options = options;
  }

  /** Puts `record` into the editor as stored (or as a new record). */
  show(record: T, isNew: boolean) {
    // Only another record starts the inputs afresh: after a save (Ctrl+S
    // while typing) the focus stays where it was.
    if (this.open?.record.key !== record.key || this.open.isNew !== isNew) this.generation += 1;
    this.open = { record: $state.snapshot(record) as T, isNew };
    this.#baseline = JSON.stringify(this.open.record);
    this.error = null;
    this.unplacedError = false;
    this.confirmingDelete = false;
  }

  /** Opens `record` on the DPO's request: the outcome of the last step no longer applies. */
  start(record: T, isNew: boolean) {
    this.status = null;
    this.show(record, isNew);
  }

  /** The key of the stored record in the editor, which the list marks. */
  readonly selectedKey = $derived(this.open && !this.open.isNew ? this.open.record.key : null);

  /** The DPO chose `record` in the list (asking first about unsaved changes). */
  select = (record: T) => this.guarded(() => this.start(record, false));

  /** The DPO asked for a new record (asking first about unsaved changes); `draft` makes it. */
  startNew = (draft: () => T) => this.guarded(() => this.start(draft(), true));

  /** A version from the history was restored: the editor shows it as stored. */
  restored = (record: unknown) => {
    this.#options.onsaved?.(record as T);
    this.show(record as T, false);
    this.#options.onchanged();
  };

  /**
   * Follows the shell's pointer at a record (and the input at `path` in it,
   * from a finding) once the record is among `records`. Each target is
   * applied once, so a later change of the list does not throw the DPO back
   * to it; a pointer set to null first may point at the same target again.
   * Call it while the view is set up (it adds an effect).
   */
  follow(pointer: () => { key: string | null; path: string | null }, records: () => readonly T[]) {
    let applied: string | null = null;
    $effect(() => {
      const { key, path } = pointer();
      const target = key ? `${key}\n${path ?? ""}` : null;
      if (!target) {
        applied = null;
        return;
      }
      const record = records().find((r) => r.key === key);
      if (target === applied || !record) return;
      applied = target;
      untrack(async () => {
        if (this.open?.isNew || this.open?.record.key !== record.key) this.start(record, false);
        if (path) {
          await tick();
          focusField(path);
        }
      });
    });
  }

  /** Runs `action` at once, or after the DPO agreed to drop unsaved changes. */
  guarded = (action: () => void) => {
    if (this.dirty) this.pendingDiscard = action;
    else action();
  };

  /** The DPO agreed to drop the unsaved changes: runs what waited for it. */
  discard = () => {
    const action = this.pendingDiscard;
    this.pendingDiscard = null;
    action?.();
  };

  /** Saves the open record; true when it was saved. */
  save = async (): Promise<boolean> => {
    if (!this.open || this.busy) return false;
    this.busy = true;
    this.error = null;
    this.failed = "save";
    this.status = null;
    try {
      const record = $state.snapshot(this.open.record) as T;
      const saved = this.open.isNew ? await this.#options.create(record) : await this.#options.update(record);
      this.#options.onsaved?.(saved);
      this.show(saved, false);
      this.status = this.#options.messages().saved;
      this.#options.onchanged();
      return true;
    } catch (raw) {
      const error = toApiError(raw);
      this.error = error;
      this.unplacedError = false;
      if (error.code === "validation" && error.field) {
        await tick();
        this.unplacedError = !focusField(error.field);
      }
      return false;
    } finally {
      this.busy = false;
    }
  };

  /** "Speichern" in the question before a switch: saves, then runs what waited. */
  saveAndContinue = async () => {
    const action = this.pendingDiscard;
    this.pendingDiscard = null;
    if ((await this.save()) && action) action();
  };

  /** After a conflict: the stored state replaces the editor's. */
  reload = async () => {
    if (!this.open) return;
    const key = this.open.record.key;
    try {
      const fresh = (await this.#options.list()).find((record) => record.key === key);
      if (fresh) this.show(fresh, false);
      else this.error = { code: "not_found", message: key };
      this.#options.onchanged();
    } catch (raw) {
      this.error = toApiError(raw);
    }
  };

  remove = async () => {
    if (!this.open || this.busy) return;
    this.busy = true;
    const { key, version } = this.open.record;
    try {
      await this.#options.delete(key, version);
      this.#options.ondeleted?.(key);
      this.open = null;
      this.confirmingDelete = false;
      this.status = this.#options.messages().deleted;
      this.#options.onchanged();
    } catch (raw) {
      this.confirmingDelete = false;
      this.failed = "delete";
      this.error = toApiError(raw);
    } finally {
      this.busy = false;
    }
  };

  /** Ctrl+S saves the open record. */
  onKey = (event: KeyboardEvent) => {
    // While a question is open, its answer comes first.
    if (this.confirmingDelete || this.pendingDiscard) return;
    if (isSaveShortcut(event) && this.open) {
      event.preventDefault();
      void this.save();
    }
  };
}
