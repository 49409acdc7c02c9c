package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Labels each line of a page with the {@link Section} it belongs to: embedded social posts, photo captions
 * and credit lines, and a trailing block of related stories are told apart from the article's own prose.
 */
final class SectionMap {

    /** A credit label at the start of a line: copyright signs, "Photo:", "Credit:". */
    private static final String CREDIT_LABEL = "(?i)^\\s*(?:\u00a9|\\(c\\)\\s|copyright\\b|photo:|photograph:|image:"
            + "|picture:|credit:|file photo|\\(?photo by\\b)";
    /** Credit lines: agency photo credits, copyright signs, "Photo:" labels. */
    private static final Pattern CREDIT = Pattern.compile(CREDIT_LABEL
            + "|(?:REUTERS|AFP|AP Photo|Getty Images|EPA|Anadolu|Xinhua|Shutterstock|"
            + "Bloomberg|GPO)\\s*/|/\\s*(?:REUTERS|AFP|AP|EPA|Getty Images|File)\\b|\\bvia Getty Images\\b"
            + "|^\\s*[A-Z][A-Z .'-]+/(?:AFP|AP|REUTERS|EPA)");
    /** What {@link #CREDIT} can match in a line without a slash or "via Getty Images". */
    private static final Pattern CREDIT_AT_START = Pattern.compile(CREDIT_LABEL);
    /** An embedded post's byline, "— Name (@handle) October 22, 2024", or a post's link. */
    private static final Pattern EMBED = Pattern.compile(
            "^\\s*[\u2014\u2013-]\\s*.{1,80}\\(@\\w{1,30}\\)|pic\\.twitter\\.com/|\\bt\\.co/\\w+|^\\s*(?:Tweet|Post) (?:by|from) @");
    private static final Pattern EMBED_BYLINE = Pattern.compile("^\\s*[\u2014\u2013-]\\s*.{1,80}\\(@\\w{1,30}\\)");
    /** The heading of a trailing related-content block. */
    private static final Pattern RELATED = Pattern.compile(
            "(?i)^\\s*(?:more from|more on|more stories|related(?: stories| articles| coverage| news)?|read more|"
                    + "also read|read also|recommended(?: for you)?|you may also like|most read|most popular|trending|"
                    + "latest (?:news|stories)|what to read next|further reading)\\b[^.!?]{0,60}$");

    private final List<TextSpan> lines = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    SectionMap(String body) {
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                lines.add(new TextSpan(start, i));
                sections.add(Section.BODY);
                start = i + 1;
            }
        }
        label(body);
    }

    Section sectionAt(int offset) {
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return sections.get(low);
    }

    private void label(String body) {
        boolean mentionsGetty = body.toLowerCase(java.util.Locale.ROOT).contains("via getty images");
        int relatedFrom = lines.size();
        for (int i = lines.size() / 3; i < lines.size(); i++) {
            String line = lines.get(i).of(body);
            if (line.length() <= 90 && line.strip().length() <= 80 && RELATED.matcher(line).lookingAt()) {
                relatedFrom = i;
                break;
            }
        }
        for (int i = 0; i < relatedFrom; i++) {
            String line = lines.get(i).of(body);
            if (mayBeEmbed(line) && EMBED.matcher(line).find()) {
                sections.set(i, Section.EMBED);
                markPostAbove(body, i);
            } else if (line.length() <= 220 && line.strip().length() <= 200 && isCredit(line, mentionsGetty)) {
                sections.set(i, Section.CAPTION);
                markPreceding(body, i, Section.CAPTION, 2);
            } else if (i > 0 && !line.isBlank() && line.equals(lines.get(i - 1).of(body)) && line.length() <= 300) {
                sections.set(i, Section.CAPTION);
                sections.set(i - 1, Section.CAPTION);
            }
        }
        for (int i = relatedFrom; i < lines.size(); i++) {
            sections.set(i, Section.RELATED);
        }
    }

    /**
     * {@link #CREDIT} on a line, tried at every position only when the line has an agency name at a slash or
     * "via Getty Images": without them only its line-start label can match, and most lines have neither.
     * {@code mentionsGetty}: whether the page has "via Getty Images" anywhere.
     */
    private static boolean isCredit(String line, boolean mentionsGetty) {
        if (agencyAtSlash(line) || mentionsGetty && Scan.indexIgnoringCase(line, "via getty images", 0) >= 0) {
            return CREDIT.matcher(line).find();
        }
        return CREDIT_AT_START.matcher(line).lookingAt();
    }

    private static final String[] AGENCY_BEFORE_SLASH = {"reuters", "afp", "ap photo", "getty images", "epa", "anadolu",
        "xinhua", "shutterstock", "bloomberg", "gpo"};
    private static final String[] AGENCY_AFTER_SLASH = {"reuters", "afp", "ap", "epa", "getty images", "file"};

    /**
     * Whether an agency name stands right before or after a slash ("REUTERS/Jane Doe", "Jane Doe / AFP"), as the
     * parts of {@link #CREDIT} with a slash need: "1986/87" and "dlrs/shr" have none.
     */
    private static boolean agencyAtSlash(String line) {
        for (int slash = line.indexOf('/'); slash >= 0; slash = line.indexOf('/', slash + 1)) {
            int after = slash + 1;
            while (after < line.length() && Scan.isSpace(line.charAt(after))) {
                after++;
            }
            int before = slash;
            while (before > 0 && Scan.isSpace(line.charAt(before - 1))) {
                before--;
            }
            for (String agency : AGENCY_AFTER_SLASH) {
                if (Scan.regionIgnoringCase(line, after, agency)) {
                    return true;
                }
            }
            for (String agency : AGENCY_BEFORE_SLASH) {
                if (Scan.regionIgnoringCase(line, before - agency.length(), agency)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayBeEmbed(String line) {
        return line.indexOf('@') >= 0 || line.contains("t.co/") || line.contains("twitter.com");
    }

    /** A post's byline follows its text: the line right above belongs to the post. */
    private void markPostAbove(String body, int index) {
        if (index > 0 && sections.get(index - 1) == Section.BODY && !lines.get(index - 1).of(body).isBlank()
                && lines.get(index - 1).length() <= 300 && EMBED_BYLINE.matcher(lines.get(index).of(body)).find()) {
            sections.set(index - 1, Section.EMBED);
        }
    }

    /**
     * The lines right above a credit or byline belong to it (the caption, the post) when they form a short
     * block of their own between blank lines; in text without blank lines nothing above is taken.
     */
    private void markPreceding(String body, int index, Section section, int max) {
        int blockStart = index;
        while (blockStart > 0 && !lines.get(blockStart - 1).of(body).isBlank()) {
            blockStart--;
        }
        boolean standsAlone = blockStart > 0 || index - blockStart <= max;
        if (index - blockStart > max || !standsAlone) {
            return;
        }
        for (int j = blockStart; j < index; j++) {
            if (sections.get(j) == Section.BODY && lines.get(j).length() <= 300) {
                sections.set(j, section);
            }
        }
    }
}
