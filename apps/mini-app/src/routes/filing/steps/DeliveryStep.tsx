import type { Agency } from "@motcua/contracts";
import { useAgencies as useAgencyList } from "../../../components/catalog/catalog-queries.ts";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { AddressFields, type AddressErrors } from "../form/AddressFields.tsx";
import { describedBy, FieldShell, GroupShell } from "../form/FieldShell.tsx";
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

function PostalFields({
  id,
  legend,
  addressLegend,
  personLabel,
  phoneLabel,
  value,
  onChange,
  prefix,
  errorOf,
  touch,
}: {
  id: string;
  legend: string;
  addressLegend: string;
  personLabel: string;
  phoneLabel: string;
  value: PostalInput;
  onChange: (value: PostalInput) => void;
  prefix: string;
  errorOf: StepProps["errorOf"];
  touch: StepProps["touch"];
}) {
  const recipientError = errorOf(`${prefix}.recipient`);
  const phoneError = errorOf(`${prefix}.phone`);
  const addressErrors: AddressErrors = {};
  for (const part of ["street", "wardCode", "provinceCode"] as const) {
    const message = errorOf(`${prefix}.${part}`);
    if (message) addressErrors[part] = message;
  }
  return (
    <GroupShell id={id} legend={legend} required>
      <FieldShell id={`${id}-recipient`} label={personLabel} required {...(recipientError ? { error: recipientError } : {})}>
        <input
          id={`${id}-recipient`}
          className="field__input"
          type="text"
          autoComplete="name"
          value={value.recipient}
          aria-invalid={recipientError ? true : undefined}
          aria-describedby={describedBy(`${id}-recipient`, false, !!recipientError)}
          onChange={(event) => onChange({ ...value, recipient: event.target.value })}
          onBlur={() => touch(`${prefix}.recipient`)}
        />
      </FieldShell>
      <FieldShell id={`${id}-phone`} label={phoneLabel} required {...(phoneError ? { error: phoneError } : {})}>
        <input
          id={`${id}-phone`}
          className="field__input"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={value.phone}
          aria-invalid={phoneError ? true : undefined}
          aria-describedby={describedBy(`${id}-phone`, false, !!phoneError)}
          onChange={(event) => onChange({ ...value, phone: event.target.value })}
          onBlur={() => touch(`${prefix}.phone`)}
        />
      </FieldShell>
      <AddressFields
        id={`${id}-address`}
        legend={addressLegend}
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
          <FieldShell id="delivery-agency" label={t("communeAgency")} required hint={t("communeAgencyHint")} {...(agencyError ? { error: agencyError } : {})}>
            <select
              id="delivery-agency"
              className="field__input"
              value={chosenCommune?.code ?? ""}
              aria-invalid={agencyError ? true : undefined}
              aria-describedby={describedBy("delivery-agency", true, !!agencyError)}
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

      <GroupShell id="delivery-method" legend={t("deliveryMethod")} required {...(methodError ? { error: methodError } : {})}>
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

      {data.delivery.method === "post" && (
        <PostalFields
          id="delivery-address"
          legend={t("deliveryAddress")}
          addressLegend={t("addressPart")}
          personLabel={t("recipient")}
          phoneLabel={t("recipientPhone")}
          value={data.delivery.address}
          onChange={(address) => update((d) => ({ ...d, delivery: { ...d.delivery, address } }), "delivery.address")}
          prefix="delivery.address"
          errorOf={errorOf}
          touch={touch}
        />
      )}

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
        <p id="pickup-wanted-hint" className="field__hint">
          {t("pickupHint")}
        </p>
      </div>

      {data.pickup.wanted && (
        <>
          <PostalFields
            id="pickup-address"
            legend={t("pickupAddress")}
            addressLegend={t("addressPart")}
            personLabel={t("pickupPerson")}
            phoneLabel={t("pickupPhone")}
            value={data.pickup.address}
            onChange={(address) => update((d) => ({ ...d, pickup: { ...d.pickup, address } }), "pickup.address")}
            prefix="pickup.address"
            errorOf={errorOf}
            touch={touch}
          />
          <FieldShell id="pickup-note" label={t("pickupNote")} required={false} {...(errorOf("pickup.note") ? { error: errorOf("pickup.note")! } : {})}>
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
