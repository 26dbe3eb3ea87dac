package org.viltzoom.account.adapter.in.rest;

import jakarta.ws.rs.core.CacheControl;

/** {@code Cache-Control: no-store} for responses that carry a secret. */
final class NoStore {

    private NoStore() {
    }

    static CacheControl cacheControl() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return noStore;
    }
}
