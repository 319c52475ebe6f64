import type { Agency } from "@motcua/contracts";
import { useAgencies as useAgencyList } from "../../../components/catalog/catalog-queries.ts";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { fieldAria } from "../../../components/field-aria.ts";
import { useMessages } from "../../../i18n/i18n.tsx";
import { AddressFields, type AddressErrors } from "../form/AddressFields.tsx";
import { FieldHint, FieldShell, GroupShell } from "../form/FieldShell.tsx";
import type { AddressInput, FilingData, PostalInput } from "../filing-data.ts";
import { filingMessages } from "../filing-messages.ts";
import type { StepProps } from "./step-props.ts";

/** The catalog's agencies (one cached list for every screen), as a plain array. */
export function useAgencies() {
  const agencies = useAgencyList();
  return { ...agencies, data: agencies.data?.items };
}

/** The commune agency a commune-level dossier goes to: the chosen one, else the applicant's own. */
export function receivingCommune(agencies: readonly Agency[], data: FilingData): Agency | undefined {
  const communes = agencies.filter((a) => a.level === "COMMUNE");
  return communes.find((a) => a.code === data.agencyCode) ?? communes.find((a) => a.wardCode === data.applicant.address.wardCode);
}

/** The person and phone lines of a postal address, as the phone's keyboard and autofill should treat them. */
const PERSON_LINES = [
  { part: "recipient", input: { type: "text", autoComplete: "name" } },
  { part: "phone", input: { type: "tel", inputMode: "tel", autoComplete: "tel" } },
] as const;

/** The two postal addresses of a dossier: where the result is sent, and where the documents are picked up. */
const POSTAL_LABELS = {
  delivery: { legend: "deliveryAddress", person: "recipient", phone: "recipientPhone" },
  pickup: { legend: "pickupAddress", person: "pickupPerson", phone: "pickupPhone" },
} as const;

function PostalFields({ of, data, update, errorOf, touch }: { of: keyof typeof POSTAL_LABELS } & Omit<StepProps, "procedure">) {
  const t = useMessages(filingMessages);
  const id = `${of}-address`;
  const prefix = `${of}.address`;
  const value = data[of].address;
  const labels = { recipient: t(POSTAL_LABELS[of].person), phone: t(POSTAL_LABELS[of].phone) };
  const onChange = (address: PostalInput) =>
    update((d) => (of === "delivery" ? { ...d, delivery: { ...d.delivery, address } } : { ...d, pickup: { ...d.pickup, address } }), prefix);
  const addressErrors: AddressErrors = {};
  for (const part of ["street", "wardCode", "provinceCode"] as const) {
    const message = errorOf(`${prefix}.${part}`);
    if (message) addressErrors[part] = message;
  }
  return (
    <GroupShell id={id} legend={t(POSTAL_LABELS[of].legend)} required>
      {PERSON_LINES.map(({ part, input }) => {
        const lineId = `${id}-${part}`;
        const error = errorOf(`${prefix}.${part}`);
        return (
          <FieldShell key={part} id={lineId} label={labels[part]} required error={error}>
            <input
              id={lineId}
              className="field__input"
              {...input}
              value={value[part]}
              {...fieldAria(lineId, false, error)}
              onChange={(event) => onChange({ ...value, [part]: event.target.value })}
              onBlur={() => touch(`${prefix}.${part}`)}
            />
          </FieldShell>
        );
      })}
      <AddressFields
        id={`${id}-address`}
        legend={t("addressPart")}
        required
        value={value}
        onChange={(address: AddressInput) => onChange({ ...value, ...address })}
        onBlur={(part) => touch(`${prefix}.${part}`)}
        errors={addressErrors}
      />
    </GroupShell>
  );
}

export function DeliveryStep({ procedure, data, update, errorOf, touch }: StepProps) {
  const t = useMessages(filingMessages);
  const agencies = useAgencies();
  const communes = (agencies.data ?? []).filter((a) => a.level === "COMMUNE").sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const chosenCommune = agencies.data ? receivingCommune(agencies.data, data) : undefined;
  const agencyError = errorOf("agencyCode");
  const methodError = errorOf("delivery.method") ?? errorOf("delivery");

  return (
    <div className="filing-step">
      {procedure.level === "COMMUNE" ? (
        agencies.isError ? (
          <ErrorState error={agencies.error} onRetry={() => void agencies.refetch()} />
        ) : (
          <FieldShell id="delivery-agency" label={t("communeAgency")} required hint={t("communeAgencyHint")} error={agencyError}>
            <select
              id="delivery-agency"
              className="field__input"
              value={chosenCommune?.code ?? ""}
              {...fieldAria("delivery-agency", true, agencyError)}
              onChange={(event) => update((d) => ({ ...d, agencyCode: event.target.value }), "agencyCode")}
              onBlur={() => touch("agencyCode")}
            >
              <option value="">—</option>
              {communes.map((agency) => (
                <option key={agency.code} value={agency.code}>
                  {agency.name}
                </option>
              ))}
            </select>
          </FieldShell>
        )
      ) : (
        <div className="card">
          <p className="muted">{t("receivingAgency")}</p>
          <p className="filing-agency">{procedure.agency.name}</p>
        </div>
      )}

      <GroupShell id="delivery-method" legend={t("deliveryMethod")} required error={methodError}>
        <div className="field__choices">
          {(["counter", "post"] as const).map((method) => (
            <label key={method} className="field__choice">
              <input
                type="radio"
                name="delivery-method"
                value={method}
                checked={data.delivery.method === method}
                onChange={() => update((d) => ({ ...d, delivery: { ...d.delivery, method } }), "delivery.method")}
              />
              <span>{method === "counter" ? t("deliveryCounter") : t("deliveryPost")}</span>
            </label>
          ))}
        </div>
      </GroupShell>

      {data.delivery.method === "post" && <PostalFields of="delivery" data={data} update={update} errorOf={errorOf} touch={touch} />}

      <div className="field field--checkbox">
        <div className="field__checkbox">
          <input
            id="pickup-wanted"
            type="checkbox"
            checked={data.pickup.wanted}
            aria-describedby="pickup-wanted-hint"
            onChange={(event) => update((d) => ({ ...d, pickup: { ...d.pickup, wanted: event.target.checked } }), "pickup")}
          />
          <label htmlFor="pickup-wanted" className="field__label">
            {t("pickupWanted")}
          </label>
        </div>
        <FieldHint id="pickup-wanted" hint={t("pickupHint")} />
      </div>

      {data.pickup.wanted && (
        <>
          <PostalFields of="pickup" data={data} update={update} errorOf={errorOf} touch={touch} />
          <FieldShell id="pickup-note" label={t("pickupNote")} required={false} error={errorOf("pickup.note")}>
            <textarea
              id="pickup-note"
              className="field__input field__input--area"
              rows={3}
              value={data.pickup.note}
              onChange={(event) => update((d) => ({ ...d, pickup: { ...d.pickup, note: event.target.value } }), "pickup.note")}
            />
          </FieldShell>
        </>
      )}
    </div>
  );
}
