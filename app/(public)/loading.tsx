export default function Loading() {
  return <p className="text-slate-500" role="status">正在加载…</p>;
}
