/**
 * office-addin-mock imports office-addin-manifest only for its OfficeApp names; the real module pulls in an
 * ES-module-only dependency that jest's CommonJS runtime cannot load, so tests map it to these names.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
