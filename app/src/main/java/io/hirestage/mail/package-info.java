/**
 * Email from the portal to its users: sent when a mail server is configured ({@code spring.mail.host}),
 * and said plainly when it is not or when the server refused. Knows no feature; features compose their
 * messages and send them through {@link io.hirestage.mail.Mailer}.
 */
package io.hirestage.mail;
