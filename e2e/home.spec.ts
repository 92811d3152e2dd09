import { expect, test } from "./fixtures";

test("home page lists the districts read from the database", async ({ page, consoleErrors }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "各区部门预算与决算" })).toBeVisible();
  const districts = page.getByRole("list", { name: "区列表" });
  for (const name of ["汉阳区", "蔡甸区", "洪山区", "江汉区"]) {
    await expect(districts.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  // Nothing overflows sideways on a phone: the page is as wide as the viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
  await testInfo.attach("home", { path: testInfo.outputPath("home.png"), contentType: "image/png" });
  expect(consoleErrors).toEqual([]);
});
