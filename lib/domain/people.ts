// Enumerations about a person that several rules share; they mirror the Prisma enums of the same name.

export type Gender = "MALE" | "FEMALE";

/** PNS have a pangkat and a NIP; PPPK have neither pangkat nor a NIP, only an NI PPPK. */
export type EmploymentStatus = "PNS" | "PPPK";
