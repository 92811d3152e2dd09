import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-xl font-semibold">没有找到这个页面</h1>
      <Link href="/" className="text-blue-700 underline">
        返回首页
      </Link>
    </div>
  );
}
