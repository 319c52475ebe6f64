import type { SearchDoc } from "./types.ts";
import { FIELD_AGENCY, FIELD_KEYWORDS, FIELD_NAME, FIELD_SECTOR } from "./rank.ts";
import { tokenize } from "./tokenize.ts";

export interface Postings {
  /** Doc positions, ascending. */
  readonly docs: Int32Array;
  /** Field bits of the term in the doc at the same position. */
  readonly fields: Uint8Array;
}

interface Collecting {
  docs: number[];
  fields: number[];
}

/**
 * Term -> postings over name, keywords, sector and agency. A multi-word keyword is also
 * indexed whole ("so do"), so a nickname can require its words together rather than scattered.
 */
export function buildInvertedIndex(docs: readonly SearchDoc[]): Map<string, Postings> {
  const collecting = new Map<string, Collecting>();
  const add = (term: string, doc: number, field: number) => {
    let list = collecting.get(term);
    if (list === undefined) {
      list = { docs: [], fields: [] };
      collecting.set(term, list);
    }
    const last = list.docs.length - 1;
    if (list.docs[last] === doc) list.fields[last] = (list.fields[last] ?? 0) | field;
    else {
      list.docs.push(doc);
      list.fields.push(field);
    }
  };

  // Sector and agency names repeat across most of the catalog: fold each distinct one once.
  const shared = new Map<string, string[]>();
  const sharedTokens = (text: string) => {
    let words = shared.get(text);
    if (words === undefined) shared.set(text, (words = tokenize(text)));
    return words;
  };

  docs.forEach((doc, position) => {
    for (const word of tokenize(doc.name)) add(word, position, FIELD_NAME);
    for (const keyword of doc.keywords) {
      const words = tokenize(keyword);
      for (const word of words) add(word, position, FIELD_KEYWORDS);
      if (words.length > 1) add(words.join(" "), position, FIELD_KEYWORDS);
    }
    for (const word of sharedTokens(doc.sectorName)) add(word, position, FIELD_SECTOR);
    for (const word of sharedTokens(doc.agencyName)) add(word, position, FIELD_AGENCY);
  });

  const index = new Map<string, Postings>();
  for (const [term, list] of collecting) {
    index.set(term, { docs: Int32Array.from(list.docs), fields: Uint8Array.from(list.fields) });
  }
  return index;
}
