import { test as base, expect, type ConsoleMessage } from "@playwright/test";

/** Every page test fails on a console error or an uncaught page error. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("console", (msg: ConsoleMessage) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(err.message));
    await provide(errors);
    expect(errors, "console errors on the page").toEqual([]);
  },
});

export { expect };
