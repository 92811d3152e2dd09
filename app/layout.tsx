import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "区级部门预决算门户", template: "%s · 区级部门预决算门户" },
  description: "把各区部门预算与决算公开文件变成可比较、可追溯的数据。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-white">
          <nav className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-3" aria-label="主导航">
            <Link href="/" className="font-semibold text-slate-900">
              区级部门预决算门户
            </Link>
          </nav>
        </header>
        <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
        <footer className="mx-auto max-w-5xl px-4 py-6 text-xs text-slate-500">
          金额单位：万元。所有数字取自各部门公开的预算、决算文件，并标注出处。
        </footer>
      </body>
    </html>
  );
}
