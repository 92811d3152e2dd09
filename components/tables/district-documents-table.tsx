import type { PublishedDocumentSummary } from "@/lib/db/find-published-documents";
import { formatWan } from "@/lib/money";

const KIND_LABEL = { budget: "预算", final: "决算" } as const;

/** One district's published documents: department, year, kind and total expenditure in 万元. */
export function DistrictDocumentsTable({ district, documents }: { district: string; documents: PublishedDocumentSummary[] }) {
  return (
    <table className="mt-2 w-full text-sm">
      <caption className="sr-only">{district}已发布文件</caption>
      <thead>
        <tr className="text-left text-slate-500">
          <th scope="col" className="py-1 font-normal">部门</th>
          <th scope="col" className="whitespace-nowrap px-1 py-1 font-normal">年度</th>
          <th scope="col" className="whitespace-nowrap px-1 py-1 font-normal">类型</th>
          <th scope="col" className="whitespace-nowrap py-1 pl-1 text-right font-normal">支出（万元）</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((doc) => (
          <tr key={doc.id} className="border-t border-slate-100">
            <td className="py-1">{doc.department}</td>
            <td className="whitespace-nowrap px-1 py-1">{doc.fiscalYear}</td>
            <td className="whitespace-nowrap px-1 py-1">{KIND_LABEL[doc.kind]}</td>
            <td className="tabular whitespace-nowrap py-1 pl-1 text-right">{formatWan(doc.expenditureTotal)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
