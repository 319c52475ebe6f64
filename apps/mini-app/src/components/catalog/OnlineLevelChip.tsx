import "./catalog.css";
import type { OnlineLevel } from "@motcua/contracts";
import { useMessages } from "../../i18n/i18n.tsx";
import { catalogMessages } from "./messages.ts";

/** How far a procedure can be done online, in words (the colour only repeats them). */
export function OnlineLevelChip({ level }: { level: OnlineLevel }) {
  const t = useMessages(catalogMessages);
  return <span className={`catalog-chip catalog-chip--${level.toLowerCase()}`}>{t(`online${level}`)}</span>;
}
