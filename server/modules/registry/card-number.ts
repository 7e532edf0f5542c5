/**
 * 就业创业证 numbers differ by province; each format is a function of the issuing county, the
 * issue year and a per-county-per-year sequence. Provinces without a format of their own use the
 * default: 6-digit county code + 4-digit year + 6-digit sequence (16 digits, e.g. 3602032026000001).
 */
export interface CardNumberInput {
  /** Code of the issuing unit (any level; the county part is its first 6 digits). */
  issuerCode: string;
  issuedOn: string;
  /** 1-based sequence of cards issued in that county that year. */
  sequence: number;
}

export type CardNumberFormat = (input: CardNumberInput) => string;

export const defaultCardNumber: CardNumberFormat = ({ issuerCode, issuedOn, sequence }) =>
  `${issuerCode.slice(0, 6).padEnd(6, '0')}${issuedOn.slice(0, 4)}${String(sequence).padStart(6, '0')}`;

/** Province (2-digit code) → its own format. Add a province here when it differs from the default. */
const PROVINCE_FORMATS: Record<string, CardNumberFormat> = {};

/** The format in force for an issuing unit. */
export function cardNumberFormatFor(issuerCode: string): CardNumberFormat {
  return PROVINCE_FORMATS[issuerCode.slice(0, 2)] ?? defaultCardNumber;
}
