export const id = 138;
export const ids = [138];
export const modules = {

/***/ 7138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendEmail: () => (/* binding */ sendEmail)
/* harmony export */ });
/* unused harmony export MailError */
/** A mail that was not sent, in words safe for the summary. */
class MailError extends Error {
    name = "MailError";
}
const ATTEMPTS = 3;
function isLoopback(host) {
    return host === "localhost" || host === "::1" || /^127\./.test(host);
}
/** Sends the mail; returns what the server said when it took it. */
async function sendEmail(server, envelope, message, sleep) {
    // The mailer and its SMTP transport only: nodemailer's index also bundles the pool, sendmail,
    // SES and stream transports and the well-known services list.
    const [{ default: Mailer }, { default: SMTPTransport }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(664), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 7441)),
        Promise.all(/* import() */[__webpack_require__.e(664), __webpack_require__.e(447)]).then(__webpack_require__.bind(__webpack_require__, 9447)),
    ]);
    const transport = new Mailer(new SMTPTransport({
        host: server.host,
        port: server.port,
        secure: server.secure,
        requireTLS: !server.secure && !isLoopback(server.host),
        ...(server.user !== undefined && { auth: { user: server.user, pass: server.password ?? "" } }),
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
    }));
    try {
        for (let attempt = 1;; attempt++) {
            try {
                const info = await transport.sendMail({
                    from: envelope.from,
                    to: [...envelope.to],
                    subject: message.subject,
                    text: message.text,
                    html: message.html,
                    messageId: message.messageId,
                    headers: { ...message.headers },
                });
                const rejected = (info.rejected ?? []).length;
                return `accepted for ${(info.accepted ?? []).length} recipient(s)${rejected > 0 ? `, refused for ${rejected}` : ""}`;
            }
            catch (error) {
                const { responseCode, command, code } = error;
                const temporary = typeof responseCode === "number" && responseCode >= 400 && responseCode < 500;
                const neverOpened = command === "CONN" || code === "ECONNECTION" || code === "EDNS";
                if ((temporary || neverOpened) && attempt < ATTEMPTS) {
                    await sleep(2000 * attempt);
                    continue;
                }
                throw new MailError(describe(error));
            }
        }
    }
    finally {
        transport.close();
    }
}
/** nodemailer's error, without anything the server echoed beyond its reply code. */
function describe(error) {
    const { responseCode, command, code } = error;
    if (code === "EAUTH")
        return `the SMTP server refused the login${typeof responseCode === "number" ? ` (${responseCode})` : ""}: check the user and password in smtp-url.`;
    if (typeof responseCode === "number")
        return `the SMTP server refused the mail (${responseCode}${typeof command === "string" ? ` at ${command.split(" ")[0]}` : ""}).`;
    if (code === "ETLS" || code === "ESOCKET")
        return `could not open a TLS connection to the SMTP server (${String(code)}): smtp:// needs STARTTLS, smtps:// TLS on its port.`;
    return `could not send through the SMTP server (${typeof code === "string" ? code : "no answer"}).`;
}


/***/ })

};
