/**
 * The reader's hand, for either driver: Playwright's and Puppeteer's mice take the same
 * calls. Points are in the top viewport; `origin` shifts points measured inside a frame.
 */
interface Mouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<unknown>;
  down(): Promise<unknown>;
  up(): Promise<unknown>;
}

interface WordBox {
  y: number;
  box: { x: number; width: number };
}

/** Selects by dragging from the start of the word `from` to the end of the word `to`. */
export async function dragSelect(mouse: Mouse, from: WordBox, to: WordBox, origin = { x: 0, y: 0 }): Promise<void> {
  await mouse.move(origin.x + from.box.x + 1, origin.y + from.y);
  await mouse.down();
  await mouse.move(origin.x + to.box.x + to.box.width - 1, origin.y + to.y, { steps: 5 });
  await mouse.up();
}
