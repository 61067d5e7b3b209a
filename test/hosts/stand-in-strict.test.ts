/** The stand-in refuses what Excel refuses, so that host tests fail where Excel would. */
import { emptySheet, standInGlobals, StandInWorkbook, type StandInOptions } from "../stand-in/excel-stand-in";

function run<T>(wb: StandInWorkbook, batch: (context: Excel.RequestContext) => Promise<T>, options: StandInOptions = {}, runOptions: Excel.RunOptions = {}): Promise<T> {
  const { Excel } = standInGlobals(wb, options);
  return Excel.run(runOptions, batch as never);
}

function oneSheet(): StandInWorkbook {
  const wb = new StandInWorkbook();
  wb.sheets.push(emptySheet("表"));
  return wb;
}

describe("stand-in Excel", () => {
  it("knows a sheet's name only once loaded and synced (PropertyNotLoaded)", async () => {
    const wb = oneSheet();
    await expect(run(wb, async (context) => context.workbook.worksheets.getItem("表").name)).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    const name = await run(wb, async (context) => {
      const ws = context.workbook.worksheets.getItem("表").load("name");
      await context.sync();
      return ws.name;
    });
    expect(name).toBe("表");
  });

  it("raises OfficeExtension.Error-style codes", async () => {
    const wb = oneSheet();
    await expect(run(wb, async (context) => {
      context.workbook.worksheets.getItem("没有").load("name");
      await context.sync();
    })).rejects.toMatchObject({ name: "RichApi.Error", code: "ItemNotFound" });
  });

  it("measures a response as the UTF-8 JSON of what was loaded (a Chinese character is three bytes) and refuses one over the cap", async () => {
    const wb = oneSheet();
    wb.sheets[0].cells.set("A1", { value: "绩效" });
    await run(wb, async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").load("values");
      await context.sync();
    });
    // values: [["绩效"]] is 12 bytes of JSON (2 × 3 for the characters), with the property's name.
    expect(wb.maxResponseBytes).toBe("values".length + 3 + 12);
    wb.sheets[0].cells.set("A1", { value: "绩".repeat(100) });
    await expect(run(wb, async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").load("values");
      await context.sync();
    }, { responseLimitBytes: 200 })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("returns a date cell as Excel does: the serial number in values, the date format in numberFormat, the date in text", async () => {
    const wb = oneSheet();
    wb.sheets[0].cells.set("A1", { value: 44926, numberFormat: 'yyyy"年"m"月"d"日"' });
    wb.sheets[0].cells.set("A2", { value: 45382, numberFormat: "yyyy/m/d" });
    wb.sheets[0].cells.set("A3", { value: 45382, numberFormat: "[$-804]yyyy-mm-dd;@" });
    const range = await run(wb, async (context) => {
      const loaded = context.workbook.worksheets.getItem("表").getRange("A1:A3").load("values,valueTypes,numberFormat,text");
      await context.sync();
      return loaded;
    });
    expect(range.values).toEqual([[44926], [45382], [45382]]);
    expect(range.valueTypes).toEqual([["Double"], ["Double"], ["Double"]]);
    expect(range.numberFormat).toEqual([['yyyy"年"m"月"d"日"'], ["yyyy/m/d"], ["[$-804]yyyy-mm-dd;@"]]);
    expect(range.text).toEqual([["2022年12月31日"], ["2024/3/31"], ["2024-03-31"]]);
  });

  it("refuses a note on a cell holding a threaded comment, and lists the comments with their cells", async () => {
    const wb = oneSheet();
    wb.sheets[0].comments.set("B2", "请核实");
    const cells = await run(wb, async (context) => {
      const comments = context.workbook.worksheets.getItem("表").comments.load("items/id");
      await context.sync();
      const located = comments.items.map((c) => c.getLocation().load("address"));
      await context.sync();
      return located.map((r) => r.address);
    });
    expect(cells).toEqual(["'表'!B2"]);
    await expect(run(wb, async (context) => {
      context.workbook.worksheets.getItem("表").notes.add("B2", "说明");
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.sheets[0].notes.size).toBe(0);
  });

  it("refuses more than 512 merged areas from one call", async () => {
    const wb = oneSheet();
    wb.sheets[0].merges = Array.from({ length: 513 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    await expect(run(wb, async (context) => {
      context.workbook.worksheets.getItem("表").getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
    })).rejects.toMatchObject({ code: "GeneralException" });
    const half = await run(wb, async (context) => {
      const areas = context.workbook.worksheets.getItem("表").getRange("A1:B256").getMergedAreasOrNullObject().load("areaCount");
      await context.sync();
      return areas.areaCount;
    });
    expect(half).toBe(256);
  });

  it("refuses adding or hiding a sheet under workbook structure protection, not custom XML parts", async () => {
    const wb = oneSheet();
    wb.structureProtected = true;
    await expect(run(wb, async (context) => {
      context.workbook.worksheets.add("记录");
      await context.sync();
    })).rejects.toMatchObject({ code: "AccessDenied" });
    await run(wb, async (context) => {
      context.workbook.customXmlParts.add('<r xmlns="urn:x"/>');
      await context.sync();
    });
    expect(wb.customXmlParts.map((p) => p.xml)).toEqual(['<r xmlns="urn:x"/>']);
  });

  it("refuses hiding a sheet inside an undo group (UndoNotSupported) before applying anything", async () => {
    const wb = oneSheet();
    await expect(run(wb, async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").values = [[1]];
      context.workbook.worksheets.getItem("表").visibility = "VeryHidden";
      await context.sync();
    }, {}, { mergeUndoGroup: true })).rejects.toMatchObject({ code: "UndoNotSupported" });
    expect(wb.sheets[0].cells.size).toBe(0);
  });

  it("refuses a batch while a cell is being edited, unless the run waits for it", async () => {
    const wb = oneSheet();
    wb.cellEditing = Promise.resolve();
    await expect(run(wb, (context) => context.sync())).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await run(wb, (context) => context.sync(), {}, { delayForCellEdit: true });
  });
});
