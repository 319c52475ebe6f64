/** Large enough for a receipt's QR photographed from arm's length; small enough for a cheap phone's memory. */
const SIZES = [1200, 2400];

async function loadImage(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close(): void }> {
  if (typeof createImageBitmap === "function") {
    const bitmap = await createImageBitmap(file);
    return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  const image = new Image();
  try {
    image.src = url;
    await image.decode();
  } catch (err) {
    URL.revokeObjectURL(url);
    throw err;
  }
  return { source: image, width: image.naturalWidth, height: image.naturalHeight, close: () => URL.revokeObjectURL(url) };
}

/**
 * The text of the QR code in a photo, or null when none can be read. Outside Zalo there is no
 * camera scanner, so the citizen picks a photo of the receipt; the image is drawn on a canvas and
 * its pixels given to jsQR (loaded only now: most visits never need it).
 */
export async function decodeQrImage(file: Blob): Promise<string | null> {
  const [{ default: jsQR }, image] = await Promise.all([import("jsqr"), loadImage(file)]);
  try {
    for (const size of SIZES) {
      const scale = Math.min(1, size / Math.max(image.width, image.height));
      const width = Math.max(1, Math.round(image.width * scale));
      const height = Math.max(1, Math.round(image.height * scale));
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext("2d", { willReadFrequently: true });
      if (!context) return null;
      context.drawImage(image.source, 0, 0, width, height);
      const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: "attemptBoth" });
      if (found?.data) return found.data;
      if (scale === 1) break;
    }
    return null;
  } finally {
    image.close();
  }
}
