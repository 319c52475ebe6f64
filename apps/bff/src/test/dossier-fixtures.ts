import type { Agency, FormField, Procedure, SubmitDossierRequest } from "@motcua/contracts";

/** A real Đồng Nai ward (Phường Trấn Biên's neighbour list comes from the vendored NSO data). */
export const DONG_NAI = "75";

/**
 * An 8 × 8 JPEG that decodes, as every stored image must, and that the upload pipeline's re-encoding
 * gives back byte for byte (it was made by that encoder), so a download can be compared to it.
 */
export const tinyJpeg = Buffer.from(
  "ffd8ffdb0043000503040404030504040405050506070c08070707070f0b0b090c110f1212110f111113161c1713141a1511111821181a1d1d1f1f1f13172224221e241c1e1f1effdb0043010505050706070e08080e1e1411141e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1effc00011080008000803012200021101031101ffc4001500010100000000000000000000000000000004ffc40014100100000000000000000000000000000000ffc40014010100000000000000000000000000000007ffc40014110100000000000000000000000000000000ffda000c03010002110311003f00b801d121ffd9",
  "hex",
);
export const tinyPdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

/** A value each field type accepts, as a citizen would type it. */
export function sampleValue(field: FormField, wardCode: string): unknown {
  switch (field.type) {
    case "text":
    case "textarea":
      return "Nội dung kê khai mẫu".slice(0, field.maxLength ?? 100);
    case "number":
      return field.min ?? 1;
    case "date":
      return "2024-03-15";
    case "select":
      return field.options?.[0]?.value ?? "";
    case "checkbox":
      return true;
    case "phone":
      return "0912 345 678";
    case "email":
      return "cong.dan@example.vn";
    case "id_number":
      return "075090001234";
    case "address":
      return { street: "12 Đường Võ Thị Sáu", wardCode, provinceCode: DONG_NAI };
  }
}

export function sampleAnswers(procedure: Procedure, wardCode: string): Record<string, unknown> {
  return Object.fromEntries(procedure.form.fields.map((f) => [f.key, sampleValue(f, wardCode)]));
}

/** The requirements a filing must attach files to. */
export function uploadableRequirements(procedure: Procedure) {
  return procedure.requirements.filter((r) => r.required && !r.presentOnly);
}

export function submissionFor(
  procedure: Procedure,
  wardCode: string,
  uploadsByRequirement: Record<string, string[]>,
  overrides: Partial<SubmitDossierRequest> = {},
): SubmitDossierRequest {
  return {
    procedureCode: procedure.code,
    channel: "ONLINE",
    applicant: {
      fullName: "Nguyễn Thị Bình",
      idNumber: "075190001234",
      dateOfBirth: "1990-05-20",
      gender: "FEMALE",
      phone: "0912345678",
      address: { street: "12 Đường Võ Thị Sáu", wardCode, provinceCode: DONG_NAI },
    },
    answers: sampleAnswers(procedure, wardCode),
    documents: Object.entries(uploadsByRequirement).map(([requirementId, uploadIds]) => ({ requirementId, uploadIds })),
    delivery: { method: "counter" },
    ...overrides,
  };
}

export async function uploadFile(baseUrl: string, token: string, name: string, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.set("file", new Blob([bytes]), name);
  const res = await fetch(`${baseUrl}/api/v1/uploads`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** Uploads one file per required document, in a type each accepts. */
export async function uploadRequiredDocuments(baseUrl: string, token: string, procedure: Procedure): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const requirement of uploadableRequirements(procedure)) {
    const usePdf = requirement.acceptedTypes.includes("pdf");
    out[requirement.id] = [await uploadFile(baseUrl, token, usePdf ? "giay-to.pdf" : "anh.jpg", usePdf ? tinyPdf : tinyJpeg)];
  }
  return out;
}

/**
 * What `birthRegistration` reads of a running app. Spelled out rather than imported from the app
 * harness, because the console's and mini app's end-to-end tests use these fixtures too and must not
 * typecheck the BFF's test set-up.
 */
interface AppWithCatalog {
  services: { catalog: { snapshot(): { byCode: ReadonlyMap<string, { procedure: Procedure }>; agencies: ReadonlyMap<string, Agency> } } };
}

/** The commune-level birth registration many tests file, and a commune ward to file it in. */
export function birthRegistration(h: AppWithCatalog): { procedure: Procedure; wardCode: string; agencyCode: string } {
  const snapshot = h.services.catalog.snapshot();
  const procedure = snapshot.byCode.get("1.001193")!.procedure;
  const commune = [...snapshot.agencies.values()].find((a) => a.level === "COMMUNE" && a.wardCode)!;
  return { procedure, wardCode: commune.wardCode!, agencyCode: commune.code };
}
