/**
 * Everything the web page does with .xlsx files, in one module that the page imports only when the first file
 * arrives (see xlsx.ts): the reader, the patcher and fflate reach the browser as one separate chunk.
 */
export { readWorkbookSnapshot } from "../hosts/xlsx/ooxml/read";
export { patchWorkbook } from "../hosts/xlsx/patch/patch-workbook";
