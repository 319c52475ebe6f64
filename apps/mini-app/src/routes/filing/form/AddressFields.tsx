import { fieldAria } from "../../../components/field-aria.ts";
import { useMessages } from "../../../i18n/i18n.tsx";
import type { AddressInput } from "../filing-data.ts";
import { useProvinces } from "./admin-units.ts";
import { FieldShell, GroupShell } from "./FieldShell.tsx";
import { formMessages } from "./form-messages.ts";
import { WardPicker } from "./WardPicker.tsx";

/** Errors of the three parts, by part name. */
export type AddressErrors = Partial<Record<keyof AddressInput, string>>;

/** A two-tier address: street, then province, then the ward or commune within it. */
export function AddressFields(props: {
  id: string;
  legend: string;
  required: boolean;
  value: AddressInput;
  onChange: (value: AddressInput) => void;
  onBlur?: (part: keyof AddressInput) => void;
  errors?: AddressErrors;
  help?: string | null;
}) {
  const t = useMessages(formMessages);
  const provinces = useProvinces();
  const { value, errors = {} } = props;
  const provinceId = `${props.id}-province`;
  const streetId = `${props.id}-street`;
  return (
    <GroupShell id={props.id} legend={props.legend} required={props.required} hint={props.help}>
      <FieldShell id={streetId} label={t("street")} required error={errors.street}>
        <input
          id={streetId}
          className="field__input"
          type="text"
          autoComplete="street-address"
          value={value.street}
          {...fieldAria(streetId, false, errors.street)}
          onChange={(event) => props.onChange({ ...value, street: event.target.value })}
          onBlur={() => props.onBlur?.("street")}
        />
      </FieldShell>
      <FieldShell id={provinceId} label={t("province")} required error={errors.provinceCode}>
        <select
          id={provinceId}
          className="field__input"
          value={value.provinceCode}
          {...fieldAria(provinceId, false, errors.provinceCode)}
          onChange={(event) => props.onChange({ ...value, provinceCode: event.target.value, wardCode: "" })}
          onBlur={() => props.onBlur?.("provinceCode")}
        >
          <option value="">{t("choose")}</option>
          {(provinces.data ?? []).map((province) => (
            <option key={province.code} value={province.code}>
              {province.fullName}
            </option>
          ))}
          {!provinces.data && value.provinceCode && <option value={value.provinceCode}>{value.provinceCode}</option>}
        </select>
      </FieldShell>
      <WardPicker
        id={`${props.id}-ward`}
        provinceCode={value.provinceCode}
        value={value.wardCode}
        onChange={(wardCode) => props.onChange({ ...value, wardCode })}
        onBlur={() => props.onBlur?.("wardCode")}
        error={errors.wardCode}
      />
    </GroupShell>
  );
}
