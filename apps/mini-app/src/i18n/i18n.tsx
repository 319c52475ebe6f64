import { createContext, useContext, type ReactNode } from "react";

export type Language = "vi" | "en";

/**
 * Each screen keeps its own messages beside it (`messages.ts` with `vi` and `en`), so screens can be
 * built in parallel without one shared dictionary. English must carry every Vietnamese key.
 */
export interface Messages<K extends string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

export const defineMessages = <K extends string>(messages: Messages<K>): Messages<K> => messages;

const LanguageContext = createContext<Language>("vi");

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export const useLanguage = (): Language => useContext(LanguageContext);

/** `{name}` placeholders filled from params. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** The translator for one screen's messages in the chosen language. */
export function useMessages<K extends string>(messages: Messages<K>): Translate<K> {
  const dictionary = messages[useLanguage()];
  return (key, params) => format(dictionary[key], params);
}
