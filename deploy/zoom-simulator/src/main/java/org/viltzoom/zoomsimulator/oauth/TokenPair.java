package org.viltzoom.zoomsimulator.oauth;

/** The result of a token request; {@code refresh} is null for Server-to-Server tokens. */
public record TokenPair(TokenGrant access, RefreshGrant refresh) {
}
