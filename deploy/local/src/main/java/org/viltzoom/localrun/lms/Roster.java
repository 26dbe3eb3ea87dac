package org.viltzoom.localrun.lms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people of a local run. The instructors and the Zoom account owner also have a Zoom user of
 * the paired account, with the same email. The learners have none.
 */
public final class Roster {

    /** An LMS user; {@code lmsUserId} is null for the Zoom account owner, who is no LMS user. */
    public record Person(String lmsUserId, String firstName, String lastName, String email) {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** The owner of the Zoom account, who consents to the pairing in Zoom. */
    public static final Person ZOOM_OWNER = new Person(null, "Olive", "Owner", "olive.owner@acme-training.example");

    /** The instructor who hosts the webinar: a licensed Zoom user with a webinar licence. */
    public static final Person HOST = new Person("instructor-hugo", "Hugo", "Host", "hugo.host@acme-training.example");

    /** Licensed Zoom users who may start the webinar in the host's place. */
    public static final List<Person> ALTERNATIVE_HOSTS = List.of(
            new Person("instructor-alice", "Alice", "Alternate", "alice.alternate@acme-training.example"),
            new Person("instructor-bruno", "Bruno", "Backup", "bruno.backup@acme-training.example"));

    /** An instructor whose Zoom user has a basic (unlicensed) seat, so host-service reports NOT_PAIRED. */
    public static final Person UNLICENSED = new Person("instructor-basil", "Basil", "Basic", "basil.basic@acme-training.example");

    private static final String[] FIRST_NAMES = {
        "Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
        "Kemal", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tara",
        "Umar", "Vera", "Wen", "Xavier", "Yara", "Zoltan", "Amira", "Bruno", "Carla", "Diego",
        "Emma", "Felix", "Gita", "Hugo", "Ivana", "Jamal", "Kira", "Luca", "Mira", "Noah"};

    private static final String[] LAST_NAMES = {
        "Adams", "Berg", "Costa", "Dvorak", "Eriksen", "Farah", "Garcia", "Hayashi", "Ibrahim", "Jansen",
        "Kaya", "Lindqvist", "Moreau", "Novak", "Olsen", "Patel", "Quinn", "Rossi", "Schmidt", "Tanaka",
        "Usman", "Varga", "Wang", "Xu", "Yilmaz", "Zimmer", "Almeida", "Bianchi", "Castro", "Dubois",
        "Evans", "Fischer", "Gupta", "Horvat", "Ivanova", "Jones", "Kowalski", "Lopez", "Meyer", "Nguyen"};

    private Roster() {
    }

    /** Returns the instructors the LMS assigns as hosts: the host, the alternative hosts and the unlicensed one. */
    public static List<Person> instructors() {
        List<Person> instructors = new ArrayList<>();
        instructors.add(HOST);
        instructors.addAll(ALTERNATIVE_HOSTS);
        instructors.add(UNLICENSED);
        return instructors;
    }

    /**
     * Returns learners {@code learner-01} to {@code learner-<count>}, each with a name and an email of
     * its own.
     *
     * @throws IllegalArgumentException when count is not 1 to 40
     */
    public static List<Person> learners(int count) {
        if (count < 1 || count > FIRST_NAMES.length) {
            throw new IllegalArgumentException("A scenario has 1 to " + FIRST_NAMES.length + " learners, not " + count);
        }
        List<Person> learners = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String email = (FIRST_NAMES[i] + "." + LAST_NAMES[i] + "@learners.example").toLowerCase(Locale.ROOT);
            learners.add(new Person(String.format("learner-%02d", i + 1), FIRST_NAMES[i], LAST_NAMES[i], email));
        }
        return learners;
    }
}
