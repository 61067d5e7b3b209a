import { createRoot } from "react-dom/client";
import { App } from "./App";

// Office.js loaded after all: the page's own note about it no longer applies.
document.getElementById("office-js-timeout")?.remove();

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
createRoot(container).render(<App />);
