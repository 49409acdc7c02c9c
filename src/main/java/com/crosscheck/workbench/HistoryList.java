package com.crosscheck.workbench;

import com.crosscheck.annotation.HistoryEntry;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** "History (3)": who changed an annotation, when, and what, newest first. */
class HistoryList extends Details {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    HistoryList(List<HistoryEntry> entries) {
        setSummaryText("History (" + entries.size() + ")");
        addClassName("history-list");
        var list = new UnorderedList();
        for (HistoryEntry entry : entries) {
            var who = new Span(entry.author());
            who.addClassName("history-author");
            var when = new Span(WHEN.format(entry.at().atZone(ZoneId.systemDefault())));
            when.addClassName("history-time");
            var what = new Span(entry.change());
            what.addClassName("history-change");
            list.add(new ListItem(who, when, what));
        }
        add(list);
        setVisible(!entries.isEmpty());
    }

    static String when(java.time.Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }
}
