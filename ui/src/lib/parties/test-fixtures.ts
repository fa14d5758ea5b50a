// For component tests: a stored party with no more than its name and seat,
// as the tests of the parties view, the processor's record and the activity
// editor need one to choose or to list.
import type { Party } from "../api";
import { emptyParty } from "./party";

export function storedParty(key: string, name: string, country: string, dpf_certified = false): Party {
  return { ...emptyParty(), key, name, country, dpf_certified, version: 1 };
}
