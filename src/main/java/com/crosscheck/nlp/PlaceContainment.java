package com.crosscheck.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Which gazetteer place lies inside which (Aceh in Sumatra in Indonesia, Beirut in Lebanon), and the one name
 * that stands for a place's other names (U.S., US, USA, America → United States). Disputed places have no
 * parent, so that nothing is claimed for them.
 */
final class PlaceContainment {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("US", "United States"), Map.entry("U.S.", "United States"), Map.entry("USA", "United States"),
            Map.entry("America", "United States"), Map.entry("UK", "United Kingdom"),
            Map.entry("Britain", "United Kingdom"), Map.entry("Burma", "Myanmar"), Map.entry("Turkiye", "Turkey"),
            Map.entry("Czechia", "Czech Republic"), Map.entry("Kiev", "Kyiv"), Map.entry("Odessa", "Odesa"),
            Map.entry("Gaza Strip", "Gaza"), Map.entry("UAE", "United Arab Emirates"), Map.entry("Persian Gulf", "Gulf"),
            Map.entry("Delhi", "New Delhi"));

    /** Place → the place it lies in, by groups: "Indonesia" holds Jakarta, Aceh, Sumatra... */
    private static final Map<String, String> PARENTS = new HashMap<>();

    static {
        in("Palestine", "Gaza", "West Bank");
        in("Gaza", "Rafah", "Khan Younis", "Jabalia", "Nuseirat", "Deir al-Balah");
        in("West Bank", "Jenin", "Nablus", "Hebron", "Ramallah");
        in("Israel", "Tel Aviv", "Haifa", "Caesarea", "Sderot");
        in("Lebanon", "Beirut", "Tyre", "Sidon", "Nabatieh", "Bekaa", "Dahiyeh");
        in("Syria", "Damascus", "Aleppo", "Idlib", "Homs", "Raqqa");
        in("Iraq", "Baghdad", "Mosul", "Fallujah", "Basra");
        in("Yemen", "Sanaa", "Aden", "Hodeidah", "Marib");
        in("Egypt", "Cairo", "Sinai");
        in("Iran", "Tehran");
        in("Jordan", "Amman");
        in("Saudi Arabia", "Riyadh");
        in("Qatar", "Doha");
        in("Turkey", "Ankara", "Istanbul");
        in("Afghanistan", "Kabul");
        in("Ukraine", "Kyiv", "Kharkiv", "Donetsk", "Luhansk", "Mariupol", "Bakhmut", "Zaporizhzhia", "Odesa",
                "Kherson", "Lviv");
        in("Russia", "Moscow", "Chechnya");
        in("Belarus", "Minsk", "Gomel");
        in("Georgia", "Tbilisi");
        in("Armenia", "Yerevan");
        in("Azerbaijan", "Baku");
        in("China", "Beijing", "Shanghai", "Sichuan", "Xinjiang", "Tibet", "Hong Kong", "Macau");
        in("Japan", "Tokyo");
        in("South Korea", "Seoul");
        in("North Korea", "Pyongyang");
        in("Taiwan", "Taipei");
        in("Philippines", "Manila");
        in("Indonesia", "Jakarta", "Sumatra", "Java", "Bali", "Papua");
        in("Sumatra", "Aceh");
        in("Papua", "West Papua");
        in("West Papua", "Manokwari");
        in("India", "New Delhi", "Mumbai");
        in("Pakistan", "Karachi", "Islamabad", "Balochistan");
        in("Bangladesh", "Dhaka");
        in("Thailand", "Bangkok");
        in("Myanmar", "Yangon", "Mandalay", "Sagaing", "Naypyidaw");
        in("Kenya", "Nairobi");
        in("Nigeria", "Lagos");
        in("Sudan", "Khartoum", "Darfur");
        in("Ethiopia", "Addis Ababa");
        in("Somalia", "Mogadishu");
        in("Libya", "Tripoli", "Benghazi");
        in("Venezuela", "Caracas");
        in("Colombia", "Bogota");
        in("Peru", "Lima");
        in("Chile", "Santiago");
        in("Argentina", "Buenos Aires");
        in("Mexico", "Mexico City");
        in("Cuba", "Havana");
        in("United Kingdom", "London", "England", "Scotland", "Wales");
        in("France", "Paris");
        in("Germany", "Berlin");
        in("Belgium", "Brussels");
        in("Italy", "Rome");
        in("Spain", "Madrid");
        in("Greece", "Athens");
        in("Poland", "Warsaw");
        in("Austria", "Vienna");
        in("Switzerland", "Geneva");
        in("United States", "Washington", "New York", "Los Angeles", "Chicago", "California", "Texas", "Florida",
                "Puerto Rico");
        in("Denmark", "Greenland");
    }

    private PlaceContainment() {
    }

    private static void in(String parent, String... children) {
        for (String child : children) {
            PARENTS.put(child, parent);
        }
    }

    static String canonical(String place) {
        return ALIASES.getOrDefault(place, place);
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    static boolean within(String inner, String outer) {
        String target = canonical(outer);
        for (String p = canonical(inner); p != null; p = PARENTS.get(p)) {
            if (p.equals(target)) {
                return true;
            }
        }
        return false;
    }
}
