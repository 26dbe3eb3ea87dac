package org.viltzoom.zoomsimulator.state;

import java.util.ArrayList;
import java.util.List;

/** A Zoom Marketplace app: its credentials, redirect URIs, scopes and webhook settings. */
public class OAuthApp {

    /** App kinds (Zoom docs: Create an OAuth app, Create a Server-to-Server OAuth app). */
    public enum Kind { OAUTH, SERVER_TO_SERVER }

    /** A name for the control API and logs, for example "T1". */
    public String id;
    public Kind kind = Kind.OAUTH;
    public String clientId;
    public String clientSecret;
    /** The account that owns a Server-to-Server app; unused for OAuth apps. */
    public String accountId;
    public List<String> redirectUris = new ArrayList<>();
    public List<String> scopes = new ArrayList<>();
    public String webhookUrl;
    public String webhookSecretToken;
    /** Notification types sent to the webhook URL; empty means every type. */
    public List<String> eventSubscriptions = new ArrayList<>();
    /** Accounts where the app is installed; notifications for those accounts go to its webhook URL. */
    public List<String> installedAccounts = new ArrayList<>();

    public boolean subscribesTo(String event) {
        return eventSubscriptions.isEmpty() || eventSubscriptions.contains(event);
    }
}
