import type { Page } from "playwright-core";

/**
 * A real photo, as a phone camera makes one: drawn and JPEG-encoded by the browser itself. Noise
 * keeps it from compressing to nothing, so a 12-megapixel one weighs what a camera's does.
 */
export async function photo(page: Page, label: string, width = 1600, height = 1200): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const base64 = await page.evaluate(
    ({ text, width, height }) => {
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext("2d")!;
      const image = ctx.createImageData(width, height);
      for (let i = 0; i < image.data.length; i += 4) {
        const grain = 200 + Math.floor(Math.random() * 55);
        image.data[i] = grain;
        image.data[i + 1] = grain - 8;
        image.data[i + 2] = grain - 20;
        image.data[i + 3] = 255;
      }
      ctx.putImageData(image, 0, 0);
      ctx.fillStyle = "#1f2328";
      ctx.font = `${Math.round(height / 20)}px sans-serif`;
      for (let line = 0; line < 12; line++) ctx.fillText(`${text} — dòng ${line + 1}`, width / 20, (height / 14) * (line + 1));
      return canvas.toDataURL("image/jpeg", 0.92).split(",")[1]!;
    },
    { text: label, width, height },
  );
  return { name: `${label.toLowerCase().replace(/\s+/g, "-")}.jpg`, mimeType: "image/jpeg", buffer: Buffer.from(base64, "base64") };
}
