export type { SearchDoc, SearchHit, SearchIndex } from "./types.ts";
export { createSearchIndex } from "./search-index.ts";
export { foldVietnamese } from "./fold.ts";
