/**
 * Mail to residents and civil servants: the durable outbox every mail passes through, and each user's
 * address with the kinds of mail they want. The outbox rows of a domain event are written by the stores in
 * the transaction of that event; the mail bundle sends them.
 */
@Export
@Version("1.1.0")
package nl.samenspraak.api.mail;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
