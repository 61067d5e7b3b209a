import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import type { TemplateKind } from "../../core/templates";
import type { InsertTemplateOptions } from "../../hosts/host";
import { useTranslate } from "../i18n";
import { TemplateForm } from "./TemplateForm";

interface TemplateSectionProps {
  busy: boolean;
  onInsert(kind: TemplateKind, options: InsertTemplateOptions): void;
}

/** 插入模板, folded under the validate bar: usable whether or not the workbook was validated. */
export function TemplateSection({ busy, onInsert }: TemplateSectionProps) {
  const t = useTranslate();
  return (
    <Accordion collapsible>
      <AccordionItem value="templates">
        <AccordionHeader as="h2" icon={<TableAdd20Regular />} expandIconPosition="end">
          {t("templateHeading")}
        </AccordionHeader>
        <AccordionPanel>
          <TemplateForm busy={busy} onInsert={onInsert} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
