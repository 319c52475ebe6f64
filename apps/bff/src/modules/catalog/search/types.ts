export interface SearchDoc {
  /** The national code; unique across the catalog. */
  id: string;
  name: string;
  code: string;
  localCode: string;
  sectorName: string;
  agencyName: string;
  /** Synonyms and nicknames citizens type for this procedure. */
  keywords: string[];
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchIndex {
  /** Every matching doc, best first; [] for a query with no searchable characters. */
  search(query: string): SearchHit[];
  readonly size: number;
}
