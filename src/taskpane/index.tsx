/* global Office, document */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Placeholder } from "./Placeholder";

// One FluentProvider at the root, rendered once Office has said where it runs.
Office.onReady((info) => {
  const root = document.getElementById("root");
  if (root === null) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Placeholder inExcel={info.host === Office.HostType.Excel} />
    </FluentProvider>,
  );
});
