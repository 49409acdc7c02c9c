package com.crosscheck.nlp;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small gazetteer: the world's countries and territories, their demonyms, and regions and cities that
 * recur in international news. It names places in a claim ("Gaza", "Lebanon") and tells populations apart
 * ("Israeli", "Palestinian", "Lebanese").
 */
public final class Gazetteer {

    private static final String COUNTRIES = "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia"
            + "|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia"
            + "|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad"
            + "|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark"
            + "|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji"
            + "|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti"
            + "|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan"
            + "|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya"
            + "|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius"
            + "|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal"
            + "|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau"
            + "|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia"
            + "|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia"
            + "|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden"
            + "|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tunisia|Turkey|Turkiye"
            + "|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Britain|England|Scotland"
            + "|Wales|United States|US|U.S.|USA|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen"
            + "|Zambia|Zimbabwe|Greenland|Puerto Rico|Hong Kong|Macau|Tibet|Crimea|Chechnya|Kurdistan|Western Sahara";

    private static final String REGIONS = "Gaza|Gaza Strip|West Bank|Rafah|Khan Younis|Jabalia|Golan Heights|Sinai"
            + "|Jerusalem|Tel Aviv|Haifa|Beirut|Damascus|Aleppo|Baghdad|Mosul|Tehran|Cairo|Amman|Riyadh|Doha|Ankara"
            + "|Istanbul|Kabul|Kyiv|Kiev|Kharkiv|Donetsk|Luhansk|Mariupol|Moscow|Beijing|Shanghai|Tokyo|Seoul"
            + "|Pyongyang|Taipei|Manila|Jakarta|Delhi|New Delhi|Mumbai|Karachi|Islamabad|Dhaka|Bangkok|Yangon"
            + "|Mandalay|Sagaing|Naypyidaw|Nairobi|Lagos|Khartoum|Darfur|Addis Ababa|Mogadishu|Tripoli|Benghazi"
            + "|Caracas|Bogota|Lima|Santiago|Buenos Aires|Mexico City|Havana|London|Paris|Berlin|Brussels|Rome"
            + "|Madrid|Athens|Warsaw|Vienna|Geneva|Washington|New York|Los Angeles|Chicago|California|Texas|Florida"
            + "|Aceh|Sumatra|Java|Bali|Papua|West Papua|Manokwari|Sichuan|Xinjiang|Kashmir|Punjab|Balochistan"
            + "|Middle East|Europe|Asia|Africa|Latin America|South America|North America|Balkans|Caucasus|Sahel"
            + "|Horn of Africa|Gulf|Persian Gulf|Red Sea|Mediterranean|Black Sea|Caribbean|Pacific|Atlantic|Arctic"
            + "|Southeast Asia|Central Asia|East Asia|South Asia|Levant|Caesarea|Jenin|Nablus|Hebron|Ramallah|Sderot"
            + "|Nuseirat|Deir al-Balah|Tyre|Sidon|Nabatieh|Bekaa|Dahiyeh|Idlib|Homs|Raqqa|Fallujah|Basra|Sanaa|Aden"
            + "|Hodeidah|Marib|Bakhmut|Zaporizhzhia|Odesa|Odessa|Kherson|Lviv|Gomel|Minsk|Tbilisi|Yerevan|Baku";

    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("israeli", "Israel"), Map.entry("palestinian", "Palestine"), Map.entry("lebanese", "Lebanon"),
            Map.entry("syrian", "Syria"), Map.entry("iranian", "Iran"), Map.entry("iraqi", "Iraq"),
            Map.entry("egyptian", "Egypt"), Map.entry("jordanian", "Jordan"), Map.entry("saudi", "Saudi Arabia"),
            Map.entry("qatari", "Qatar"), Map.entry("yemeni", "Yemen"), Map.entry("turkish", "Turkey"),
            Map.entry("american", "United States"), Map.entry("british", "United Kingdom"), Map.entry("french", "France"),
            Map.entry("german", "Germany"), Map.entry("russian", "Russia"), Map.entry("ukrainian", "Ukraine"),
            Map.entry("chinese", "China"), Map.entry("japanese", "Japan"), Map.entry("indian", "India"),
            Map.entry("pakistani", "Pakistan"), Map.entry("afghan", "Afghanistan"), Map.entry("indonesian", "Indonesia"),
            Map.entry("filipino", "Philippines"), Map.entry("burmese", "Myanmar"), Map.entry("thai", "Thailand"),
            Map.entry("mexican", "Mexico"), Map.entry("canadian", "Canada"), Map.entry("italian", "Italy"),
            Map.entry("spanish", "Spain"), Map.entry("greek", "Greece"), Map.entry("nigerian", "Nigeria"),
            Map.entry("kenyan", "Kenya"), Map.entry("sudanese", "Sudan"), Map.entry("libyan", "Libya"),
            Map.entry("gazan", "Gaza"), Map.entry("kurdish", "Kurdistan"), Map.entry("somali", "Somalia"),
            Map.entry("ethiopian", "Ethiopia"), Map.entry("korean", "Korea"), Map.entry("venezuelan", "Venezuela"));

    /** Places that span several countries: a claim "to the region" may mean any of them. */
    private static final Set<String> WIDE_REGIONS = Set.of("Middle East", "Europe", "Asia", "Africa", "Latin America",
            "South America", "North America", "Balkans", "Caucasus", "Sahel", "Horn of Africa", "Gulf", "Persian Gulf",
            "Southeast Asia", "Central Asia", "East Asia", "South Asia", "Levant", "Caribbean", "Pacific", "Atlantic",
            "Mediterranean", "Arctic");

    private static final Map<String, String> PLACES = new HashMap<>();
    /** The first words of the names of more than one word, in lower case: "gaza" of "Gaza Strip". */
    private static final Set<String> FIRST_WORDS = new HashSet<>();

    static {
        for (String name : (COUNTRIES + "|" + REGIONS).split("\\|")) {
            PLACES.put(name.toLowerCase(Locale.ROOT), name);
            if (name.indexOf(' ') > 0) {
                FIRST_WORDS.add(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT));
            }
        }
    }

    private Gazetteer() {
    }

    /** The place named exactly by {@code words} ("Gaza Strip", "Lebanon"), or null. */
    public static @Nullable String place(String words) {
        return PLACES.get(words.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a name of more than one word can start with {@code word}, so that looking up {@code word} and the
     * next word together is worth it. Always true for words that are not plain ASCII.
     */
    public static boolean mayStartName(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return true;
            }
        }
        return FIRST_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a place spans several countries ("Middle East", "Europe"). */
    public static boolean isWideRegion(String place) {
        return WIDE_REGIONS.contains(place);
    }

    /** The one name of a place that has several ("U.S.", "USA", "America" → "United States"). */
    public static String canonical(String place) {
        return PlaceContainment.canonical(place);
    }

    /**
     * Whether two places can be the setting of one figure: the same place, one inside the other (Aceh and
     * Sumatra; Gaza and Palestine), or a region too wide to tell ("the Gulf" and Iran). Gaza and Lebanon, or
     * Aceh and Java, cannot.
     */
    public static boolean overlap(String a, String b) {
        return isWideRegion(canonical(a)) || isWideRegion(canonical(b))
                || PlaceContainment.within(a, b) || PlaceContainment.within(b, a);
    }

    /** Whether {@code inner} is {@code outer} or lies inside it (Aceh in Indonesia), under any of their names. */
    public static boolean within(String inner, String outer) {
        return PlaceContainment.within(inner, outer);
    }

    /** The country of a demonym ("Lebanese" → "Lebanon"), or null. */
    public static @Nullable String countryOfDemonym(String word) {
        return DEMONYMS.get(word.toLowerCase(Locale.ROOT));
    }
}
