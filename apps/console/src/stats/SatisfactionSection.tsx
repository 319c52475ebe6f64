import { useState } from "react";
import type { SatisfactionResponse } from "@motcua/contracts";
import * as api from "../api.ts";
import { ErrorAlert } from "../components/Alert.tsx";
import type { Loaded } from "../lib/hooks.ts";
import { useLoad } from "../lib/hooks.ts";
import { satisfactionColumns } from "./columns.ts";
import { FiguresTable } from "./FiguresTable.tsx";

interface Period {
  from: string;
  to: string;
}

/** Citizens' ratings of the dossiers delivered in the period, per agency, and one agency's procedures on demand. */
export function SatisfactionSection({ period, byAgency }: { period: Period; byAgency: Loaded<SatisfactionResponse> }) {
  const [agency, setAgency] = useState<{ key: string; name: string } | null>(null);

  return (
    <section className="stats-section" aria-labelledby="satisfaction-title">
      <h2 id="satisfaction-title">Mức độ hài lòng</h2>
      <p className="stats-note">
        Hồ sơ đã trả kết quả trong kỳ và đánh giá của người dân (mỗi hồ sơ một đánh giá; đánh giá sửa trong 7 ngày tính theo lần sửa cuối). Tỷ lệ hài
        lòng = (Rất hài lòng + Hài lòng) / số đánh giá. Tỷ lệ theo Quyết định 766/QĐ-TTg = (hồ sơ đã trả − hồ sơ bị đánh giá Không hài lòng) / hồ sơ
        đã trả. Điểm 9 tiêu chí: mỗi tiêu chí Rất hài lòng 2, Hài lòng 1, Không hài lòng 0 điểm, quy ra thang 18.
      </p>
      {agency ? (
        <ProcedureFigures period={period} agency={agency} onBack={() => setAgency(null)} />
      ) : (
        <>
          <ErrorAlert error={byAgency.error} />
          {byAgency.data &&
            (byAgency.data.items.length === 0 ? (
              <p className="empty">Không có hồ sơ nào được trả kết quả trong kỳ này.</p>
            ) : (
              <FiguresTable
                caption="Mức độ hài lòng theo cơ quan"
                nameLabel="Cơ quan"
                rows={byAgency.data.items}
                total={byAgency.data.total}
                columns={satisfactionColumns}
                onOpen={(row) => setAgency({ key: row.key, name: row.name })}
                openHint="Xem theo từng thủ tục"
              />
            ))}
        </>
      )}
    </section>
  );
}

function ProcedureFigures({ period, agency, onBack }: { period: Period; agency: { key: string; name: string }; onBack: () => void }) {
  const report = useLoad(JSON.stringify({ ...period, agency: agency.key }), () => api.satisfaction(period.from, period.to, "procedure", agency.key));
  return (
    <>
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          ← Tất cả cơ quan
        </button>
      </p>
      <h3>Theo thủ tục: {agency.name}</h3>
      <ErrorAlert error={report.error} />
      {report.data &&
        (report.data.items.length === 0 ? (
          <p className="empty">Cơ quan này không có hồ sơ nào được trả kết quả trong kỳ.</p>
        ) : (
          <FiguresTable caption={`Mức độ hài lòng theo thủ tục của ${agency.name}`} nameLabel="Thủ tục" rows={report.data.items} total={report.data.total} columns={satisfactionColumns} />
        ))}
    </>
  );
}
