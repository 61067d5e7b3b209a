/** The .xlsx reader and patcher, fetched from this page's own server the first time a file is read, then kept. */
export const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "./xlsx-file");
