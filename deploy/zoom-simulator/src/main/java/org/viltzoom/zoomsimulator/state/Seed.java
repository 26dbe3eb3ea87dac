package org.viltzoom.zoomsimulator.state;

import java.util.ArrayList;
import java.util.List;

/** The seed file's document: every list is optional and adds to the current state. */
public class Seed {
    public List<Account> accounts = new ArrayList<>();
    public List<User> users = new ArrayList<>();
    public List<OAuthApp> apps = new ArrayList<>();
    public List<Template> templates = new ArrayList<>();
    public List<Meeting> meetings = new ArrayList<>();
    public List<Registrant> registrants = new ArrayList<>();
    public List<PastInstance> pastInstances = new ArrayList<>();
    public List<Recording> recordings = new ArrayList<>();
    /** The user that /oauth/authorize signs in when the request names none. */
    public String defaultAuthorizingUser;
}
