import type { FormField, ProcedureDetail } from "@motcua/contracts";
import type { ReactNode } from "react";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { isUsable } from "../../../uploads/upload-item.ts";
import { useProvinceName, useWardName } from "../form/admin-units.ts";
import { emptyAddress, type AddressInput, type AnswerInput, type FilingData, type StepId } from "../filing-data.ts";
import { filingMessages } from "../filing-messages.ts";
import { channelOf } from "../expected-date.ts";
import { applicantFields } from "./ApplicantStep.tsx";
import { receivingCommune, useAgencies } from "./DeliveryStep.tsx";

function AddressText({ address }: { address: AddressInput }) {
  const ward = useWardName(address.provinceCode, address.wardCode);
  const province = useProvinceName(address.provinceCode);
  return <>{[address.street, ward, province].filter(Boolean).join(", ")}</>;
}

function Group({ id, title, onEdit, children }: { id: StepId; title: string; onEdit: (step: StepId) => void; children: ReactNode }) {
  const t = useMessages(filingMessages);
  return (
    <section className="card review-group" aria-labelledby={`review-${id}`}>
      <div className="review-group__head">
        <h3 id={`review-${id}`}>{title}</h3>
        <button type="button" className="button button--small" aria-label={t("editNamed", { group: title })} onClick={() => onEdit(id)}>
          {t("edit")}
        </button>
      </div>
      <dl className="review-group__list">{children}</dl>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="review-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AnswerText({ field, value }: { field: FormField; value: AnswerInput | undefined }) {
  const t = useMessages(filingMessages);
  if (field.type === "checkbox") return <>{value === true ? t("yes") : t("no")}</>;
  if (field.type === "address") {
    const address = typeof value === "object" && value !== null ? value : emptyAddress();
    return address.street || address.wardCode ? <AddressText address={address} /> : <span className="muted">{t("empty")}</span>;
  }
  const text = typeof value === "string" ? value : "";
  if (!text.trim()) return <span className="muted">{t("empty")}</span>;
  if (field.type === "select") return <>{field.options?.find((o) => o.value === text)?.label ?? text}</>;
  return <>{text}</>;
}

const vnd = (amount: number, language: "vi" | "en") => `${amount.toLocaleString(language === "vi" ? "vi-VN" : "en-US")} đ`;

export function ReviewStep({ procedure, data, steps, onEdit }: { procedure: ProcedureDetail; data: FilingData; steps: readonly StepId[]; onEdit: (step: StepId) => void }) {
  const t = useMessages(filingMessages);
  const language = useLanguage();
  const agencies = useAgencies();
  const fields = applicantFields(t);
  const a = data.applicant;
  const label = (field: FormField) => (language === "en" && field.labelEn ? field.labelEn : field.label);
  const pickup = data.pickup.wanted;
  const channel = channelOf(procedure, pickup ? "POSTAL" : "ONLINE");
  const commune = procedure.level === "COMMUNE" && agencies.data ? receivingCommune(agencies.data, data) : undefined;
  const orEmpty = (text: string) => (text.trim() ? text : <span className="muted">{t("empty")}</span>);

  return (
    <div className="filing-step">
      <p className="muted">{t("reviewIntro")}</p>

      <Group id="applicant" title={t("step_applicant")} onEdit={onEdit}>
        <Row label={fields.fullName.label}>{orEmpty(a.fullName)}</Row>
        <Row label={fields.idNumber.label}>{orEmpty(a.idNumber)}</Row>
        <Row label={fields.dateOfBirth.label}>{orEmpty(a.dateOfBirth)}</Row>
        {a.gender && <Row label={fields.gender.label}>{a.gender === "MALE" ? t("male") : t("female")}</Row>}
        <Row label={fields.phone.label}>{orEmpty(a.phone)}</Row>
        {a.email.trim() && <Row label={fields.email.label}>{a.email}</Row>}
        <Row label={fields.address.label}>
          <AddressText address={a.address} />
        </Row>
      </Group>

      {steps.includes("form") && (
        <Group id="form" title={t("step_form")} onEdit={onEdit}>
          {procedure.form.fields.map((field) => (
            <Row key={field.key} label={label(field)}>
              <AnswerText field={field} value={data.answers[field.key]} />
            </Row>
          ))}
        </Group>
      )}

      {steps.includes("documents") && (
        <Group id="documents" title={t("step_documents")} onEdit={onEdit}>
          {procedure.requirements
            .filter((r) => !r.presentOnly)
            .map((requirement) => {
              const files = (data.documents[requirement.id] ?? []).filter((item) => isUsable(item));
              return (
                <Row key={requirement.id} label={requirement.name}>
                  {files.length > 0 ? files.map((item) => item.name).join(", ") : <span className="muted">{t("none")}</span>}
                </Row>
              );
            })}
        </Group>
      )}

      <Group id="delivery" title={t("step_delivery")} onEdit={onEdit}>
        <Row label={t("agency")}>{procedure.level === "COMMUNE" ? (commune?.name ?? <span className="muted">{t("empty")}</span>) : procedure.agency.name}</Row>
        <Row label={t("deliveryMethod")}>{data.delivery.method === "post" ? t("deliveryPost") : t("deliveryCounter")}</Row>
        {data.delivery.method === "post" && (
          <Row label={t("deliveryAddress")}>
            {data.delivery.address.recipient} · {data.delivery.address.phone} · <AddressText address={data.delivery.address} />
          </Row>
        )}
        <Row label={t("pickupWanted")}>
          {pickup ? (
            <>
              {data.pickup.address.recipient} · {data.pickup.address.phone} · <AddressText address={data.pickup.address} />
            </>
          ) : (
            t("no")
          )}
        </Row>
      </Group>

      {channel && channel.fees.length > 0 && (
        <section className="card review-fees">
          <h3>{t("fees")}</h3>
          <ul>
            {channel.fees.map((fee) => (
              <li key={fee.name}>
                {fee.amount !== null ? t("feeAmount", { name: fee.name, amount: vnd(fee.amount, language) }) : t("feeFormula", { name: fee.name, formula: fee.formula ?? "" })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
