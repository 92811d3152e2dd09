"use client";

export default function PublicError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-red-800">
      <p>页面加载失败，请稍后重试。</p>
      <button type="button" onClick={reset} className="mt-2 underline">
        重试
      </button>
    </div>
  );
}
