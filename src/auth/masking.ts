/** How a sensitive value is shown to a caller who may not read it in full. */
export type SensitiveKind = "phone" | "idNumber" | "address" | "names" | "coordinate";

const stars = (n: number) => "*".repeat(Math.max(0, n));

/** `138****5678`: the carrier prefix and the last four digits. */
export function maskPhone(phone: string): string {
  return phone.length <= 7 ? stars(phone.length) : `${phone.slice(0, 3)}${stars(phone.length - 7)}${phone.slice(-4)}`;
}

/** `4206**********1234`: the province and city, and the last four characters. */
export function maskIdNumber(id: string): string {
  return id.length <= 8 ? stars(id.length) : `${id.slice(0, 4)}${stars(id.length - 8)}${id.slice(-4)}`;
}

/** `解放路…`: the street part, up to the first house or building number. */
export function maskAddress(address: string): string {
  const cut = address.search(/\d/);
  return `${cut <= 0 ? address.slice(0, 2) : address.slice(0, cut)}…`;
}

/** `张*`: a person's family name only. */
export function maskName(name: string): string {
  return name.length <= 1 ? "*" : `${name.slice(0, 1)}${stars(Math.min(name.length - 1, 2))}`;
}

/** Mobile phone numbers and national ID numbers written into free text, masked where they stand. */
export function maskContactsIn(text: string): string {
  return text.replace(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, maskIdNumber).replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, maskPhone);
}

/** A latitude or longitude to three decimals: about 100 m, the block rather than the door. */
export const maskCoordinate = (degrees: number): number => Math.round(degrees * 1000) / 1000;

export function mask(kind: SensitiveKind, value: number): number;
export function mask(kind: SensitiveKind, value: string): string;
export function mask(kind: SensitiveKind, value: string[]): string[];
export function mask(kind: SensitiveKind, value: string | string[] | number): string | string[] | number {
  if (Array.isArray(value)) return value.map((v) => mask(kind, v));
  if (typeof value === "number") return maskCoordinate(value);
  switch (kind) {
    case "phone":
      return maskPhone(value);
    case "idNumber":
      return maskIdNumber(value);
    case "address":
      return maskAddress(value);
    case "names":
      return maskName(value);
    case "coordinate":
      return value;
  }
}
