import type { ChannelInfo, Fee } from "@motcua/contracts";
import { describeProcessingTime, formatVnd } from "../../components/catalog/format.ts";
import { catalogMessages } from "../../components/catalog/messages.ts";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { messages } from "./messages.ts";

function FeeLine({ fee }: { fee: Fee }) {
  const t = useMessages(messages);
  const language = useLanguage();
  return (
    <li>
      <span className="procedure-fee__name">{fee.name}: </span>
      <strong>{fee.amount !== null ? formatVnd(fee.amount, language) : fee.formula}</strong>
      {fee.amount !== null && fee.formula && <span className="procedure-fee__formula"> ({fee.formula})</span>}
      {fee.exemptions && <p className="procedure-fee__exemptions muted">{t("exemptions", { text: fee.exemptions })}</p>}
    </li>
  );
}

/** Processing time and fees of one channel (or of all, when they are the same). */
function Facts({ channel }: { channel: ChannelInfo }) {
  const t = useMessages(messages);
  const catalog = useMessages(catalogMessages);
  return (
    <dl className="catalog-facts">
      <dt>{t("processingTime")}</dt>
      <dd>
        <strong>{describeProcessingTime(channel.processingTime, catalog)}</strong>
        {channel.processingTime.note && <p className="procedure-facts__note muted">{channel.processingTime.note}</p>}
      </dd>
      <dt>{t("fees")}</dt>
      <dd>
        {channel.fees.length === 0 ? (
          <strong>{t("noFee")}</strong>
        ) : (
          <ul className="procedure-fees">
            {channel.fees.map((fee) => (
              <FeeLine key={`${fee.kind}-${fee.name}`} fee={fee} />
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}

const factsKey = (channel: ChannelInfo) => JSON.stringify([channel.processingTime, channel.fees]);

/**
 * Time and fees per way of filing. Most procedures charge the same and take as long whichever way
 * the dossier comes in; then the facts show once and the channels only say how each works.
 */
export function ChannelFacts({ channels }: { channels: ChannelInfo[] }) {
  const t = useMessages(messages);
  const catalog = useMessages(catalogMessages);
  const first = channels[0];
  const same = first !== undefined && channels.every((channel) => factsKey(channel) === factsKey(first));

  if (same) {
    return (
      <>
        {channels.length > 1 && <p className="muted procedure-facts__same">{t("sameForAllChannels")}</p>}
        <Facts channel={first} />
        <ul className="procedure-channels">
          {channels.map((channel) => (
            <li key={channel.channel}>
              <strong>{catalog(`channel${channel.channel}`)}</strong>
              {channel.description && <span>: {channel.description}</span>}
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <>
      {channels.map((channel) => (
        <div key={channel.channel} className="procedure-channel">
          <h3 className="procedure-channel__title">{catalog(`channel${channel.channel}`)}</h3>
          {channel.description && <p>{channel.description}</p>}
          <Facts channel={channel} />
        </div>
      ))}
    </>
  );
}
