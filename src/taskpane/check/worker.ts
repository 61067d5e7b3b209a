/**
 * The task pane's check worker: Office.js reads the workbook on the pane's thread; detecting, parsing, checking and
 * planning run here, so the pane stays responsive. Built as its own entry (webpack.config.js); the pane finds it
 * through a meta tag of taskpane.html.
 */
import { serveChecks } from "../../check-worker/answer";
import { checkSnapshot } from "./check-snapshot";

serveChecks(checkSnapshot);
