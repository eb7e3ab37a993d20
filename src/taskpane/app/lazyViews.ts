import { lazy } from "react";

// Only Start is needed at first paint: the model editor and the result view (with "Varför?") load when first opened.

/** Parter och nycklar, in a chunk of its own. */
export const PartiesKeysView = lazy(() =>
  import(/* webpackChunkName: "inputs" */ "../views/PartiesKeysView").then((m) => ({
    default: m.PartiesKeysView,
  })),
);

/** Scenarier, in a chunk of its own. */
export const ScenariosView = lazy(() =>
  import(/* webpackChunkName: "scenarios" */ "../views/ScenariosView").then((m) => ({
    default: m.ScenariosView,
  })),
);

/** Rader och regler, in a chunk of its own. */
export const LinesView = lazy(() =>
  import(/* webpackChunkName: "lines" */ "../views/LinesView").then((m) => ({ default: m.LinesView })),
);

/** Modell (the JSON text and the run), in a chunk of its own. */
export const ModelView = lazy(() =>
  import(/* webpackChunkName: "model" */ "../views/ModelView").then((m) => ({ default: m.ModelView })),
);

/** Resultat (with "Varför?"), in a chunk of its own. */
export const ResultView = lazy(() =>
  import(/* webpackChunkName: "result" */ "../views/ResultView").then((m) => ({ default: m.ResultView })),
);
