// The sheet description is a contract between the renderers, the writers and the pane: it lives in src/contracts.
export type * from "../../contracts/sheetDescription";
