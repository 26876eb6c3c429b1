package org.reportstats.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises conference editions in free text ("Kubecon 2017 – Berlin", "KubeCon + CloudNativeCon Europe
 * 2017", "Dockercon 16") and names them canonically, so that spelling variants become one event.
 */
public final class EventCatalog {

    /** A conference series; {@code implicitRegion} is the region its unqualified edition is held in. */
    private record Series(String name, Pattern pattern, String implicitRegion) {
    }

    private record Region(String name, Pattern pattern) {
    }

    /** Where a city is, and how to show it. */
    private record City(String display, String region) {
    }

    private static final String NORTH_AMERICA = "North America";
    private static final String EUROPE = "Europe";

    private static final List<Series> SERIES = List.of(
            // "KubeCon + CloudNativeCon" is one series; CloudNativeCon alone was its co-located twin
            new Series("KubeCon", Pattern.compile("\\b(?:kube\\s?con(?:\\s*\\+\\s*cloud\\s?native\\s?con)?|cloud\\s?native\\s?con)", Pattern.CASE_INSENSITIVE), null),
            new Series("DockerCon", Pattern.compile("\\bdocker\\s?con", Pattern.CASE_INSENSITIVE), NORTH_AMERICA),
            new Series("MesosCon", Pattern.compile("\\bmesos\\s?con", Pattern.CASE_INSENSITIVE), NORTH_AMERICA),
            new Series("ServerlessConf", Pattern.compile("\\bserverless\\s?conf", Pattern.CASE_INSENSITIVE), NORTH_AMERICA),
            new Series("HashiConf", Pattern.compile("\\bhashi\\s?conf", Pattern.CASE_INSENSITIVE), NORTH_AMERICA),
            new Series("ContainerCon", Pattern.compile("\\bcontainer\\s?con", Pattern.CASE_INSENSITIVE), NORTH_AMERICA),
            new Series("AWS re:Invent", Pattern.compile("\\bre\\s?:\\s?invent", Pattern.CASE_INSENSITIVE), NORTH_AMERICA),
            new Series("Open Source Summit", Pattern.compile("\\bopen\\s?source\\s?summit", Pattern.CASE_INSENSITIVE), NORTH_AMERICA));

    private static final List<Region> REGIONS = List.of(
            new Region(EUROPE, Pattern.compile("\\b(?:europe|eu|emea)\\b", Pattern.CASE_INSENSITIVE)),
            new Region(NORTH_AMERICA, Pattern.compile("\\b(?:north\\s+america|na|usa)\\b", Pattern.CASE_INSENSITIVE)),
            new Region("China", Pattern.compile("\\bchina\\b", Pattern.CASE_INSENSITIVE)),
            new Region("Asia", Pattern.compile("\\basia\\b", Pattern.CASE_INSENSITIVE)),
            new Region("India", Pattern.compile("\\bindia\\b", Pattern.CASE_INSENSITIVE)),
            new Region("Japan", Pattern.compile("\\bjapan\\b", Pattern.CASE_INSENSITIVE)));

    private static final Map<String, City> CITIES = Map.ofEntries(
            Map.entry("berlin", new City("Berlin, Germany", EUROPE)),
            Map.entry("copenhagen", new City("Copenhagen, Denmark", EUROPE)),
            Map.entry("barcelona", new City("Barcelona, Spain", EUROPE)),
            Map.entry("amsterdam", new City("Amsterdam, Netherlands", EUROPE)),
            Map.entry("london", new City("London, UK", EUROPE)),
            Map.entry("prague", new City("Prague, Czech Republic", EUROPE)),
            Map.entry("paris", new City("Paris, France", EUROPE)),
            Map.entry("dublin", new City("Dublin, Ireland", EUROPE)),
            Map.entry("valencia", new City("Valencia, Spain", EUROPE)),
            Map.entry("vienna", new City("Vienna, Austria", EUROPE)),
            Map.entry("munich", new City("Munich, Germany", EUROPE)),
            Map.entry("seattle", new City("Seattle, WA", NORTH_AMERICA)),
            Map.entry("austin", new City("Austin, TX", NORTH_AMERICA)),
            Map.entry("san diego", new City("San Diego, CA", NORTH_AMERICA)),
            Map.entry("san francisco", new City("San Francisco, CA", NORTH_AMERICA)),
            Map.entry("denver", new City("Denver, CO", NORTH_AMERICA)),
            Map.entry("boston", new City("Boston, MA", NORTH_AMERICA)),
            Map.entry("los angeles", new City("Los Angeles, CA", NORTH_AMERICA)),
            Map.entry("chicago", new City("Chicago, IL", NORTH_AMERICA)),
            Map.entry("portland", new City("Portland, OR", NORTH_AMERICA)),
            Map.entry("las vegas", new City("Las Vegas, NV", NORTH_AMERICA)),
            Map.entry("new york", new City("New York, NY", NORTH_AMERICA)),
            Map.entry("detroit", new City("Detroit, MI", NORTH_AMERICA)),
            Map.entry("shanghai", new City("Shanghai, China", "China")));

    private static final Pattern CITY = Pattern.compile(
            "\\b(" + String.join("|", CITIES.keySet()).replace(" ", "\\s+") + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\b(20[0-3]\\d)\\b");
    /** "Dockercon 16", "DockerCon '17", "KubeCon2018" right after the series name. */
    private static final Pattern YEAR_AFTER_SERIES = Pattern.compile("^\\W{0,3}'?(\\d{2}|\\d{4})\\b");

    private EventCatalog() {
    }

    /** A city named in the text, as display text ("Berlin, Germany"). */
    public static Optional<String> findCity(String text) {
        Matcher m = CITY.matcher(text);
        return m.find() ? Optional.of(CITIES.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).display())
                : Optional.empty();
    }

    /**
     * The event a text names, if it names a known series.
     *
     * @param text     a title, an event field, a first line or a file name
     * @param yearHint a year known from elsewhere (the report's date), used when the text has none
     * @param location a location known from elsewhere, used to infer the region
     */
    public static Optional<Event> recognise(String text, Optional<Integer> yearHint, String location) {
        for (Series series : SERIES) {
            Matcher m = series.pattern().matcher(text);
            if (!m.find()) {
                continue;
            }
            Optional<Integer> year = yearAfter(text.substring(m.end())).or(() -> anyYear(text)).or(() -> yearHint);
            String region = region(text).orElseGet(() -> regionOfCity(text + " " + (location == null ? "" : location)));
            return Optional.of(edition(series, region, year));
        }
        return Optional.empty();
    }

    /** An event outside the catalogue keeps its name as written. */
    public static Event verbatim(String name) {
        String display = name.strip().replaceAll("\\s+", " ");
        String key = display.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return new Event(key.isEmpty() ? Event.UNKNOWN.key() : key, display, display);
    }

    private static Event edition(Series series, String region, Optional<Integer> year) {
        boolean showRegion = region != null && !region.equals(series.implicitRegion());
        StringBuilder name = new StringBuilder(series.name());
        if (showRegion) {
            name.append(' ').append(region);
        }
        year.ifPresent(y -> name.append(' ').append(y));
        String key = name.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return new Event(key, name.toString(), series.name());
    }

    private static Optional<Integer> yearAfter(String rest) {
        Matcher m = YEAR_AFTER_SERIES.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        int value = Integer.parseInt(m.group(1));
        if (value < 100) {
            value += 2000;
        }
        return value >= 2010 && value <= 2039 ? Optional.of(value) : Optional.empty();
    }

    private static Optional<Integer> anyYear(String text) {
        Matcher m = FOUR_DIGIT_YEAR.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static Optional<String> region(String text) {
        return REGIONS.stream().filter(r -> r.pattern().matcher(text).find()).map(Region::name).findFirst();
    }

    private static String regionOfCity(String text) {
        Matcher m = CITY.matcher(text);
        return m.find() ? CITIES.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).region() : null;
    }
}
