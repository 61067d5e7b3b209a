import { useState } from "react";
import type { WorkbookHost } from "../../hosts/host";
import { Pane } from "./Pane";

/** Creates the workbook host once, when the pane first shows inside Excel, and keeps it for the pane's life. */
export function HostedPane({ createHost }: { createHost: () => WorkbookHost }) {
  const [host] = useState(createHost);
  return <Pane host={host} />;
}
