package org.viltzoom.localrun.lms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.viltzoom.localrun.lms.Roster.Person;
import org.viltzoom.zoomsimulator.playback.ScriptParticipant;

/**
 * The people a scenario names in {@code who}, and how each appears in Zoom. The host and the
 * alternative hosts are Zoom users of the paired account. Learners and guests join from outside
 * it, so Zoom reports no Zoom user id for them.
 */
final class Cast {

    private static final Pattern WHO = Pattern.compile(
            "(host|alternative-host:(\\d+)|learner:(\\d+)|learners:(\\d+)-(\\d+)|guest:([\\w-]+))(#[\\w-]+)?");

    private final AssignedHost host;
    private final List<AssignedHost> alternativeHosts;
    private final List<Person> learners;
    private final Map<String, Scenario.Guest> guests;

    Cast(AssignedHost host, List<AssignedHost> alternativeHosts, List<Person> learners, Map<String, Scenario.Guest> guests) {
        this.host = host;
        this.alternativeHosts = List.copyOf(alternativeHosts);
        this.learners = List.copyOf(learners);
        this.guests = Map.copyOf(guests);
    }

    /**
     * Expands {@code who} into participant keys, one per connection: {@code learners:1-3#phone}
     * becomes {@code learner:1#phone}, {@code learner:2#phone} and {@code learner:3#phone}.
     *
     * @throws IllegalArgumentException when {@code who} names no person of this cast
     */
    List<String> keys(String who) {
        Matcher matcher = WHO.matcher(who == null ? "" : who);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'who' must be host, alternative-host:N, learner:N, learners:A-B or"
                    + " guest:NAME, with an optional #device suffix; got '" + who + "'");
        }
        String device = matcher.group(7) == null ? "" : matcher.group(7);
        if (matcher.group(4) == null) {
            String key = matcher.group(1) + device;
            participant(key);
            return List.of(key);
        }

        int first = Integer.parseInt(matcher.group(4));
        int last = Integer.parseInt(matcher.group(5));
        List<String> keys = new ArrayList<>();
        for (int number = first; number <= last; number++) {
            String key = "learner:" + number + device;
            participant(key);
            keys.add(key);
        }
        return keys;
    }

    /** Returns how the connection with this key appears in Zoom's notifications. */
    ScriptParticipant participant(String key) {
        String person = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
        if (person.equals("host")) {
            return staff(host);
        }
        if (person.startsWith("alternative-host:")) {
            return staff(numbered(alternativeHosts, person));
        }
        if (person.startsWith("learner:")) {
            Person learner = numbered(learners, person);
            return participant(learner.fullName(), learner.email(), "");
        }
        Scenario.Guest guest = guests.get(person.substring("guest:".length()));
        if (guest == null) {
            throw new IllegalArgumentException("The scenario's guests have no '" + person + "'; known: " + guests.keySet());
        }
        return participant(guest.name(), guest.email() == null ? "" : guest.email(), "");
    }

    private ScriptParticipant staff(AssignedHost staff) {
        Person person = Roster.instructors().stream()
                .filter(candidate -> candidate.lmsUserId().equals(staff.lmsUserId()))
                .findFirst().orElseThrow();
        return participant(person.fullName(), person.email(), staff.zoomUserId());
    }

    private static ScriptParticipant participant(String name, String email, String zoomUserId) {
        ScriptParticipant participant = new ScriptParticipant();
        participant.name = name;
        participant.email = email;
        participant.zoomUserId = zoomUserId;
        return participant;
    }

    private static <T> T numbered(List<T> people, String key) {
        int number = Integer.parseInt(key.substring(key.indexOf(':') + 1));
        if (number < 1 || number > people.size()) {
            throw new IllegalArgumentException("'" + key + "' does not exist: the scenario has " + people.size()
                    + " of them, numbered from 1");
        }
        return people.get(number - 1);
    }
}
