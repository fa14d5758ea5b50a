// The open editor's save, for the question before unsaved changes are
// dropped: "Speichern" there saves the record in whichever editor holds it
// (the activity form, a party, a TOM, the processor's record) and goes on
// only when the save succeeded. One editor has unsaved changes at a time.

type Save = () => Promise<boolean>;

let current: Save | null = null;

/** The editor offers its save; call the returned function when it goes. */
export function offerSave(save: Save): () => void {
  current = save;
  return () => {
    if (current === save) current = null;
  };
}

/** Whether an editor can save its changes from the question. */
export function canSaveOpen(): boolean {
  return current !== null;
}

/** Saves the open editor's changes; true when they were saved. */
export async function saveOpen(): Promise<boolean> {
  return current ? current() : false;
}
