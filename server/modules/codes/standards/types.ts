/** One entry of a code table as shipped with the system. */
export interface CodeSeed {
  code: string;          // the official code, e.g. "A", "01", "2-02", "11"
  name: string;          // official Chinese name
  nameEn?: string;       // short English name (optional but please provide for top-level entries)
  parentCode?: string;   // code of the parent entry in the same table/edition, if hierarchical
  level: number;         // 1 = top level
}

/** A code table edition: one standard in one version with its effective date. */
export interface CodeTableSeed {
  type: string;          // stable machine name, e.g. "industry", "occupation", "education"
  edition: string;       // e.g. "GB/T 4754-2017", "2015", "2022"
  standard: string;      // citation, e.g. "GB/T 4754-2017 国民经济行业分类"
  name: string;          // Chinese display name of the table, e.g. "国民经济行业分类"
  nameEn: string;
  effectiveFrom: string; // ISO date the edition took effect, e.g. "2017-10-01"
  effectiveTo?: string;  // ISO date it was superseded, if any
  entries: CodeSeed[];
}
