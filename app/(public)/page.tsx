import { connection } from "next/server";
import { findPublishedDocuments, type PublishedDocumentSummary } from "@/lib/db/find-published-documents";
import { DistrictDocumentsTable } from "@/components/tables/district-documents-table";

function groupByDistrict(docs: PublishedDocumentSummary[]) {
  const groups = new Map<string, PublishedDocumentSummary[]>();
  for (const doc of docs) {
    const key = `${doc.city}${doc.district}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return [...groups.entries()].map(([key, items]) => ({ key, district: items[0].district, city: items[0].city, items }));
}

export default async function HomePage() {
  await connection(); // always read the database at request time
  const docs = await findPublishedDocuments();
  const districts = groupByDistrict(docs);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-bold">各区部门预算与决算</h1>
        <p className="mt-1 text-sm text-slate-600">
          已收录 {districts.length} 个区、{docs.length} 份公开文件。金额单位：万元。
        </p>
      </section>
      {districts.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">还没有已发布的文件。</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="区列表">
          {districts.map((d) => (
            <li key={d.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">{d.district}</h2>
              {d.city ? <p className="text-xs text-slate-500">{d.city}</p> : null}
              <DistrictDocumentsTable district={d.district} documents={d.items} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
