// zmp-ui's router takes its base path from window.APP_ID (/zapps/<APP_ID>) in production builds.
// Inside Zalo the host sets it; a browser on the BFF's own address gets the local mount's id.
window.APP_ID = window.APP_ID || location.pathname.split("/")[2] || "motcua";
