import "./no-eval";
import { createRoot } from "react-dom/client";
import { WebApp } from "./WebApp";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(<WebApp />);
