import QRCode from "qrcode";
import { trusted, type Html } from "./html.ts";

/** An inline SVG QR code: no image request, so the documents' CSP can stay `default-src 'none'`. */
export async function qrSvg(text: string): Promise<Html> {
  return trusted(await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 }));
}
