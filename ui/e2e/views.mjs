// Steps through the app's own views that several real-window suites take.

/**
 * Opens the activity `key` from the list, as a click on its row does, and
 * waits until the editor shows that activity (not the one open before).
 * @param {import("./driver.mjs").WebDriver} driver
 * @param {string} key
 */
export async function openActivity(driver, key) {
  await driver.clickXPath(
    `//*[@data-testid="activity-row"][.//*[@role="gridcell" and normalize-space(.)="${key}"]]`,
  );
  await driver.waitFor(
    `const key = document.querySelector(".activity-editor .bar .key");
     return key && key.textContent.trim() === ${JSON.stringify(key)} && !!document.getElementById("field-name");`,
    `the editor of ${key} to open`,
  );
}

/**
 * The activity editor's status line ("Gespeichert", "Ungespeicherte Änderungen").
 * @param {import("./driver.mjs").WebDriver} driver
 */
export const editorStatus = (driver) =>
  driver.execute(`return document.querySelector(".activity-editor .bar .status")?.textContent.trim() ?? "";`);
