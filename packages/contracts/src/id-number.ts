/**
 * Citizen identity numbers (CCCD, Decree 137/2015 art. 13): 12 digits; digits 1–3 the province of
 * birth registration, digit 4 century and gender, digits 5–6 the year of birth. No check digit.
 */

/** NFKC first, so full-width digits count as digits; anything else non-ASCII is refused. */
export function normalizeIdNumber(input: string): string {
  return input.normalize("NFKC").trim();
}

export function isIdNumberFormat(value: string): boolean {
  return /^\d{12}$/.test(value);
}

const CENTURY_OF_DIGIT: Record<string, number> = { "0": 1900, "1": 1900, "2": 2000, "3": 2000, "4": 2100, "5": 2100, "6": 2200, "7": 2200, "8": 1800, "9": 1800 };

/** True when digits 4–6 agree with the birth date's century and year. */
export function idNumberMatchesBirthDate(idNumber: string, dateOfBirth: string): boolean {
  const century = CENTURY_OF_DIGIT[idNumber[3] ?? ""];
  const year = Number(dateOfBirth.slice(0, 4));
  return century !== undefined && century + Number(idNumber.slice(4, 6)) === year;
}

/** The gender digit 4 encodes: even male, odd female. */
export function genderOfIdNumber(idNumber: string): "MALE" | "FEMALE" {
  return Number(idNumber[3]) % 2 === 0 ? "MALE" : "FEMALE";
}

export function maskIdNumber(last4: string): string {
  return `********${last4}`;
}
