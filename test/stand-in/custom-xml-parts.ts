/**
 * The stand-in's custom XML parts (workbook.customXmlParts, ExcelApi 1.5): XML documents kept in the workbook,
 * found by the namespace of their root element. Workbook structure protection does not cover them.
 */
import { ClientObject, StandInError, type Context } from "./client-object";

export interface StandInCustomXmlPart {
  id: string;
  xml: string;
}

/** The namespace of a document's root element, as Excel indexes parts by it. */
export function rootNamespace(xml: string): string {
  const root = /<(?!\?|!)([\w.-]+:)?[\w.-]+([^>]*)>/.exec(xml);
  if (!root) return "";
  const prefix = root[1] ? root[1].slice(0, -1) : "";
  const declared = new RegExp(`xmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*"([^"]*)"`).exec(root[2]);
  return declared ? declared[1] : "";
}

/** Like ClientResult: the value is readable after sync. */
class ClientResult<T> {
  private known = false;
  private result: T | undefined;
  set(value: T): void {
    this.result = value;
    this.known = true;
  }
  get value(): T {
    if (!this.known) throw new StandInError("PropertyNotLoaded", "The value of a ClientResult is available after context.sync().");
    return this.result as T;
  }
}

class CustomXmlPart extends ClientObject {
  constructor(ctx: Context, private readonly find: () => StandInCustomXmlPart | undefined, private readonly mustExist: boolean) {
    super(ctx);
  }
  private part(): StandInCustomXmlPart {
    const part = this.find();
    if (!part) throw new StandInError("ItemNotFound", "The custom XML part does not exist.");
    return part;
  }
  protected override readers() {
    const fields = { id: () => this.part().id, namespaceUri: () => rootNamespace(this.part().xml) };
    return this.mustExist ? fields : { ...fields, isNullObject: () => this.find() === undefined };
  }
  get id(): string {
    return this.get("id");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.ctx.queue("getCustomXml", () => {
      const xml = this.part().xml;
      this.ctx.response.bytes += xml.length;
      result.set(xml);
    });
    return result;
  }
  setXml(xml: string): void {
    this.ctx.queue("setCustomXml", () => {
      this.part().xml = xml;
    });
  }
  delete(): void {
    this.ctx.queue("deleteCustomXmlPart", () => {
      const part = this.part();
      this.ctx.wb.customXmlParts = this.ctx.wb.customXmlParts.filter((p) => p !== part);
    });
  }
}

/** The parts whose root element is in one namespace. */
class ScopedCollection extends ClientObject {
  constructor(ctx: Context, private readonly namespace: string) {
    super(ctx);
  }
  private matching(): StandInCustomXmlPart[] {
    return this.ctx.wb.customXmlParts.filter((p) => rootNamespace(p.xml) === this.namespace);
  }
  protected override readers() {
    return { items: () => this.matching().map((p) => new CustomXmlPart(this.ctx, () => p, true)) };
  }
  get items(): CustomXmlPart[] {
    return this.get("items");
  }
  /** The only part in the namespace; a null object when there is none or more than one. */
  getOnlyItemOrNullObject(): CustomXmlPart {
    return new CustomXmlPart(this.ctx, () => {
      const found = this.matching();
      return found.length === 1 ? found[0] : undefined;
    }, false);
  }
}

export class CustomXmlPartCollection extends ClientObject {
  private static nextId = 1;
  protected override readers() {
    return { items: () => this.ctx.wb.customXmlParts.map((p) => new CustomXmlPart(this.ctx, () => p, true)) };
  }
  get items(): CustomXmlPart[] {
    return this.get("items");
  }
  add(xml: string): CustomXmlPart {
    const part: StandInCustomXmlPart = { id: `{${String(CustomXmlPartCollection.nextId++).padStart(8, "0")}-0000-0000-0000-000000000000}`, xml };
    this.ctx.queue("addCustomXmlPart", () => {
      if (rootNamespace(xml) === "" && !/^\s*(<\?xml[^>]*>\s*)?</.test(xml)) throw new StandInError("InvalidArgument", "The XML is not well formed.");
      this.ctx.wb.customXmlParts.push(part);
    });
    return new CustomXmlPart(this.ctx, () => (this.ctx.wb.customXmlParts.includes(part) ? part : undefined), true);
  }
  getByNamespace(namespace: string): ScopedCollection {
    return new ScopedCollection(this.ctx, namespace);
  }
  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(this.ctx, () => this.ctx.wb.customXmlParts.find((p) => p.id === id), true);
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    return new CustomXmlPart(this.ctx, () => this.ctx.wb.customXmlParts.find((p) => p.id === id), false);
  }
}
