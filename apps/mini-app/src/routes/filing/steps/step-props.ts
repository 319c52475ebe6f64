import type { ProcedureDetail } from "@motcua/contracts";
import type { FilingData } from "../filing-data.ts";

export interface StepProps {
  procedure: ProcedureDetail;
  data: FilingData;
  /** Applies a change; `path` names what changed, so a server error about it can be cleared. */
  update: (change: (data: FilingData) => FilingData, path: string) => void;
  /** The message to show beside a field now (after the wizard's rules about when to show it). */
  errorOf: (path: string) => string | undefined;
  /** The citizen left a field: from now on its errors show as they type. */
  touch: (path: string) => void;
}
