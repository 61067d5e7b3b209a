/**
 * The web page's check worker: reading and checking a workbook take seconds for a thousand tables, so they run here
 * and the page stays responsive. Built as its own entry (webpack.config.js); the page finds it through a meta tag.
 */
import "../no-eval";
import { serveChecks } from "../../check-worker/answer";
import { readAndCheck } from "./read-and-check";

serveChecks(readAndCheck);
