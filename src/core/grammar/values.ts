// Typed reads of a verb's checked values, for its handler: what check-args.ts made of them.
import type { ArgValues, MemberRef } from './spec.ts';

export const textOf = (values: ArgValues, key: string): string | undefined => {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
};

export const numberOf = (values: ArgValues, key: string): number | undefined => {
  const value = values[key];
  return typeof value === 'number' ? value : undefined;
};

export const flagOf = (values: ArgValues, key: string): boolean => values[key] === true;

export const textsOf = (values: ArgValues, key: string): string[] => {
  const value = values[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

const isMember = (value: unknown): value is MemberRef =>
  typeof value === 'object' && value !== null && 'kind' in value;

export const memberOf = (values: ArgValues, key: string): MemberRef | undefined => {
  const value = values[key];
  return isMember(value) ? value : undefined;
};

export const membersOf = (values: ArgValues, key: string): MemberRef[] => {
  const value = values[key];
  return Array.isArray(value) ? value.filter(isMember) : [];
};
