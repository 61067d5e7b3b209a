import JSZip from "jszip";

/**
 * Parts of an .xlsx package that exceljs reads past and does not write back: by the zip entries that hold them, or
 * by what an entry contains (worksheet extensions exceljs drops; drawing elements other than pictures).
 */
const UNSUPPORTED_PARTS: { entry: RegExp; content?: RegExp; part: string }[] = [
  { entry: /^xl\/(charts|chartsheets)\//, part: "图表 (charts)" },
  { entry: /^xl\/(pivotTables|pivotCache)\//, part: "数据透视表 (pivot tables)" },
  { entry: /^xl\/vbaProject\.bin$/, part: "宏 VBA (macros)" },
  { entry: /^xl\/(slicers|slicerCaches)\//, part: "切片器 (slicers)" },
  { entry: /^xl\/(timelines|timelineCaches)\//, part: "日程表 (timelines)" },
  { entry: /^xl\/threadedComments\//, part: "批注会话，仅保留其文字备注 (threaded comments: only their plain-note copies remain)" },
  { entry: /^xl\/diagrams\//, part: "SmartArt 图形 (SmartArt)" },
  { entry: /^xl\/(ctrlProps|activeX)\//, part: "表单控件 (form and ActiveX controls)" },
  { entry: /^xl\/embeddings\//, part: "嵌入对象 (embedded objects)" },
  { entry: /^xl\/externalLinks\//, part: "外部链接 (links to other workbooks)" },
  { entry: /^xl\/drawings\/[^/]+\.xml$/, content: /<(\w+:)?(sp|cxnSp|grpSp)[\s/>]/, part: "形状和文本框 (shapes and text boxes)" },
  { entry: /^xl\/worksheets\/[^/]+\.xml$/, content: /<x14:dataValidations[\s/>]/, part: "引用其他工作表的数据验证 (data validation stored as an Excel 2010 extension)" },
  { entry: /^xl\/worksheets\/[^/]+\.xml$/, content: /<x14:sparklineGroups[\s/>]/, part: "迷你图 (sparklines)" },
];

/**
 * What a copy written by exceljs will lack, one description per kind of part, from the zip entries of an .xlsx
 * file's bytes. No node imports: the web page warns with the same words as the command line.
 */
export async function partsLostInPackage(data: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  const lost: string[] = [];
  for (const { entry, content, part } of UNSUPPORTED_PARTS) {
    for (const name of names.filter((n) => entry.test(n))) {
      if (content && !content.test(await zip.files[name].async("string"))) continue;
      lost.push(part);
      break;
    }
  }
  return lost;
}
