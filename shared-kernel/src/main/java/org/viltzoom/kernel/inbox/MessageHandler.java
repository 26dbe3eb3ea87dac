package org.viltzoom.kernel.inbox;

/**
 * Applies one message. It runs inside the transaction that records the message in the inbox,
 * so its database writes and the inbox row commit or roll back together.
 */
@FunctionalInterface
public interface MessageHandler {

    /**
     * Applies the message. Any exception rolls the transaction back and triggers a retry;
     * a {@link PoisonMessageException} sends the message to the dead-letter topic at once.
     */
    void handle(InboundMessage message) throws Exception;
}
