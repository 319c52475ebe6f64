import { defineMessages } from "../../i18n/i18n.tsx";

/** Words for catalog facts shown on several screens: online levels, channels, times, fees. */
export const catalogMessages = defineMessages({
  vi: {
    onlineFULL: "Trực tuyến toàn trình",
    onlinePARTIAL: "Trực tuyến một phần",
    onlineNONE: "Nộp trực tiếp",
    levelPROVINCE: "Cấp tỉnh",
    levelCOMMUNE: "Cấp xã, phường",
    channelDIRECT: "Nộp trực tiếp",
    channelONLINE: "Nộp trực tuyến",
    channelPOSTAL: "Qua bưu chính",
    sameDay: "Trong ngày",
    sameDayCutoff: "Trong ngày (nộp sau {cutoff} thì trả ngày làm việc tiếp theo)",
    workingDays: "{count} ngày làm việc",
    workingDaysOne: "1 ngày làm việc",
    calendarDays: "{count} ngày (tính cả ngày nghỉ)",
    calendarDaysOne: "1 ngày",
    applicantCITIZEN: "Công dân",
    applicantENTERPRISE: "Doanh nghiệp",
    applicantHOUSEHOLD_BUSINESS: "Hộ kinh doanh",
    applicantORGANIZATION: "Tổ chức",
    loading: "Đang tải…",
  },
  en: {
    onlineFULL: "Fully online",
    onlinePARTIAL: "Partly online",
    onlineNONE: "In person only",
    levelPROVINCE: "Province level",
    levelCOMMUNE: "Commune/ward level",
    channelDIRECT: "In person",
    channelONLINE: "Online",
    channelPOSTAL: "By post",
    sameDay: "Same day",
    sameDayCutoff: "Same day (filed after {cutoff}: next working day)",
    workingDays: "{count} working days",
    workingDaysOne: "1 working day",
    calendarDays: "{count} calendar days",
    calendarDaysOne: "1 day",
    applicantCITIZEN: "Citizens",
    applicantENTERPRISE: "Enterprises",
    applicantHOUSEHOLD_BUSINESS: "Household businesses",
    applicantORGANIZATION: "Organisations",
    loading: "Loading…",
  },
});

export type CatalogKey = keyof typeof catalogMessages.vi;
