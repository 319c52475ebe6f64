import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { LanguageProvider, type Language } from "../i18n/i18n.tsx";
import { storage } from "../platform/zalo.ts";

/** Text sizes offered in Settings; 2 is the 200% the accessibility bar asks the layout to survive. */
export const textScales = [1, 1.25, 1.5, 2] as const;
export type TextScale = (typeof textScales)[number];

export interface Settings {
  language: Language;
  textScale: TextScale;
}

const SETTINGS_KEY = "motcua.settings";
const defaults: Settings = { language: "vi", textScale: 1 };

export function loadSettings(): Settings {
  try {
    const parsed = JSON.parse(storage.get(SETTINGS_KEY) ?? "{}") as Partial<Settings>;
    return {
      language: parsed.language === "en" ? "en" : "vi",
      textScale: textScales.includes(parsed.textScale as TextScale) ? (parsed.textScale as TextScale) : 1,
    };
  } catch {
    return defaults;
  }
}

interface SettingsContextValue extends Settings {
  update(patch: Partial<Settings>): void;
}

const SettingsContext = createContext<SettingsContextValue>({ ...defaults, update: () => {} });

export function SettingsProvider({ children, initial }: { children: ReactNode; initial?: Settings }) {
  const [settings, setSettings] = useState<Settings>(() => initial ?? loadSettings());
  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((previous) => {
      const next = { ...previous, ...patch };
      storage.set(SETTINGS_KEY, JSON.stringify(next));
      return next;
    });
  }, []);

  useEffect(() => {
    // rem-based sizes everywhere scale with the root font size.
    document.documentElement.style.fontSize = `${16 * settings.textScale}px`;
    document.documentElement.lang = settings.language;
  }, [settings.textScale, settings.language]);

  const value = useMemo(() => ({ ...settings, update }), [settings, update]);
  return (
    <SettingsContext.Provider value={value}>
      <LanguageProvider language={settings.language}>{children}</LanguageProvider>
    </SettingsContext.Provider>
  );
}

export const useSettings = (): SettingsContextValue => useContext(SettingsContext);
